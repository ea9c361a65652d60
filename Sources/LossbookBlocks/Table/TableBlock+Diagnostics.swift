import LossbookEngine
import LossbookSyntax

/// The diagnostics of the `table` kind.
enum TableDiagnostics {
  static let badFormat: DiagnosticID = "unknown-format"
  static let notAThreshold: DiagnosticID = "table-not-a-threshold"
}
