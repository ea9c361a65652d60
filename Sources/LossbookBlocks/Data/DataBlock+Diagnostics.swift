import LossbookEngine
import LossbookSyntax

/// The diagnostics of the `data` kind.
enum DataDiagnostics {
  static let noSource: DiagnosticID = "data-no-source"
  static let badCSV: DiagnosticID = "data-bad-csv"
  static let unknownColumn: DiagnosticID = "unknown-column"
  static let badRows: DiagnosticID = "data-bad-rows"
  static let fileNotFound: DiagnosticID = "data-file-not-found"
  static let pathOutside: DiagnosticID = "path-outside-project"
  static let badLimit: DiagnosticID = "data-bad-limit"
  static let unknownFormat: DiagnosticID = "data-unknown-format"
  static let badJSON: DiagnosticID = "data-bad-json"
  static let badLMEval: DiagnosticID = "data-bad-lm-eval"
  static let notUTF8: DiagnosticID = "data-not-utf8"
}
