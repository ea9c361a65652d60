/// Naming the series: a legend above the plots, or direct labels at the line ends.
extension ChartSVG {
  /// A swatch: a short line in the series' stroke and dash (if it has a line) with its
  /// marker in the middle (if it has points), from `x` to `x + swatchWidth` at height `y`.
  static func drawSwatch(_ svg: inout SVGBuilder, _ context: ChartContext, key: ChartSeriesKey, x: Double, y: Double) {
    let style = ChartPalette.style(key.style)
    let points = SVGBuilder.points([(x, y), (x + ChartLayout.swatchWidth / 2, y), (x + ChartLayout.swatchWidth, y)])
    var attributes: SVGAttributes = [("class", "lb-swatch"), ("points", points), ("fill", "none")]
    if key.hasLine {
      if let outline = style.outline {
        svg.element(
          "polyline",
          [
            ("class", "lb-line-casing"), ("points", points), ("fill", "none"), ("stroke", outline),
            ("stroke-width", "3.6"),
          ]
            + (style.dash.map { [("stroke-dasharray", $0)] } ?? []))
        attributes[0].1 = "lb-swatch lb-cased"
      }
      attributes += [("stroke", style.colour), ("stroke-width", "2")]
      if let dash = style.dash { attributes.append(("stroke-dasharray", dash)) }
    } else {
      attributes.append(("stroke", "none"))
    }
    if key.hasPoints { attributes.append(("marker-mid", "url(#\(context.markerID(key.style)))")) }
    svg.element("polyline", attributes)
  }

  /// An overlay's swatch, drawn like the overlay: a short dashed chance line, a vertical
  /// threshold or reference line, or a patch of the threshold band.
  static func drawOverlaySwatch(_ svg: inout SVGBuilder, mark: ChartOverlayKey.Mark, x: Double, y: Double) {
    let n = SVGBuilder.number
    let middle = x + ChartLayout.swatchWidth / 2
    /// The overlay's stroke, classed as a swatch (not as the overlay itself).
    func stroke(_ role: ChartLineRole) -> SVGAttributes {
      [("class", "lb-swatch")] + lineAttributes(role).filter { $0.0 != "class" }
    }
    switch mark {
    case .line(.chance):
      let d = "M\(n(x)) \(n(y))H\(n(x + ChartLayout.swatchWidth))"
      svg.element("path", [("d", d), ("fill", "none")] + stroke(.chance))
    case .line(let role):
      svg.element("path", [("d", "M\(n(middle)) \(n(y - 7))V\(n(y + 7))"), ("fill", "none")] + stroke(role))
    case .band:
      svg.element(
        "rect",
        [
          ("class", "lb-swatch"), ("x", n(middle - 7)), ("y", n(y - 7)), ("width", "14"), ("height", "14"),
          ("fill", ChartPalette.threshold), ("fill-opacity", ChartPalette.thresholdBandOpacity),
          ("stroke", ChartPalette.threshold), ("stroke-opacity", ChartPalette.thresholdEdgeOpacity),
          ("stroke-dasharray", "2 2"),
        ])
    }
  }

  /// The legend: one entry per distinct series name (per kind in facets), then one per kind
  /// of overlay in facets, flowing in rows above the plots.
  static func drawLegend(_ svg: inout SVGBuilder, _ context: ChartContext) {
    let items = context.layout.legend
    guard !items.isEmpty else { return }
    svg.open(
      "g",
      [("class", "lb-legend"), ("font-size", SVGBuilder.number(ChartLayout.keySize)), ("fill", ChartPalette.text)])
    for item in items {
      svg.open("g", [("class", "lb-legend-entry")])
      switch item.swatch {
      case .series(let key): drawSwatch(&svg, context, key: key, x: item.x, y: item.y)
      case .overlay(let mark): drawOverlaySwatch(&svg, mark: mark, x: item.x, y: item.y)
      }
      svg.text(
        item.lines, x: item.x + ChartLayout.swatchWidth + 6, y: item.y + 4.5, lineHeight: ChartLayout.keyLineHeight)
      svg.close("g")
    }
    svg.close("g")
  }

  /// Direct labels right of the plot, each at the height where its line ends (the
  /// right-most visible point), pushed apart to at least 17 px; a label moved off its
  /// line's height gets a thin grey leader from the line end when that end is within
  /// 40 px of the plot's right edge (so leaders never run across the data).
  static func drawDirectLabels(_ svg: inout SVGBuilder, _ context: ChartContext) {
    guard let cell = context.layout.cells.first, let panel = context.data.panels.first else { return }
    let plot = cell.plot
    // The anchor of each name: the right-most visible point of its first series with points.
    var anchors: [(key: ChartSeriesKey, x: Double, y: Double)] = []
    for key in context.data.keys {
      guard let series = panel.series.first(where: { $0.name == key.name && !$0.points.isEmpty }) else { continue }
      let all = series.points.map { (cell.x.pixel($0.x), cell.y.pixel($0.y)) }
      let visible = all.filter { $0.0 >= plot.x - 1 && $0.0 <= plot.right + 1 }
      let pixels = visible.isEmpty ? all : visible
      var end = pixels[0]
      for p in pixels where p.0 >= end.0 { end = p }
      anchors.append((key, end.0, end.1))
    }
    let targets = anchors.map { clamp($0.y, plot.y + 6, plot.bottom - 2) }
    let placed = spread(targets, gap: 17, low: plot.y + 6, high: plot.bottom - 2)

    let swatchX = plot.right + 8
    svg.open(
      "g",
      [
        ("class", "lb-direct-labels"), ("font-size", SVGBuilder.number(ChartLayout.keySize)),
        ("fill", ChartPalette.text),
      ])
    for (anchor, y) in zip(anchors, placed) {
      svg.open("g", [("class", "lb-direct-label")])
      if abs(y - anchor.y) > 2 && plot.right - anchor.x < 40 {
        svg.element(
          "polyline",
          [
            ("class", "lb-leader"),
            ("points", SVGBuilder.points([(anchor.x + 6, anchor.y), (plot.right + 2, anchor.y), (swatchX - 1, y)])),
            ("fill", "none"), ("stroke", ChartPalette.muted), ("stroke-width", "0.8"),
          ])
      }
      drawSwatch(&svg, context, key: anchor.key, x: swatchX, y: y)
      let label = ChartText.truncate(anchor.key.name, fontSize: ChartLayout.keySize, maxWidth: ChartLayout.maxKeyWidth)
      svg.element(
        "text", [("x", SVGBuilder.number(swatchX + ChartLayout.swatchWidth + 6)), ("y", SVGBuilder.number(y + 4.5))],
        text: label)
      svg.close("g")
    }
    svg.close("g")
  }

  /// Positions as close to `targets` as possible, at least `gap` apart, within `low...high`
  /// when they fit; the input order is kept in the output.
  static func spread(_ targets: [Double], gap: Double, low: Double, high: Double) -> [Double] {
    let order = targets.indices.sorted { targets[$0] < targets[$1] || (targets[$0] == targets[$1] && $0 < $1) }
    var positions = order.map { targets[$0] }
    for i in positions.indices.dropFirst() { positions[i] = max(positions[i], positions[i - 1] + gap) }
    if let last = positions.indices.last, positions[last] > high {
      positions[last] = high
      for i in positions.indices.reversed().dropFirst() { positions[i] = min(positions[i], positions[i + 1] - gap) }
    }
    if let first = positions.first, first < low {
      positions[0] = low
      for i in positions.indices.dropFirst() { positions[i] = max(positions[i], positions[i - 1] + gap) }
    }
    var result = targets
    for (slot, index) in order.enumerated() { result[index] = positions[slot] }
    return result
  }
}
