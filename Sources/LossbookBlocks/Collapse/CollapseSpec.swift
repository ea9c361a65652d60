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

  static let fields: [SpecField] = [
    SpecField("table"),
    SpecField("x"),
    SpecField("y"),
    SpecField("by"),
    SpecField("model", default: Defaults.model),
    SpecField("differ", default: Defaults.differ),
    SpecField("replicates", default: Defaults.replicates, values: ["limit": CollapseLimits.replicates.words]),
    SpecField("tolerance", default: Defaults.tolerance),
    SpecField("min_overlap", default: Defaults.minOverlap),
    SpecField("alpha", default: Defaults.alpha),
    SpecField("level", default: Defaults.level),
    SpecField("title"),
    SpecField("caption"),
  ]
}

/// The fixed limits of a `collapse` block.
enum CollapseLimits {
  static let replicates = SpecLimit(
    "replicates", maximum: 100_000,
    help: .collapseReplicatesHelp(default: CollapseSpec.Defaults.replicates))
}
