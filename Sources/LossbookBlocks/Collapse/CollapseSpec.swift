import LossbookEngine
import LossbookStats
import LossbookSyntax

/// A `collapse` block: do the groups (sizes, runs) fall on one curve of y against x?
/// (STATS.md section 6.)
struct CollapseSpec: Decodable, BlockSpec {
  /// `model:`: a curve, or `auto` (the best of linear, logistic and hinge by BIC).
  enum Model: String, CaseIterable, Sendable { case auto, linear, logistic, hinge }

  /// Its output is a numbered figure (`@fig-ID`).
  var numberedAs: NumberedElement? { .figure }

  var table: Located<String>
  var x: Located<String>
  var y: Located<String>
  var by: Located<String>
  var model: Located<Choice<Model>>?
  var differ: Located<Choice<CollapseDifference>>?
  var replicates: Located<Int>?
  var tolerance: SpecNumber?
  var min_overlap: Located<Int>?
  var alpha: SpecNumber?
  var level: SpecNumber?
  var title: String?
  var caption: String?

  var blockReferences: [Located<String>] { [table] }

  /// Its p-value is adjusted with the notebook's other tests (`adjust:`), and the verdict is
  /// decided on the adjusted one.
  var joinsTestFamily: Bool { true }

  var columnReferences: [ColumnReference] {
    [x, y, by].map { ColumnReference(table: table.value, column: $0) }
  }

  var expressions: [SpecExpression] {
    [tolerance, alpha, level].compactMap { n in
      if case .expression(let e)? = n?.value { return e }
      return nil
    }
  }

  var limitErrors: [SpecDecodingError] {
    guard let r = replicates else { return [] }
    return [CollapseLimits.replicates.decodingError(Double(r.value), at: r.range)].compactMap { $0 }
  }

  func execute(_ context: ExecutionContext) throws(BlockFailure) -> any BlockResult {
    try CollapseBlock.run(self, context: context)
  }

  static let fields: [FieldDoc] = [
    FieldDoc("table", "block id", "the table (a family or data block)"),
    FieldDoc("x", "column", "the loss (or any predictor): groups are compared at equal x"),
    FieldDoc("y", "column", "the score"),
    FieldDoc("by", "column", "the grouping column (model sizes, runs): text or numbers"),
    FieldDoc(
      "model", "auto | linear | logistic | hinge", default: Defaults.model,
      "the common curve; auto: the best of linear, logistic and hinge by BIC on every point (a curve that cannot "
        + "be fitted is named and left out)"),
    FieldDoc(
      "differ", "shift | threshold", default: Defaults.differ,
      "how the groups may differ under H1: a shift in y at equal x, or (hinge) a threshold each"),
    FieldDoc(
      "replicates", "whole number ≥ 0, \(CollapseLimits.replicates.words)", default: Defaults.replicates,
      "parametric-bootstrap replicates of the F statistic (simulated under one common curve)"),
    FieldDoc(
      "tolerance", "number > 0", default: Defaults.tolerance,
      "the equivalence margin in units of y: a shift smaller than this does not matter"),
    FieldDoc(
      "min_overlap", "whole number ≥ 1", default: Defaults.minOverlap,
      "a group counts only with this many points inside the x range it shares with another group"),
    FieldDoc(
      "alpha", "number in (0, 0.5)", default: Defaults.alpha,
      "the test level; the equivalence check uses 1 − 2 alpha intervals (two one-sided tests)"),
    FieldDoc("level", "number in (0, 1)", default: Defaults.level, "the coverage of each shift's reported interval"),
    FieldDoc("title", "text", default: "a sentence from the numbers", "the figure's title"),
    FieldDoc("caption", "text", default: "none", "a caption under the figure"),
  ]
}

/// The fixed limits of a `collapse` block.
enum CollapseLimits {
  static let replicates = SpecLimit(
    "replicates", maximum: 100_000,
    help: "999 replicates give p-values to about ±0.01; the default is \(CollapseSpec.Defaults.replicates)")
}
