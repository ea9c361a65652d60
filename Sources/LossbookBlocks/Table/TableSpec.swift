import LossbookEngine
import LossbookSyntax

/// A `table` block: a table (or a fit's model comparison) shown in the report.
struct TableSpec: Decodable, BlockSpec {
  /// Its output is a numbered table (`@tbl-ID`).
  var numberedAs: NumberedElement? { .table }

  var of: OneOrMany
  var columns: [Located<String>]?
  var formats: OrderedFields<Located<String>>?
  var rows: RowLimit?
  var `where`: RowExpression?
  var caption: String?
  /// Display names for the column headers.
  var labels: DisplayLabels?

  var blockReferences: [Located<String>] { of.names }

  var expressions: [SpecExpression] { [`where`].compactMap { $0?.expression } }

  func execute(_ context: ExecutionContext) throws(BlockFailure) -> any BlockResult {
    try TableBlock.run(self, context: context)
  }

  static let fields: [FieldDoc] = [
    FieldDoc(
      "of", "block id | list of threshold block ids",
      "a block that makes a table (family, data) or a fit (its model comparison); threshold blocks give one summary row each (block, y, aic_* and bic_* of linear, logistic and hinge, best, eta, eta_lower, eta_upper, supf, p, pelt_changes, pelt_onset, spearman, verdict)"
    ),
    FieldDoc("columns", "list of columns", default: "all", "the columns to show, in this order"),
    FieldDoc(
      "formats", "mapping column: format", default: "automatic", "number formats: .3f, .2g, %, .1%, sci, si, int, p"),
    FieldDoc("rows", "whole number | all", default: Defaults.rows, "the most rows to show (the CSV always has all)"),
    FieldDoc("where", "=expression", default: "none", "shows only the rows where it is true"),
    FieldDoc("caption", "text", default: "none", "the table's caption"),
    FieldDoc(
      "labels", "mapping of column to text", default: "none",
      "display names for the column headers, such as {err17: \"average error over 17 tests\"}; the CSV and the results file keep the names; a key that is not a column is an error (unknown-label) with a did-you-mean"
    ),
  ]
}

/// `rows: 20` or `rows: all`.
struct RowLimit: Decodable {
  var limit: Int?

  init(from decoder: Decoder) throws {
    if let d = decoder as? PositionedDecoder, d.scalarText == "all" {
      limit = nil
      return
    }
    let n = try Int(from: decoder)
    guard n >= 1 else { throw SpecValueError("rows must be 1 or more, or all") }
    limit = n
  }
}
