import LossbookEngine
import LossbookSyntax

/// The diagnostics of the `plot` kind.
enum PlotDiagnostics {
  static let notAFit: DiagnosticID = "plot-overlay-not-a-fit"
  static let noData: DiagnosticID = "plot-no-data"
  static let unknownModel: DiagnosticID = "plot-unknown-model"
  static let badLevel: DiagnosticID = "plot-bad-level"
}
