import LossbookCore
import LossbookEngine

/// A result that a `table` block can show as one row of a summary (a `threshold` block's),
/// read without knowing its kind: `table: {of: [t1, t2]}` puts one row per block.
protocol SummaryRowSource: BlockResult {
  /// The row's cells in column order; every result of one kind gives the same columns.
  func summaryRow(id: String) -> [SummaryCell]
}

/// One cell of a summary row: its column and its value.
struct SummaryCell: Sendable {
  enum Value: Sendable {
    case number(Double)
    case text(String)
  }
  var column: String
  var value: Value

  static func number(_ column: String, _ x: Double) -> SummaryCell { SummaryCell(column: column, value: .number(x)) }
  static func text(_ column: String, _ s: String) -> SummaryCell { SummaryCell(column: column, value: .text(s)) }

  /// The table of `rows` (one per block, each from the same kind), its columns those of the
  /// first row.
  static func table(_ rows: [[SummaryCell]]) -> DataTable {
    guard let first = rows.first else { return DataTable(columns: []) }
    return DataTable(
      columns: first.indices.map { j in
        switch first[j].value {
        case .number:
          DataColumn(
            first[j].column,
            numbers: rows.map { row in
              if case .number(let x) = row[j].value { return x }
              return .nan
            })
        case .text:
          DataColumn(
            first[j].column,
            text: rows.map { row in
              if case .text(let s) = row[j].value { return s }
              return ""
            })
        }
      })
  }
}
