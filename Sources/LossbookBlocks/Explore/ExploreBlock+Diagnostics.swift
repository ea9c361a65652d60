import LossbookEngine
import LossbookSyntax

/// The diagnostics of the `explore` kind.
enum ExploreDiagnostics {
  static let notAFamily: DiagnosticID = "explore-not-a-family"
  static let unknownTask: DiagnosticID = "explore-unknown-task"
  static let unsupportedShape: DiagnosticID = "explore-unsupported-shape"
  static let badControl: DiagnosticID = "explore-bad-control"
  static let badPreset: DiagnosticID = "explore-bad-preset"
  static let itemsOffGrid: DiagnosticID = "explore-items-off-grid"
}
