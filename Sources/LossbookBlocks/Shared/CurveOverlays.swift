import LossbookCore
import LossbookEngine
import LossbookRender

/// A curve another kind draws over a plot's data.
struct OverlayCurve: Sendable {
  var name: String
  var points: [ChartPoint]
  /// The value of the plot's `color:` column the curve belongs to (a group's label), so that it
  /// takes that group's colour; nil for a curve of its own colour.
  var group: String?
}

/// A result that can draw curves of its y against its x on a `plot` (`overlay:`), so that
/// `plot` draws them without knowing the kind (a `collapse` block's per-group curves).
protocol CurveOverlaying: BlockResult {
  /// The column the curves predict (the plot's panel for it).
  var overlayY: String { get }
  /// The curves, named in the report's language.
  func overlayCurves(language: ReportLanguage) -> [OverlayCurve]
}
