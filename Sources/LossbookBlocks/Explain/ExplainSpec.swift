import LossbookEngine
import LossbookSyntax

/// An `explain` block: a plain-language explanation of a `threshold` result (TEACHING.md 1.9).
struct ExplainSpec: Decodable, BlockSpec {
  var of: Located<String>
  var fit: Located<String>?
  var audience: Choice<ExplainAudience>?
  var quiz: Bool?
  var task: String?
  var metric: Choice<ExplainMetric>?
  var points: Choice<ExplainPoints>?
  var options: SpecNumber?
  var items: SpecNumber?
  var reference_loss: SpecNumber?
  var true_threshold: SpecNumber?
  var quiz_loss: SpecNumber?
  var collapse: Located<String>?
  var budget: Located<String>?

  var blockReferences: [Located<String>] {
    var out = [of]
    for id in [fit, collapse, budget] { if let id { out.append(id) } }
    return out
  }

  var expressions: [SpecExpression] {
    [options, items, reference_loss, true_threshold, quiz_loss].compactMap {
      if case .expression(let e)? = $0?.value { return e }
      return nil
    }
  }

  func execute(_ context: ExecutionContext) throws(BlockFailure) -> any BlockResult {
    try ExplainBlock.run(self, context: context)
  }

  static let fields: [SpecField] = [
    SpecField("of"),
    SpecField("fit"),
    SpecField("audience", default: Defaults.audience),
    SpecField("quiz", default: "\(Defaults.quiz)"),
    SpecField("task"),
    SpecField("metric", default: Defaults.metric),
    SpecField("points", default: Defaults.points),
    SpecField("options"),
    SpecField("items"),
    SpecField("reference_loss"),
    SpecField("true_threshold"),
    SpecField("quiz_loss"),
    SpecField("collapse"),
    SpecField("budget"),
  ]
}
