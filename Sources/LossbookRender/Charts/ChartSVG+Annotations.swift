/// Overlays: reference lines and bands behind the data, their labels on top.
///
/// Labels stay inside the panel: a horizontal line is labelled at one of its ends, above
/// or below it, wherever it covers the fewest data points (see `drawLineEndLabel`); vertical lines and bands are
/// labelled in rows from the top of the panel, beside the line on the side with room,
/// wrapped when neither side has room for one line; free text is centred on its point
/// and pushed inside. Every label has a white halo so it stays readable over data.
extension ChartSVG {
  /// The stroke of a reference line.
  static func lineAttributes(_ role: ChartLineRole) -> SVGAttributes {
    switch role {
    case .chance:
      [("class", "lb-chance"), ("stroke", ChartPalette.chance), ("stroke-width", "1.5"), ("stroke-dasharray", "6 4")]
    case .reference:
      [("class", "lb-reference"), ("stroke", ChartPalette.reference), ("stroke-width", "1.2"), ("stroke-dasharray", "2 3")]
    case .threshold:
      [("class", "lb-threshold"), ("stroke", ChartPalette.threshold), ("stroke-width", "2")]
    }
  }

  /// Bands, then lines, in the order given (bands first so lines stay visible).
  static func drawAnnotationShapes(_ svg: inout SVGBuilder, _ annotations: [ChartAnnotation], cell: ChartCell) {
    let n = SVGBuilder.number
    let plot = cell.plot
    for case .verticalBand(let from, let to, _) in annotations {
      let a = cell.x.pixel(from)
      let b = cell.x.pixel(to)
      svg.element(
        "rect",
        [
          ("class", "lb-threshold-band"), ("x", n(min(a, b))), ("y", n(plot.y)), ("width", n(abs(b - a))),
          ("height", n(plot.height)), ("fill", ChartPalette.threshold), ("fill-opacity", "0.13"), ("stroke", "none"),
        ])
    }
    for annotation in annotations {
      switch annotation {
      case .horizontalLine(let y, _, let role):
        let py = n(cell.y.pixel(y))
        svg.element(
          "path", [("d", "M\(n(plot.x)) \(py)H\(n(plot.right))"), ("fill", "none")] + lineAttributes(role))
      case .verticalLine(let x, _, let role):
        let px = n(cell.x.pixel(x))
        svg.element(
          "path", [("d", "M\(px) \(n(plot.y))V\(n(plot.bottom))"), ("fill", "none")] + lineAttributes(role))
      case .verticalBand, .text:
        break
      }
    }
  }

  /// The text attributes of an annotation label.
  static func noteAttributes(anchor: String) -> SVGAttributes {
    [
      ("class", "lb-note"), ("font-size", SVGBuilder.number(ChartLayout.noteSize)), ("fill", ChartPalette.text),
      ("text-anchor", anchor), ("stroke", ChartPalette.background), ("stroke-width", "3"),
      ("stroke-linejoin", "round"), ("paint-order", "stroke"),
    ]
  }

  /// A label's box in pixels, for collision counting.
  struct LabelBox {
    var left: Double
    var right: Double
    var top: Double
    var bottom: Double

    /// The number of `points` within `margin` px of the box.
    func count(_ points: [(Double, Double)], margin: Double = 4) -> Int {
      points.filter {
        $0.0 >= left - margin && $0.0 <= right + margin && $0.1 >= top - margin && $0.1 <= bottom + margin
      }.count
    }

    func isInside(_ rect: ChartRect) -> Bool {
      left >= rect.x && right <= rect.right && top >= rect.y && bottom <= rect.bottom
    }
  }

  /// Draws the labels of `annotations`; `obstacles` are the panel's data positions in
  /// pixels, which labels avoid where they have a choice.
  static func drawAnnotationLabels(
    _ svg: inout SVGBuilder, _ annotations: [ChartAnnotation], cell: ChartCell, obstacles: [(Double, Double)]
  ) {
    let plot = cell.plot
    let size = ChartLayout.noteSize
    let lineHeight = ChartLayout.noteLineHeight
    var rowBaseline = plot.y + 15  // the next free row for labels of vertical overlays
    for annotation in annotations {
      switch annotation {
      case .horizontalLine(let y, let label, _) where !label.isEmpty:
        let py = cell.y.pixel(y)
        guard py >= plot.y - 1 && py <= plot.bottom + 1 else { continue }
        drawLineEndLabel(&svg, label, py: py, plot: plot, obstacles: obstacles)
      case .verticalLine(let x, let label, _) where !label.isEmpty:
        let px = cell.x.pixel(x)
        guard px >= plot.x - 1 && px <= plot.right + 1 else { continue }
        rowBaseline = drawBesideLabel(
          &svg, label, left: px, right: px, plot: plot, baseline: rowBaseline, obstacles: obstacles)
      case .verticalBand(let from, let to, let label) where !label.isEmpty:
        let a = cell.x.pixel(from)
        let b = cell.x.pixel(to)
        let left = max(min(a, b), plot.x)
        let right = min(max(a, b), plot.right)
        guard left <= right else { continue }
        rowBaseline = drawBesideLabel(
          &svg, label, left: left, right: right, plot: plot, baseline: rowBaseline, obstacles: obstacles)
      case .text(let x, let y, let label) where !label.isEmpty:
        let lines = ChartText.balancedWrap(label, fontSize: size, maxWidth: plot.width * 0.45)
        let width = lines.map { ChartText.width($0, fontSize: size) }.max() ?? 0
        let block = Double(lines.count - 1) * lineHeight
        let cx = clamp(cell.x.pixel(x), plot.x + 4 + width / 2, plot.right - 4 - width / 2)
        let baseline = clamp(cell.y.pixel(y), plot.y + size + 2, plot.bottom - 4 - block)
        svg.text(lines, x: cx, y: baseline, lineHeight: lineHeight, noteAttributes(anchor: "middle"))
      default:
        break
      }
    }
  }

  /// A horizontal line's label: at the right or left end of the line, above it (lifted by
  /// up to 32 px to clear the data) or below it; of the places inside the plot, the one
  /// covering the fewest data points, preferring right, then close to the line, then above.
  private static func drawLineEndLabel(
    _ svg: inout SVGBuilder, _ label: String, py: Double, plot: ChartRect, obstacles: [(Double, Double)]
  ) {
    let size = ChartLayout.noteSize
    let lineHeight = ChartLayout.noteLineHeight
    let lines = ChartText.balancedWrap(label, fontSize: size, maxWidth: plot.width * 0.6)
    let width = lines.map { ChartText.width($0, fontSize: size) }.max() ?? 0
    let block = Double(lines.count - 1) * lineHeight
    typealias Place = (x: Double, anchor: String, baseline: Double)
    var candidates: [Place] = []
    for lift in stride(from: 0.0, through: 32, by: 8) {
      for (x, anchor) in [(plot.right - 6, "end"), (plot.x + 6, "start")] {
        candidates.append((x, anchor, py - 6 - block - lift))
        candidates.append((x, anchor, py + size + 3 + lift))
      }
    }
    func box(_ c: Place) -> LabelBox {
      let left = c.anchor == "end" ? c.x - width : c.x
      return LabelBox(left: left, right: left + width, top: c.baseline - size, bottom: c.baseline + block + 3)
    }
    var best: Place = py - 6 - block - size < plot.y ? candidates[1] : candidates[0]
    var bestCount = Int.max
    for candidate in candidates where box(candidate).isInside(plot) {
      let count = box(candidate).count(obstacles)
      if count < bestCount { (best, bestCount) = (candidate, count) }
    }
    svg.text(lines, x: best.x, y: best.baseline, lineHeight: lineHeight, noteAttributes(anchor: best.anchor))
  }

  /// Writes a label beside the span `left...right` at `baseline`: on the side with room
  /// (the one covering fewer data points when both have room, right on a tie), else
  /// wrapped and centred within the plot. Returns the next row's baseline.
  private static func drawBesideLabel(
    _ svg: inout SVGBuilder, _ label: String, left: Double, right: Double, plot: ChartRect, baseline: Double,
    obstacles: [(Double, Double)]
  ) -> Double {
    let size = ChartLayout.noteSize
    let lineHeight = ChartLayout.noteLineHeight
    let roomRight = plot.right - right - 10
    let roomLeft = left - plot.x - 10
    let room = max(roomRight, roomLeft)
    let lines = ChartText.balancedWrap(label, fontSize: size, maxWidth: room >= 110 ? room : plot.width - 8)
    let width = lines.map { ChartText.width($0, fontSize: size) }.max() ?? 0
    let top = baseline - size
    let bottom = baseline + Double(lines.count - 1) * lineHeight + 3
    let rightBox = LabelBox(left: right + 6, right: right + 6 + width, top: top, bottom: bottom)
    let leftBox = LabelBox(left: left - 6 - width, right: left - 6, top: top, bottom: bottom)
    let x: Double
    let anchor: String
    switch (width <= roomRight, width <= roomLeft) {
    case (true, true) where leftBox.count(obstacles) < rightBox.count(obstacles), (false, true):
      (x, anchor) = (left - 6, "end")
    case (true, _):
      (x, anchor) = (right + 6, "start")
    case (false, false):
      (x, anchor) = (clamp((left + right - width) / 2, plot.x + 4, plot.right - 4 - width), "start")
    }
    svg.text(lines, x: x, y: baseline, lineHeight: lineHeight, noteAttributes(anchor: anchor))
    return baseline + Double(lines.count) * lineHeight + 3
  }

  /// `value` limited to `low...high` (to `low` when the range is empty).
  static func clamp(_ value: Double, _ low: Double, _ high: Double) -> Double {
    high < low ? low : min(max(value, low), high)
  }
}
