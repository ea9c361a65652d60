/// Histogram bars: one `<rect>` per bar, from the count axis's baseline up to the count.
extension ChartSVG {
  /// The width in px of a bar whose bin has no width (every value equal), so it stays visible.
  static let zeroWidthBar = 24.0

  /// Draws the panel's bars, filled with a tint of the first series colour and outlined in
  /// that colour (the outline carries the 3:1 contrast); bars of count 0 are written with
  /// height 0, so the SVG holds one `<rect>` per bin.
  static func drawBars(_ svg: inout SVGBuilder, panel: ChartDrawnPanel, cell: ChartCell) {
    guard !panel.bars.isEmpty else { return }
    let n = SVGBuilder.number
    let baseline = cell.y.pixel(barBaseline(cell.y))
    svg.open(
      "g",
      [
        ("class", "lb-bars"), ("fill", ChartPalette.barFill), ("fill-opacity", ChartPalette.barFillOpacity),
        ("stroke", ChartPalette.barOutline), ("stroke-width", "1"),
      ])
    for bar in panel.bars {
      let (left, right) = barSpan(bar, cell: cell)
      let top = cell.y.pixel(bar.count)
      svg.element(
        "rect",
        [
          ("class", "lb-bar"), ("x", n(left)), ("y", n(min(top, baseline))), ("width", n(right - left)),
          ("height", n(abs(baseline - top))),
        ])
    }
    svg.close("g")
  }

  /// The value bars stand on: 0, or the bottom of a log axis (where 0 cannot be placed).
  static func barBaseline(_ y: ChartAxisMap) -> Double {
    y.canPlace(0) ? 0 : y.domain.lowerBound
  }

  /// A bar's left and right edges in pixels; a bar of zero width is widened to `zeroWidthBar`.
  static func barSpan(_ bar: ChartBar, cell: ChartCell) -> (Double, Double) {
    let a = cell.x.pixel(bar.lower)
    let b = cell.x.pixel(bar.upper)
    guard bar.upper > bar.lower else { return (a - zeroWidthBar / 2, a + zeroWidthBar / 2) }
    return (min(a, b), max(a, b))
  }

  /// Points inside the bars, about every 8 px, for annotation labels to avoid.
  static func barObstacles(_ bars: [ChartBar], cell: ChartCell) -> [(Double, Double)] {
    let baseline = cell.y.pixel(barBaseline(cell.y))
    var points: [(Double, Double)] = []
    for bar in bars {
      let (left, right) = barSpan(bar, cell: cell)
      let top = cell.y.pixel(bar.count)
      // Pixels are finite and within a few thousand of the plot; anything else has no obstacles.
      guard abs(baseline - top) >= 1, let columns = obstacleSteps(right - left),
        let rows = obstacleSteps(abs(baseline - top))
      else { continue }
      for i in 0...columns {
        for j in 0...rows {
          points.append(
            (left + (right - left) * Double(i) / Double(columns), top + (baseline - top) * Double(j) / Double(rows)))
        }
      }
    }
    return points
  }

  /// How many 8 px steps cover `length` pixels (at least 1); nil when the length is not a
  /// finite number of pixels a figure can have (at most 100,000).
  static func obstacleSteps(_ length: Double) -> Int? {
    guard length.isFinite, abs(length) <= 100_000 else { return nil }
    return max(Int(exactly: (length / 8).rounded(.towardZero)) ?? 1, 1)
  }
}
