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
      guard abs(baseline - top) >= 1 else { continue }
      let columns = max(Int((right - left) / 8), 1)
      let rows = max(Int(abs(baseline - top) / 8), 1)
      for i in 0...columns {
        for j in 0...rows {
          points.append((left + (right - left) * Double(i) / Double(columns), top + (baseline - top) * Double(j) / Double(rows)))
        }
      }
    }
    return points
  }
}
