import LossbookEngine
import LossbookRender
import LossbookSimulation
import LossbookWords

/// A result whose fitted curves a `plot` can draw over its data (a `fit` block), read without
/// knowing the kind.
protocol CurveDrawing: BlockResult {
  /// The modelled column.
  var curveY: String { get }
  /// Every model of the result, in order.
  var curveModels: [String] { get }
  /// The model drawn when the overlay names none (the best eligible one), if any.
  var defaultCurveModel: String? { get }
  /// The fitted curve of `model` over `xRange` (201 points) with its `level` confidence band
  /// when `band` is asked for and the model has one; nil when the model is not drawable (left
  /// out of the comparison, or with more than one predictor).
  func curve(model: String, level: Double, band: Bool, over xRange: ClosedRange<Double>) -> FittedCurve?
}

/// A fitted curve, ready to draw: points, and a confidence band when asked for.
struct FittedCurve: Sendable {
  var model: String
  var y: String
  var points: [ChartPoint]
  var band: [ChartBandPoint]?
}

/// A result that marks a loss threshold on a plot (a `threshold` block), read without knowing
/// the kind.
protocol ThresholdMarking: BlockResult {
  var thresholdMarks: ThresholdMarks { get }
  /// The curve of the model with the smallest BIC among those the verdict compared (the line,
  /// the logistic curve, the hinge) over `xRange` (201 points): what a plot draws instead of a
  /// threshold when the verdict is not `emergent`.
  func bestCurve(over xRange: ClosedRange<Double>) -> FittedCurve
}

/// A threshold as a plot marks it: the estimate, its interval, the verdict and the fitted hinge.
struct ThresholdMarks: Sendable {
  /// The score column the threshold is of.
  var y: String
  var eta: Double
  /// The interval's ends, when it has one.
  var lower: Double?
  var upper: Double?
  var level: Double
  /// How the interval was made, in a few words (a key of the catalogue).
  var method: ThresholdMessage
  var verdict: VerdictWord
  /// The hinge's level above the threshold and its slope below it, per unit of eta − x.
  var hingeLevel: Double
  var hingeSlope: Double
  /// The model with the smallest BIC: `linear`, `logistic` or `hinge`.
  var bestModel: String
}

/// A result that is a scaling family a block can simulate again (an `explore` block in the
/// page, a `sweep` block over a grid of designs): a `family` block's, read without knowing its
/// kind.
protocol TaskSimulating: BlockResult {
  /// The family's tasks, with their shapes and question counts.
  var simulatedTasks: [ScalingFamily.Task] { get }
  /// The loss law, the runs and the noise the family was simulated with.
  var loss: LossModel { get }
  var runs: [FamilyRun] { get }
  var lossNoise: Double { get }
  var scoreNoise: Double { get }
  var scoreFrom: ScalingFamily.ScoreLoss { get }
  /// The distinct model sizes, in order.
  var sizes: [Double] { get }
}

extension RenderContext {
  /// A figure with its download links, as `plot`, `budget`, `collapse` and `sweep` write it:
  /// the chart in both layouts (``ResponsiveChart``, so its text stays readable on a phone) in
  /// a `<figure>` with its numbered caption, then `tables` (the kind's own markup), then links
  /// to the chart's SVG and to `<csv>.csv` (default: the block's id); the wide SVG is the side file.
  func figureWithLinks(_ chart: ChartSpec, caption: String?, tables: Markup = .empty, csv: String? = nil)
    -> BlockRendering
  {
    let charts = ResponsiveChart(chart)
    var h: Markup = "<figure class=\"lb-figure\" id=\"figure-\(attribute: blockID)\">\n"
    h += charts.html
    if let caption = self.caption(caption, as: .figure) {
      h += "<figcaption>\(caption)</figcaption>\n"
    }
    h += "</figure>\n"
    h += tables
    h +=
      "<p class=\"\(CSSClass.links)\"><a href=\"\(attribute: sideFolder)/\(attribute: blockID).svg\">\(words[.downloadSVG])</a> · "
    h += "<a href=\"\(attribute: sideFolder)/\(attribute: csv ?? blockID).csv\">\(words[.downloadCSV])</a></p>\n"
    return BlockRendering(html: h, sideFiles: [SideFile(name: "\(blockID).svg", contents: charts.wide.svg + "\n")])
  }
}
