import LossbookCore
import LossbookEngine
import LossbookWords

/// Why an explanation could not be written.
struct ExplainWriteError: Error, Equatable {
  var reason: ExplainUnusable
}

/// Writes the nine slots of an explanation from a `threshold` result (FORMAT.md section 5) and
/// an optional `fit` result: a pure, deterministic function of the JSON and the options.
/// Sentences are chosen from the verdict and its reasons only (E3).
enum ExplainWriter {
  /// The explanation of `threshold`, in `options.language`.
  static func write(
    threshold: JSONValue, fit: JSONValue?, collapse: JSONValue? = nil, budget: JSONValue? = nil,
    options: ExplainOptions
  ) throws(ExplainWriteError) -> ExplainText {
    let sources = ExplainSources(
      threshold: threshold, fit: fit, spec: options.specNumbers, collapse: collapse, budget: budget)
    guard case .string(let verdict)? = threshold["verdict"], ["emergent", "smooth", "inconclusive"].contains(verdict)
    else { throw ExplainWriteError(reason: .noVerdict) }
    guard threshold["eta"]?["estimate"]?.number != nil else {
      throw ExplainWriteError(reason: .noEtaEstimate)
    }
    let values = ExplainValues(sources: sources, options: options)
    guard let task = options.task ?? sources.string(at: "threshold.y") else {
      throw ExplainWriteError(reason: .noTaskName)
    }
    let words = Words(options.language).explanations
    var extra: [String: [ExplainPiece]] = ["task": [.text(task)], "metric": [.text(words[options.metric.key]!)]]
    extra["verdict_word"] = [.text(words["verdict." + verdict]!)]
    let reasons = readReasons(threshold)
    let composer = ExplainComposer(values: values, extra: extra, words: words, points: options.points)
    let plan = ExplainPlan(verdict: verdict, reasons: reasons, options: options, values: composer)
    var slots: [(slot: ExplainSlot, sentences: [ExplainSentence])] = []
    for slot in ExplainSlot.allCases { slots.append((slot, plan.sentences(for: slot))) }
    return ExplainText(language: options.language, verdict: verdict, slots: slots, quiz: plan.quiz())
  }

  /// The reason codes, in order; text that is no known code is kept as `.unknown`.
  static func readReasons(_ threshold: JSONValue) -> [ExplainReason] {
    // The stable codes when the threshold block gives them; else the reasons as written.
    var source = threshold["reasons"]
    if case .array(let codes)? = threshold["reason_codes"], !codes.isEmpty { source = threshold["reason_codes"] }
    guard case .array(let items)? = source else { return [] }
    return items.map { item in
      var text = ""
      if case .string(let s) = item { text = s }
      if case .string(let s)? = item["code"] { text = s }
      let head = String(text.prefix { $0 != ":" && $0 != " " && $0 != "(" })
      if let code = ThresholdReasonCode(text: head) { return .known(code) }
      return .unknown(text)
    }
  }
}

/// A reason of the verdict: a known code, or text the catalogue does not know.
enum ExplainReason: Equatable, Sendable {
  case known(ThresholdReasonCode)
  case unknown(String)

  var code: ThresholdReasonCode? {
    if case .known(let c) = self { return c }
    return nil
  }
}

/// Fills catalogue templates with values.
struct ExplainComposer {
  let values: ExplainValues
  let extra: [String: [ExplainPiece]]
  let words: [String: String]
  /// Chooses the `.models` variant of a key when the points are separately trained models.
  var points: ExplainPoints = .checkpoints

  /// The sentence of `key` (or of its variant for `points`), or nil when a value it needs is
  /// missing.
  func sentence(_ base: String, with more: [String: [ExplainPiece]] = [:]) -> ExplainSentence? {
    let key = points.key(base, in: words)
    guard let template = words[key] else { return nil }
    var pieces: [ExplainPiece] = []
    for part in ExplainCatalog.parse(template) {
      switch part {
      case .literal(let s): pieces.append(.literal(s))
      case .term(let name):
        guard let term = GlossaryTerm(rawValue: name) else { return nil }
        pieces.append(.term(term))
      case .placeholder(let name):
        guard let v = more[name] ?? extra[name] ?? values[name] else { return nil }
        pieces += v
      }
    }
    return ExplainSentence(key: key, pieces: pieces)
  }

  /// Whether a value is available.
  func has(_ name: String) -> Bool { extra[name] != nil || values[name] != nil }

  func number(_ name: String) -> Double? { values.number(name)?.value }
}
