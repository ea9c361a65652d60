/// Where the label of each kind of overlay may go, in order of preference; `ChartLabelPlacer`
/// picks among them. Every spot lies inside the plot when it fits at all.
enum ChartLabelSpots {
  static let size = ChartLayout.noteSize
  static let lineHeight = ChartLayout.noteLineHeight

  /// A horizontal line's label: at the right or left end of the line, above it (lifted by up
  /// to 32 px to clear the data) or below it, right end first, then close to the line, then
  /// above.
  static func lineEnd(_ label: String, py: Double, plot: ChartRect) -> [ChartLabelSpot] {
    let lines = ChartText.balancedWrap(label, fontSize: size, maxWidth: plot.width * 0.6)
    let block = Double(lines.count - 1) * lineHeight
    var spots: [ChartLabelSpot] = []
    for lift in stride(from: 0.0, through: 32, by: 8) {
      for (x, anchor) in [(plot.right - 6, "end"), (plot.x + 6, "start")] {
        spots.append(ChartLabelSpot(lines: lines, x: x, baseline: py - 6 - block - lift, anchor: anchor))
        spots.append(ChartLabelSpot(lines: lines, x: x, baseline: py + size + 3 + lift, anchor: anchor))
      }
    }
    return spots
  }

  /// A vertical line's or band's label, beside the span `left...right`: in rows from the top of
  /// the plot down, right of the span, then left of it, wrapped to the room on that side; when
  /// neither side has room for 110 px or for the wrapped label, wrapped to the plot's width and
  /// centred on the span.
  static func beside(_ label: String, left: Double, right: Double, plot: ChartRect) -> [ChartLabelSpot] {
    let roomRight = plot.right - right - 10
    let roomLeft = left - plot.x - 10
    var sides: [(lines: [String], x: Double, anchor: String)] = []
    for (room, x, anchor) in [(roomRight, right + 6, "start"), (roomLeft, left - 6, "end")] where room >= 40 {
      let lines = ChartText.balancedWrap(label, fontSize: size, maxWidth: room)
      let width = lines.map { ChartText.width($0, fontSize: size) }.max() ?? 0
      if width <= room && (room >= 110 || lines.count == 1) { sides.append((lines, x, anchor)) }
    }
    if sides.isEmpty {
      let lines = ChartText.balancedWrap(label, fontSize: size, maxWidth: plot.width - 8)
      let width = lines.map { ChartText.width($0, fontSize: size) }.max() ?? 0
      let x = ChartSVG.clamp((left + right - width) / 2, plot.x + 4, plot.right - 4 - width)
      sides.append((lines, x, "start"))
    }
    var spots: [ChartLabelSpot] = []
    var baseline = plot.y + 15
    while baseline - size < plot.bottom {
      for side in sides {
        spots.append(ChartLabelSpot(lines: side.lines, x: side.x, baseline: baseline, anchor: side.anchor))
      }
      baseline += lineHeight
    }
    return spots
  }

  /// Free text about a point (a segment of the fitted hinge): just above or below the point,
  /// then further away (up to 40 px), then shifted sideways, then centred on the point; then
  /// the same on two lines, which fit narrower gaps; always pushed inside the plot.
  static func near(_ label: String, px: Double, py: Double, plot: ChartRect) -> [ChartLabelSpot] {
    let oneLine = ChartText.balancedWrap(label, fontSize: size, maxWidth: plot.width * 0.45)
    var wrappings = [oneLine]
    if oneLine.count == 1 {
      let twoLines = ChartText.balancedWrap(
        label, fontSize: size, maxWidth: ChartText.width(label, fontSize: size) * 0.6)
      if twoLines.count == 2 { wrappings.append(twoLines) }
    }
    var spots: [ChartLabelSpot] = []
    for lines in wrappings {
      let width = lines.map { ChartText.width($0, fontSize: size) }.max() ?? 0
      let block = Double(lines.count - 1) * lineHeight
      func spot(_ cx: Double, _ baseline: Double) -> ChartLabelSpot {
        ChartLabelSpot(
          lines: lines, x: ChartSVG.clamp(cx, plot.x + 4 + width / 2, plot.right - 4 - width / 2),
          baseline: ChartSVG.clamp(baseline, plot.y + size + 2, plot.bottom - 4 - block), anchor: "middle")
      }
      for shift in [0, -(width / 2 + 12), width / 2 + 12] {
        for lift in stride(from: 0.0, through: 40, by: 8) {
          spots.append(spot(px + shift, py - 8 - block - lift))
          spots.append(spot(px + shift, py + size + 6 + lift))
        }
      }
      spots.append(spot(px, py))
    }
    return spots
  }
}
