/// Overlays: reference lines and bands behind the data, their labels on top.
///
/// Labels stay inside the panel and never overlap one another (`ChartLabelPlacer`): a
/// horizontal line is labelled at one of its ends, above or below it; vertical lines and bands
/// beside the line, in the highest row where the label covers the fewest data points; free
/// text near its point (`ChartLabelSpots`). Every label has a white halo so it stays readable
/// where it must cross data.
extension ChartSVG {
  /// The stroke of a reference line.
  static func lineAttributes(_ role: ChartLineRole) -> SVGAttributes {
    switch role {
    case .chance:
      [("class", "lb-chance"), ("stroke", ChartPalette.chance), ("stroke-width", "1.5"), ("stroke-dasharray", "6 4")]
    case .reference:
      [
        ("class", "lb-reference"), ("stroke", ChartPalette.reference), ("stroke-width", "1.2"),
        ("stroke-dasharray", "2 3"),
      ]
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
          ("height", n(plot.height)), ("fill", ChartPalette.threshold),
          ("fill-opacity", ChartPalette.thresholdBandOpacity), ("stroke", "none"),
        ])
      // Dotted edges: the band stays visible where its fill is faint (a phone, a projector).
      for edge in [a, b] {
        svg.element(
          "path",
          [
            ("class", "lb-threshold-band-edge"), ("d", "M\(n(edge)) \(n(plot.y))V\(n(plot.bottom))"), ("fill", "none"),
            ("stroke", ChartPalette.threshold), ("stroke-opacity", ChartPalette.thresholdEdgeOpacity),
            ("stroke-width", "1"), ("stroke-dasharray", "2 2"),
          ])
      }
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
      ("class", CSSClass.note), ("font-size", SVGBuilder.number(ChartLayout.noteSize)), ("fill", ChartPalette.text),
      ("text-anchor", anchor), ("stroke", ChartPalette.background), ("stroke-width", "3"),
      ("stroke-linejoin", "round"), ("paint-order", "stroke"),
    ]
  }

  /// Draws the labels of `annotations` where `ChartLabelPlacer` finds room: vertical lines
  /// first (the threshold and its number), then horizontal lines (guessing), bands, and free
  /// text last; each avoids the data (`obstacles`, in pixels), the other overlays' lines and
  /// the labels placed before it, and is left out when no spot is free (free text also when
  /// every spot would cross another overlay's line).
  static func drawAnnotationLabels(
    _ svg: inout SVGBuilder, _ annotations: [ChartAnnotation], cell: ChartCell, obstacles: [(Double, Double)]
  ) {
    let plot = cell.plot
    var placer = ChartLabelPlacer(plot: plot, obstacles: obstacles)
    let lines = annotations.map { lineSamples($0, cell: cell) }
    let order = annotations.indices.sorted { (labelRank(annotations[$0]), $0) < (labelRank(annotations[$1]), $1) }
    for index in order {
      let spots = labelSpots(annotations[index], cell: cell)
      guard !spots.isEmpty else { continue }
      let others = lines.indices.filter { $0 != index }.flatMap { lines[$0] }
      // Free text (a segment's slope) is the least needed: left out rather than cut by a line.
      let strictly: Bool
      if case .text = annotations[index] { strictly = true } else { strictly = false }
      guard let spot = placer.place(spots, avoiding: others, strictly: strictly) else { continue }
      svg.text(
        spot.lines, x: spot.x, y: spot.baseline, lineHeight: ChartLayout.noteLineHeight,
        noteAttributes(anchor: spot.anchor))
    }
  }

  /// The order in which labels claim their places: vertical lines, horizontal lines, bands, text.
  static func labelRank(_ annotation: ChartAnnotation) -> Int {
    switch annotation {
    case .verticalLine: 0
    case .horizontalLine: 1
    case .verticalBand: 2
    case .text: 3
    }
  }

  /// Where an annotation's label may go; none when it has no label or lies outside the plot.
  static func labelSpots(_ annotation: ChartAnnotation, cell: ChartCell) -> [ChartLabelSpot] {
    let plot = cell.plot
    switch annotation {
    case .horizontalLine(let y, let label, _) where !label.isEmpty:
      let py = cell.y.pixel(y)
      guard py >= plot.y - 1 && py <= plot.bottom + 1 else { return [] }
      return ChartLabelSpots.lineEnd(label, py: py, plot: plot)
    case .verticalLine(let x, let label, _) where !label.isEmpty:
      let px = cell.x.pixel(x)
      guard px >= plot.x - 1 && px <= plot.right + 1 else { return [] }
      return ChartLabelSpots.beside(label, left: px, right: px, plot: plot)
    case .verticalBand(let from, let to, let label) where !label.isEmpty:
      let a = cell.x.pixel(from)
      let b = cell.x.pixel(to)
      let left = max(min(a, b), plot.x)
      let right = min(max(a, b), plot.right)
      guard left <= right else { return [] }
      return ChartLabelSpots.beside(label, left: left, right: right, plot: plot)
    case .text(let x, let y, let label) where !label.isEmpty:
      return ChartLabelSpots.near(label, px: cell.x.pixel(x), py: cell.y.pixel(y), plot: plot)
    default:
      return []
    }
  }

  /// Points along an overlay's line inside the plot (none for bands and text), which the
  /// other overlays' labels avoid.
  static func lineSamples(_ annotation: ChartAnnotation, cell: ChartCell) -> [(Double, Double)] {
    let plot = cell.plot
    switch annotation {
    case .horizontalLine(let y, _, _):
      return ChartLabelPlacer.samples([(plot.x, cell.y.pixel(y)), (plot.right, cell.y.pixel(y))])
    case .verticalLine(let x, _, _):
      return ChartLabelPlacer.samples([(cell.x.pixel(x), plot.y), (cell.x.pixel(x), plot.bottom)])
    case .verticalBand, .text:
      return []
    }
  }

  /// `value` limited to `low...high` (to `low` when the range is empty).
  static func clamp(_ value: Double, _ low: Double, _ high: Double) -> Double {
    high < low ? low : min(max(value, low), high)
  }
}
