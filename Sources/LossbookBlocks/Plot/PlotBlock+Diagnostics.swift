import LossbookEngine
import LossbookSyntax

/// The diagnostics of the `plot` kind.
enum PlotDiagnostics {
  static let notAFit: DiagnosticID = "plot-overlay-not-a-fit"
  static let noData: DiagnosticID = "plot-no-data"
}
