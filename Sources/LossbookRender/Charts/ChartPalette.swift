/// The look of one series: colour, optional dark outline, dash pattern and marker shape,
/// so that series separate by shape and dash as well as by colour (grayscale, print,
/// colour-vision deficiency).
struct ChartSeriesStyle: Equatable {
  /// Stroke and marker colour.
  var colour: String
  /// A dark outline for a colour too light for thin marks on white (orange).
  var outline: String?
  /// `stroke-dasharray`, nil for solid.
  var dash: String?
  var shape: ChartMarkerShape
}

/// Marker shapes, in the order series receive them.
enum ChartMarkerShape: Int, CaseIterable {
  case circle, square, triangle, diamond, cross, triangleDown, plus, ring

  /// Drawn with a stroke only (no fill).
  var isStrokeOnly: Bool { self == .cross || self == .plus || self == .ring }
}

/// Colours (Okabe–Ito, TEACHING.md §3.2) and the fixed greys of the chart: one palette for
/// every figure of every report, and the page's style sheet takes its accent from it. The
/// threshold's vermillion and the chance line's grey belong to no series, so that neither is
/// ever mistaken for data or a fit.
enum ChartPalette {
  /// Series colours in order, with contrast against white: blue 5.19, bluish green 3.42,
  /// reddish purple 3.06, black 21, wine 8.73, indigo 12.17; orange (2.25) and sky blue (2.31)
  /// only with a black outline. Eight colours: eight series (a ladder of sizes) have eight;
  /// beyond, series k and k + 8 share a colour but never a marker shape (``style(_:)``).
  static let series: [(colour: String, outline: String?)] = [
    ("#0072B2", nil), ("#009E73", nil), ("#CC79A7", nil), ("#E69F00", "#000000"), ("#000000", nil),
    ("#56B4E9", "#000000"), ("#882255", nil), ("#332288", nil),
  ]
  /// Dash patterns in order: solid first.
  static let dashes: [String?] = [nil, "7 4", "2 3", "9 3 2 3", "4 2", "12 3 3 3"]
  /// Where fitted lines start in the palette: black, then the colours after the data's.
  static let firstLine = 4

  /// Text (16:1 on white).
  static let text = "#222222"
  /// Axis lines and tick marks.
  static let axis = "#333333"
  /// Gridlines: light on purpose, not a meaningful mark.
  static let grid = "#e5e5e5"
  /// The chance line: a mid grey (4.95:1), dashed, lighter than every line colour (black fits).
  static let chance = "#707070"
  /// Other reference lines (7.5:1).
  static let reference = "#555555"
  /// The threshold line and its interval band: vermillion, which no series uses.
  static let threshold = "#D55E00"
  /// The threshold band's fill opacity, and its edges' (dotted, so the band reads on a phone).
  static let thresholdBandOpacity = "0.2"
  static let thresholdEdgeOpacity = "0.7"
  /// A fitted curve's confidence band: fill and edge opacity of the series colour.
  static let bandOpacity = "0.25"
  static let bandEdgeOpacity = "0.6"
  /// Leader lines and frames (4.54:1, the lightest grey allowed for text).
  static let muted = "#767676"
  /// Histogram bars: a tint of the first series colour, outlined in that colour (5.19:1).
  static let barFill = series[0].colour
  static let barFillOpacity = "0.45"
  static let barOutline = series[0].colour
  /// The halo behind annotation text.
  static let background = "#ffffff"

  /// The style of palette index `index` (any integer; it wraps around). Each round of the
  /// colours shifts the shapes by one, so no two indices below 64 share colour and shape.
  static func style(_ index: Int) -> ChartSeriesStyle {
    let i = abs(index)
    let entry = series[i % series.count]
    let shapes = ChartMarkerShape.allCases
    return ChartSeriesStyle(
      colour: entry.colour, outline: entry.outline, dash: dashes[i % dashes.count],
      shape: shapes[(i + i / series.count) % shapes.count])
  }
}
