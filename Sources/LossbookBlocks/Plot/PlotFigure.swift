import LossbookCore
import LossbookEngine
import LossbookRender
import LossbookStats
import LossbookWords

/// What a plot shows, without words: its data series, the curves and thresholds drawn over
/// them and the chance line (a histogram: its bins). The page's words are added by
/// `PlotDrawing` in the report's language.
struct PlotFigure: Sendable {
  /// A series of the data: its name (a column or group, as the data spell it) and panel.
  struct DataSeries: Sendable {
    var name: String
    var points: [ChartPoint]
    var panel: Int
    /// The y column and the group (empty without color) the name is made of.
    var y: String = ""
    var group: String = ""
  }

  /// A fitted curve or a threshold drawn over the data, with the block it comes from.
  struct Overlay: Sendable {
    enum Mark: Sendable {
      case curve(FittedCurve)
      /// A threshold's line and band, and its hinge unless `hinge` is false (emergent); for
      /// another verdict the curve of its best model by BIC, `best` (nil when `hinge` is false).
      case threshold(ThresholdMarks, hinge: Bool, best: FittedCurve?)
      /// One curve per group (a `collapse` block's), named when the page is written.
      case groupCurves(any CurveOverlaying)
    }
    var block: String
    var panel: Int
    var mark: Mark
  }

  var spec: PlotSpec
  var data: [DataSeries]
  /// How many groups `color` made (1 without it).
  var groups: Int
  /// The panels' y columns in a faceted plot; empty for one panel.
  var panels: [String]
  var xRange: ClosedRange<Double>
  var overlays: [Overlay]
  var chance: Double?
  /// The points drawn, or for a histogram the values counted.
  var points: Int
  /// A histogram's bins.
  var histogram: Histogram? = nil
  /// The display names: the block's `labels:` over its table's (a family's `labels:`).
  var labels: DisplayLabels? = nil
}

/// A figure: drawn in the report's language when the page is written.
struct PlotResult: BlockResult {
  let figure: PlotFigure

  var json: JSONValue {
    let spec = figure.spec
    var members: [(String, JSONValue)] = [
      ("title", spec.title.map { .string($0) } ?? .null), ("points", .number(Double(figure.points))),
      ("table", .string(spec.table.value)), ("series", .array(figure.data.map { .string($0.name) })),
      (
        "overlays",
        .array(
          figure.overlays.map { o in
            switch o.mark {
            case .curve(let c): .object([("block", .string(o.block)), ("model", .string(c.model))])
            case .threshold(_, _, let best):
              .object(
                [("block", .string(o.block)), ("model", .string("threshold"))]
                  + (best.map { [("drawn", .string($0.model))] } ?? []))
            case .groupCurves: .object([("block", .string(o.block)), ("model", .string("groups"))])
            }
          })
      ),
    ]
    if let histogram = figure.histogram {
      members.append(
        (
          "histogram",
          .object([
            ("bins", .number(Double(histogram.bins.count))), ("non_finite", .number(Double(histogram.nonFinite))),
            ("lower", .numbers(histogram.bins.map(\.lower))), ("upper", .numbers(histogram.bins.map(\.upper))),
            ("count", .numbers(histogram.bins.map { Double($0.count) })),
          ])
        ))
    }
    return .object(members)
  }

  /// A histogram's bins: `bin_lower`, `bin_upper`, `count`.
  var table: DataTable? {
    guard let histogram = figure.histogram else { return nil }
    return DataTable(columns: [
      DataColumn("bin_lower", numbers: histogram.bins.map(\.lower)),
      DataColumn("bin_upper", numbers: histogram.bins.map(\.upper)),
      DataColumn("count", numbers: histogram.bins.map { Double($0.count) }),
    ])
  }

  func render(_ context: RenderContext) -> BlockRendering {
    let chart =
      figure.histogram == nil
      ? PlotDrawing.chart(figure, id: context.blockID, words: context.words)
      : PlotHistogram.chart(figure, id: context.blockID, words: context.words)
    // A histogram links its own bins; other plots the table they draw.
    let csv = figure.histogram == nil ? figure.spec.table.value : context.blockID
    return context.figureWithLinks(chart, caption: figure.spec.caption, csv: csv)
  }
}
