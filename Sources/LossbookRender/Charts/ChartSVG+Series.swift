/// Data: confidence bands, lines and markers.
extension ChartSVG {
  /// Bands first (behind every line), then each series' line, then its markers.
  static func drawSeries(_ svg: inout SVGBuilder, _ context: ChartContext, panel: ChartDrawnPanel, cell: ChartCell) {
    for series in panel.series where series.band.count >= 2 {
      let upper = series.band.map { (cell.x.pixel($0.x), cell.y.pixel($0.upper)) }
      let lower = series.band.reversed().map { (cell.x.pixel($0.x), cell.y.pixel($0.lower)) }
      svg.element(
        "polygon",
        [
          ("class", "lb-band"), ("points", SVGBuilder.points(upper + lower)),
          ("fill", ChartPalette.style(series.style).colour), ("fill-opacity", ChartPalette.bandOpacity),
          ("stroke", ChartPalette.style(series.style).colour), ("stroke-opacity", ChartPalette.bandEdgeOpacity),
          ("stroke-width", "0.8"),
        ])
    }
    for series in panel.series where !series.points.isEmpty {
      let style = ChartPalette.style(series.style)
      let pixels = series.points.map { (cell.x.pixel($0.x), cell.y.pixel($0.y)) }
      svg.open("g", [("class", "lb-series"), ("data-series", series.name)])
      if series.mark.hasLine && pixels.count >= 2 {
        let dash: SVGAttributes = style.dash.map { [("stroke-dasharray", $0)] } ?? []
        if let outline = style.outline {
          svg.element(
            "polyline",
            [
              ("class", "lb-line-casing"), ("points", SVGBuilder.points(pixels)), ("fill", "none"),
              ("stroke", outline), ("stroke-width", "3.6"), ("stroke-linejoin", "round"),
            ] + dash)
        }
        svg.element(
          "polyline",
          [
            ("class", style.outline == nil ? "lb-line" : "lb-line lb-cased"), ("points", SVGBuilder.points(pixels)),
            ("fill", "none"), ("stroke", style.colour), ("stroke-width", "2"), ("stroke-linejoin", "round"),
          ] + dash)
      }
      if series.mark.hasPoints {
        // One polyline with no stroke whose every vertex carries the marker: compact.
        let vertices = pixels.count == 1 ? pixels + pixels : pixels
        let marker = "url(#\(context.markerID(series.style)))"
        svg.element(
          "polyline",
          [
            ("class", "lb-points"), ("points", SVGBuilder.points(vertices)), ("fill", "none"), ("stroke", "none"),
            ("marker-start", marker), ("marker-mid", marker), ("marker-end", marker),
          ])
      }
      svg.close("g")
    }
  }

  /// A `<marker>` drawing the series' shape centred on each vertex, in user units.
  static func drawMarkerDefinition(_ svg: inout SVGBuilder, id: String, style: ChartSeriesStyle) {
    svg.open(
      "marker",
      [
        ("id", id), ("class", "lb-marker"), ("viewBox", "-6 -6 12 12"), ("markerWidth", "12"),
        ("markerHeight", "12"), ("markerUnits", "userSpaceOnUse"), ("refX", "0"), ("refY", "0"),
        ("orient", "0"), ("overflow", "visible"),
      ])
    for (name, attributes) in markerShape(style) { svg.element(name, attributes) }
    svg.close("marker")
  }

  /// The elements of one marker glyph, centred on (0, 0), about 8 px across.
  static func markerShape(_ style: ChartSeriesStyle) -> [(String, SVGAttributes)] {
    let colour = style.colour
    let outline: SVGAttributes = style.outline.map { [("stroke", $0), ("stroke-width", "1")] } ?? [("stroke", "none")]
    let filled: SVGAttributes = [("class", "lb-mark"), ("fill", colour)] + outline
    func stroked(_ d: String, width: String) -> [(String, SVGAttributes)] {
      var parts: [(String, SVGAttributes)] = []
      if let dark = style.outline {
        parts.append(("path", [("d", d), ("fill", "none"), ("stroke", dark), ("stroke-width", "3.4")]))
      }
      parts.append(
        ("path", [("class", "lb-mark"), ("d", d), ("fill", "none"), ("stroke", colour), ("stroke-width", width)]))
      return parts
    }
    switch style.shape {
    case .circle: return [("circle", [("r", "3.8")] + filled)]
    case .square: return [("rect", [("x", "-3.4"), ("y", "-3.4"), ("width", "6.8"), ("height", "6.8")] + filled)]
    case .triangle: return [("path", [("d", "M0-4.6L4.2 3H-4.2Z")] + filled)]
    case .diamond: return [("path", [("d", "M0-4.8L4.8 0 0 4.8-4.8 0Z")] + filled)]
    case .triangleDown: return [("path", [("d", "M0 4.6L4.2-3H-4.2Z")] + filled)]
    case .cross: return stroked("M-3.5-3.5L3.5 3.5M3.5-3.5L-3.5 3.5", width: "2")
    case .plus: return stroked("M-4.4 0H4.4M0-4.4V4.4", width: "2")
    case .ring:
      var parts: [(String, SVGAttributes)] = []
      if let dark = style.outline {
        parts.append(("circle", [("r", "3.4"), ("fill", "none"), ("stroke", dark), ("stroke-width", "3.2")]))
      }
      parts.append(
        (
          "circle",
          [("class", "lb-mark"), ("r", "3.4"), ("fill", "#ffffff"), ("stroke", colour), ("stroke-width", "1.8")]
        ))
      return parts
    }
  }
}
