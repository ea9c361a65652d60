import LossbookEngine
import LossbookStats
import LossbookSyntax

/// A `fit` block: models fitted to y against x of a table, compared by AIC or BIC.
struct FitSpec: Decodable, BlockSpec {
  enum Criterion: String, CaseIterable, Sendable { case aic, bic }

  var table: Located<String>
  var x: Located<String>
  var y: Located<String>
  var models: [Located<Choice<BuiltinModel>>]?
  var weights: Located<String>?
  var criterion: Choice<Criterion>?
  var min_side: Located<Int>?
  var xtol: Double?
  var gtol: Double?
  var max_iterations: Located<Int>?
  var geodesic: Bool?

  var blockReferences: [Located<String>] { [table] }

  func execute(_ context: ExecutionContext) throws(BlockFailure) -> any BlockResult {
    try FitBlock.run(self, context: context)
  }

  static let fields: [FieldDoc] = [
    FieldDoc("table", "block id", "the table to fit (a family or data block)"),
    FieldDoc("x", "column", "the predictor, usually loss"),
    FieldDoc("y", "column", "the score"),
    FieldDoc(
      "models", "list of linear | logistic | hinge", default: "[linear, logistic, hinge]",
      "linear: y = b0 + b1 x; logistic: y = lo + (hi - lo) / (1 + exp((x - mid) / width)); hinge: y = r + k max(eta - x, 0), fitted to the global optimum by profiling eta"),
    FieldDoc("weights", "column", default: "none", "weights w_i: RSS becomes the weighted sum everywhere"),
    FieldDoc("criterion", "aic | bic", default: "bic", "how the best model is chosen (the smallest wins)"),
    FieldDoc("min_side", "whole number ≥ 1", default: "5", "hinge: the fewest points on each side of the threshold"),
    FieldDoc("xtol", "number", default: "1e-10", "Levenberg-Marquardt step tolerance"),
    FieldDoc("gtol", "number", default: "1e-10", "Levenberg-Marquardt gradient tolerance"),
    FieldDoc("max_iterations", "whole number", default: "500", "the most solver iterations"),
    FieldDoc("geodesic", "true | false", default: "false", "geodesic acceleration in the trust-region solver"),
  ]
}

