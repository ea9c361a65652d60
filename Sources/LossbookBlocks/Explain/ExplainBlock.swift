import LossbookCore
import LossbookEngine
import LossbookRender
import LossbookSyntax
import LossbookWords

/// The `explain` kind: the nine slots of TEACHING.md section 6 from a threshold result.
enum ExplainBlock {
  static let kind = SpecKind(
    "explain", spec: ExplainSpec.self, fields: ExplainSpec.fields)

  static func run(_ spec: ExplainSpec, context: ExecutionContext) throws(BlockFailure) -> ExplainResult {
    let threshold = try context.result(spec.of).json
    let fit = try spec.fit.map { id throws(BlockFailure) in try context.result(id).json }
    var collapse: JSONValue?
    if let id = spec.collapse {
      let json = try context.result(id).json
      guard json["tolerance"] != nil, json["verdict"] != nil else {
        throw BlockFailure(
          ExplainDiagnostics.wrongSource, .explain(.notACollapse(block: id.value)), at: id.range,
          help: .explain(.notACollapseHelp))
      }
      collapse = json
    }
    var budget: JSONValue?
    if let id = spec.budget {
      let json = try context.result(id).json
      guard json["optimal"] != nil, json["law"] != nil else {
        throw BlockFailure(
          ExplainDiagnostics.wrongSource, .explain(.notABudget(block: id.value)), at: id.range,
          help: .explain(.notABudgetHelp))
      }
      budget = json
    }
    var options = ExplainOptions()
    options.audience = spec.audience?.value ?? ExplainSpec.Defaults.audience
    options.quiz = spec.quiz ?? ExplainSpec.Defaults.quiz
    options.task = spec.task
    options.metric = spec.metric?.value ?? ExplainSpec.Defaults.metric
    options.points = spec.points?.value ?? ExplainSpec.Defaults.points
    options.options = try spec.options.map { n throws(BlockFailure) in try context.number(n) }
    options.items = try spec.items.map { n throws(BlockFailure) in try context.number(n) }
    options.referenceLoss = try spec.reference_loss.map { n throws(BlockFailure) in try context.number(n) }
    options.trueThreshold = try spec.true_threshold.map { n throws(BlockFailure) in try context.number(n) }
    options.quizLoss = try spec.quiz_loss.map { n throws(BlockFailure) in try context.number(n) }
    options.seed = Double(context.seed)
    // Written and checked in every language now; the page is written in its own language later.
    var made: ExplainOutput?
    for language in ReportLanguage.human {
      options.language = language
      let output: ExplainOutput
      do {
        output = try ExplainOutput.make(
          threshold: threshold, fit: fit, collapse: collapse, budget: budget, options: options)
      } catch {
        // A result without a verdict is another kind's (a fit, a table): say so, not what it lacks.
        let message: DiagnosticMessage =
          threshold["verdict"] == nil
          ? .explain(.notAThreshold(block: spec.of.value))
          : .explain(.unusable(block: spec.of.value, reason: error.reason))
        throw BlockFailure(
          ExplainDiagnostics.notAThreshold, message, at: spec.of.range, help: .explain(.notAThresholdHelp))
      }
      if let m = output.mismatches.first {
        throw BlockFailure(
          ExplainDiagnostics.numberMismatch, .explain(.numberMismatch(m)))
      }
      if let p = output.lint.first {
        throw BlockFailure(ExplainDiagnostics.misreading, .explain(.misleading("\(p)")))
      }
      if made == nil { made = output }
    }
    guard let made else { throw BlockFailure(ExplainDiagnostics.notAThreshold, .explain(.noLanguage)) }
    let warnings = made.unknownReasons.map {
      BlockWarning(
        ExplainDiagnostics.unknownReason, .explain(.unknownReason($0)),
        at: spec.of.range)
    }
    return ExplainResult(
      threshold: threshold, fit: fit, collapse: collapse, budget: budget, options: options, checked: made,
      of: spec.of.value, warnings: warnings)
  }
}

/// An explanation with its HTML and its checks: what the block and the tests both use.
struct ExplainOutput: Sendable {
  var text: ExplainText
  var rendered: ExplainRendered
  var html: Markup
  var audience: ExplainAudience
  /// Self-check mismatches (must be empty).
  var mismatches: [ExplainMismatch]
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
    let mismatches = ExplainSelfCheck.mismatches(text: text, html: html.html, sources: sources)
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

/// The block's result: what the explanation says (its sentences' keys in every slot) and the
/// numbers it uses, the same in every language; the page writes it in the report's language.
struct ExplainResult: BlockResult {
  let threshold: JSONValue
  let fit: JSONValue?
  let collapse: JSONValue?
  let budget: JSONValue?
  let options: ExplainOptions
  /// The explanation as written and checked in the first human language.
  let checked: ExplainOutput
  let of: String
  let warnings: [BlockWarning]

  var json: JSONValue {
    let text = checked.text
    var slots: [(String, JSONValue)] = text.slots.map {
      ($0.slot.rawValue, .array($0.sentences.map { .string($0.key) }))
    }
    if let q = text.quiz { slots.append(("quiz", .array([.string(q.question.key), .string(q.answer.key)]))) }
    let numbers: [JSONValue] = text.numbers.map { n in
      .object([("value", .num(n.value)), ("from", .string(n.derivation.formula))])
    }
    return .object([
      ("of", .string(of)), ("verdict", .string(text.verdict)), ("audience", .string(checked.audience.rawValue)),
      ("slot_order", .array(text.slots.map { .string($0.slot.rawValue) })),
      ("slots", .object(slots)), ("numbers", .array(numbers)),
    ])
  }

  /// The explanation in the report's language (checked in every human language when the block
  /// ran), its headings one and two levels below the heading the block sits under.
  func render(_ context: RenderContext) -> BlockRendering {
    var options = options
    options.language = context.language
    let output =
      (try? ExplainOutput.make(threshold: threshold, fit: fit, collapse: collapse, budget: budget, options: options))
      ?? checked
    return BlockRendering(
      html: ExplainHTML.render(output.rendered, audience: output.audience, headingLevel: context.headingLevel))
  }
}
