import LossbookEngine
import LossbookSyntax
import LossbookWords

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

  static let fields: [SpecField] = [
    SpecField("of"),
    SpecField("columns"),
    SpecField("formats"),
    SpecField("rows", default: Defaults.rows),
    SpecField("where"),
    SpecField("caption"),
    SpecField("labels"),
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
    guard n >= 1 else { throw SpecValueError(.table(.badRows)) }
    limit = n
  }
}
