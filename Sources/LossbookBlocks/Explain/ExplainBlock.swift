import LossbookEngine
import LossbookRender
import LossbookSyntax

/// The `explain` kind: the nine slots of TEACHING.md section 6 from a threshold result.
enum ExplainBlock {
  static let kind = SpecKind(
    "explain", spec: ExplainSpec.self,
    summary:
      "Explains a threshold result in plain words (English or Japanese): nine slots, numbers checked against the results.",
    fields: ExplainSpec.fields)

  static func run(_ spec: ExplainSpec, context: ExecutionContext) throws(BlockFailure) -> ExplainResult {
    let threshold = try context.result(spec.of).json
    let fit = try spec.fit.map { id throws(BlockFailure) in try context.result(id).json }
    var collapse: JSONValue?
    if let id = spec.collapse {
      let json = try context.result(id).json
      guard json["tolerance"] != nil, json["verdict"] != nil else {
        throw BlockFailure(
          ExplainDiagnostics.wrongSource, "'\(id.value)' is not a collapse block: collapse: reads its verdict",
          at: id.range, help: "name a collapse block, or leave collapse: out")
      }
      collapse = json
    }
    var budget: JSONValue?
    if let id = spec.budget {
      let json = try context.result(id).json
      guard json["optimal"] != nil, json["law"] != nil else {
        throw BlockFailure(
          ExplainDiagnostics.wrongSource, "'\(id.value)' is not a budget block: budget: reads its sizes and optimum",
          at: id.range, help: "name a budget block, or leave budget: out")
      }
      budget = json
    }
    var options = ExplainOptions()
    options.language = context.language
    options.audience = spec.audience?.value ?? .manager
    options.quiz = spec.quiz ?? false
    options.task = spec.task
    options.metric = spec.metric?.value ?? .accuracy
    options.points = spec.points?.value ?? .checkpoints
    options.options = try spec.options.map { n throws(BlockFailure) in try context.number(n) }
    options.items = try spec.items.map { n throws(BlockFailure) in try context.number(n) }
    options.referenceLoss = try spec.reference_loss.map { n throws(BlockFailure) in try context.number(n) }
    options.trueThreshold = try spec.true_threshold.map { n throws(BlockFailure) in try context.number(n) }
    options.quizLoss = try spec.quiz_loss.map { n throws(BlockFailure) in try context.number(n) }
    options.seed = Double(context.seed)
    let made: ExplainOutput
    do {
      made = try ExplainOutput.make(
        threshold: threshold, fit: fit, collapse: collapse, budget: budget, options: options)
    } catch {
      // A result without a verdict is another kind's (a fit, a table): say so, not what it lacks.
      let message =
        threshold["verdict"] == nil
        ? "'\(spec.of.value)' is not a threshold block: explain reads a threshold analysis (its verdict and tests)"
        : "'\(spec.of.value)': \(error.message)"
      throw BlockFailure(ExplainDiagnostics.notAThreshold, message, at: spec.of.range, help: "name a threshold block")
    }
    if let m = made.mismatches.first {
      throw BlockFailure(
        ExplainDiagnostics.numberMismatch, "a number of the explanation differs from the results: \(m)")
    }
    if let p = made.lint.first {
      throw BlockFailure(ExplainDiagnostics.misreading, "the explanation would mislead: \(p)")
    }
    let warnings = made.unknownReasons.map {
      BlockWarning(
        ExplainDiagnostics.unknownReason, "the reason '\($0)' has no sentence; it is shown as written",
        at: spec.of.range)
    }
    return ExplainResult(output: made, of: spec.of.value, warnings: warnings)
  }
}

/// An explanation with its HTML and its checks: what the block and the tests both use.
struct ExplainOutput: Sendable {
  var text: ExplainText
  var rendered: ExplainRendered
  var html: String
  var audience: ExplainAudience
  /// Self-check mismatches (must be empty).
  var mismatches: [String]
  /// Lint problems (must be empty).
  var lint: [String]
  var unknownReasons: [String]

  static func make(
    threshold: JSONValue, fit: JSONValue?, collapse: JSONValue? = nil, budget: JSONValue? = nil,
    options: ExplainOptions
  ) throws(ExplainWriteError) -> ExplainOutput {
    let text = try ExplainWriter.write(
      threshold: threshold, fit: fit, collapse: collapse, budget: budget, options: options)
    let rendered = ExplainRendered(text)
    let html = ExplainHTML.render(rendered, audience: options.audience)
    let sources = ExplainSources(
      threshold: threshold, fit: fit, spec: options.specNumbers, collapse: collapse, budget: budget)
    let mismatches = ExplainSelfCheck.mismatches(text: text, html: html, sources: sources)
    var lint: [String] = []
    for (slot, lines) in rendered.slots {
      for line in lines { lint += ExplainLint.problems(line.plain, slot: slot, language: options.language) }
    }
    if let q = rendered.quiz {
      lint += ExplainLint.problems(q.question.plain, slot: .inShort, language: options.language)
      lint += ExplainLint.problems(q.answer.plain, slot: .inShort, language: options.language)
    }
    let unknown = ExplainWriter.readReasons(threshold).compactMap { r -> String? in
      if case .unknown(let t) = r { return t }
      return nil
    }
    return ExplainOutput(
      text: text, rendered: rendered, html: html, audience: options.audience, mismatches: mismatches, lint: lint,
      unknownReasons: unknown)
  }
}

/// The block's result: the slots' texts and the numbers used, and its HTML.
struct ExplainResult: BlockResult {
  let output: ExplainOutput
  let of: String
  let warnings: [BlockWarning]

  var json: JSONValue {
    let r = output.rendered
    var slots: [(String, JSONValue)] = r.slots.map { ($0.slot.rawValue, .array($0.lines.map { .string($0.plain) })) }
    if let q = r.quiz { slots.append(("quiz", .array([.string(q.question.plain), .string(q.answer.plain)]))) }
    let numbers: [JSONValue] = output.text.numbers.map { n in
      .object([("text", .string(n.text)), ("value", .num(n.value)), ("from", .string(n.derivation.formula))])
    }
    return .object([
      ("of", .string(of)), ("language", .string(r.language.rawValue)), ("verdict", .string(output.text.verdict)),
      ("audience", .string(output.audience.rawValue)),
      ("slot_order", .array(r.slots.map { .string($0.slot.rawValue) })),
      ("slots", .object(slots)), ("numbers", .array(numbers)),
    ])
  }

  /// The checked HTML, with its headings set one and two levels below the heading the block
  /// sits under (the numbers were checked at execution; heading tags do not change them).
  func render(_ context: RenderContext) -> BlockRendering {
    guard context.headingLevel != 1 else { return BlockRendering(html: output.html) }
    return BlockRendering(
      html: ExplainHTML.render(output.rendered, audience: output.audience, headingLevel: context.headingLevel))
  }
}
