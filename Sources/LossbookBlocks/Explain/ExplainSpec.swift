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

  static let fields: [FieldDoc] = [
    FieldDoc("of", "block id", "the threshold block to explain (its result object of FORMAT.md section 5)"),
    FieldDoc(
      "fit", "block id", default: "none", "a fit block with a hinge model: the expected scores use its parameters"),
    FieldDoc(
      "audience", "manager | analyst", default: Defaults.audience,
      "manager: details for statisticians folded; analyst: open"),
    FieldDoc(
      "quiz", "true | false", default: "\(Defaults.quiz)",
      "a prediction question before the text, its answer folded (emergent verdicts)"),
    FieldDoc("task", "text", default: "the threshold's y column", "the task's name in sentences"),
    FieldDoc(
      "metric", "accuracy | prob | brier | exact-match | score", default: Defaults.metric,
      "what the score measures: sets its words, the chance sentence and the metric caveat"),
    FieldDoc(
      "points", "checkpoints | models", default: Defaults.points,
      "what each point is: a checkpoint of a training run, or a separately trained model; sets the words for the points, the independence caveat and the advice. Not inferred from the table: a data block can hold either, and a family's final_only runs are separate models"
    ),
    FieldDoc(
      "options", "number", default: "none", "answer options per question: the chance level as “about 25 of every 100”"),
    FieldDoc("items", "number", default: "none", "questions per point (checkpoint or model)"),
    FieldDoc(
      "reference_loss", "number", default: "none", "the loss at which the expected score is given (emergent verdicts)"),
    FieldDoc(
      "true_threshold", "number", default: "none",
      "for simulated data: the threshold the simulation was given (disclosed)"),
    FieldDoc("quiz_loss", "number", default: "the threshold + 0.1", "the loss the quiz asks about"),
    FieldDoc(
      "collapse", "block id", default: "none",
      "a collapse block: the explanation says whether model size matters at equal loss as its verdict says "
        + "(size is not the cause only for loss-only); without one it says this was not tested"),
    FieldDoc(
      "budget", "block id", default: "none",
      "a budget block: the decision says what reaching the threshold would take (the compute-optimal size, "
        + "tokens and training compute, and the smallest size that can reach it)"),
  ]
}
