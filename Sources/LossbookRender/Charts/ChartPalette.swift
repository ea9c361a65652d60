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

/// Colours (Okabe–Ito, TEACHING.md §3.2) and the fixed greys of the chart.
enum ChartPalette {
  /// Series colours in order, with contrast against white: blue 5.19, vermillion 3.87,
  /// bluish green 3.42, reddish purple 3.06, black 21; orange (2.25) only with a black outline.
  static let series: [(colour: String, outline: String?)] = [
    ("#0072B2", nil), ("#D55E00", nil), ("#009E73", nil), ("#CC79A7", nil), ("#000000", nil),
    ("#E69F00", "#000000"),
  ]
  /// Dash patterns in order: solid first.
  static let dashes: [String?] = [nil, "7 4", "2 3", "9 3 2 3", "4 2", "12 3 3 3"]

  /// Text (16:1 on white).
  static let text = "#222222"
  /// Axis lines and tick marks.
  static let axis = "#333333"
  /// Gridlines: light on purpose, not a meaningful mark.
  static let grid = "#e5e5e5"
  /// The chance line (9.7:1).
  static let chance = "#444444"
  /// Other reference lines (7.5:1).
  static let reference = "#555555"
  /// The threshold line and its interval band.
  static let threshold = "#D55E00"
  /// Leader lines and frames (4.54:1, the lightest grey allowed for text).
  static let muted = "#767676"
  /// Histogram bars: a tint of the first series colour, outlined in that colour (5.19:1).
  static let barFill = series[0].colour
  static let barFillOpacity = "0.45"
  static let barOutline = series[0].colour
  /// The halo behind annotation text.
  static let background = "#ffffff"

  /// The style of palette index `index` (any integer; it wraps around).
  static func style(_ index: Int) -> ChartSeriesStyle {
    let i = abs(index)
    let entry = series[i % series.count]
    return ChartSeriesStyle(
      colour: entry.colour, outline: entry.outline, dash: dashes[i % dashes.count],
      shape: ChartMarkerShape.allCases[i % ChartMarkerShape.allCases.count])
  }
}
