import LossbookCore
import LossbookEngine
import LossbookSyntax
import LossbookWords

/// Looks up the columns a spec names, with a diagnostic at the name when one is wrong.
enum TableColumns {
  static func numbers(_ table: DataTable, _ name: Located<String>) throws(BlockFailure) -> [Double] {
    guard let c = table.column(name.value) else { throw DataBlock.unknownColumn(name.value, in: table, at: name.range) }
    guard case .numbers(let v) = c.values else {
      throw BlockFailure(
        FitDiagnostics.textColumn, .column(.holdsText(column: name.value)), at: name.range)
    }
    return v
  }
}
