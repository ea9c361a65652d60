import LossbookEngine
import LossbookSyntax

/// The diagnostics of the `plot` kind.
enum PlotDiagnostics {
  static let notAFit: DiagnosticID = "plot-overlay-not-a-fit"
  static let noData: DiagnosticID = "plot-no-data"
  static let unknownModel: DiagnosticID = "plot-unknown-model"
  static let badLevel: DiagnosticID = "plot-bad-level"
  /// A field that does not go with the mark: y with a histogram, bins without one, ….
  static let fieldNotForMark: DiagnosticID = "plot-field-not-for-mark"
  /// bins not a whole number from 1 to 1000.
  static let badBins: DiagnosticID = "plot-bad-bins"
}
