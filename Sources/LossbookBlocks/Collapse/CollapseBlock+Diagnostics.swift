import LossbookEngine
import LossbookSyntax

/// The diagnostics of the `collapse` kind, each at the field that would fix it.
enum CollapseDiagnostics {
  /// The grouping column has a single value.
  static let oneGroup: DiagnosticID = "collapse-one-group"
  /// Fewer than two groups share a loss range with `min_overlap` points.
  static let noOverlap: DiagnosticID = "collapse-no-overlap"
  /// `replicates`, `tolerance`, `min_overlap`, `alpha`, `level` out of range, or `differ:
  /// threshold` without the hinge.
  static let badOption: DiagnosticID = "collapse-bad-option"
  /// The common curve (or H1) cannot be fitted to the data.
  static let fitFailed: DiagnosticID = "collapse-fit-failed"
}
