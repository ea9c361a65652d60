/// Gridlines, axis lines, ticks and their labels, and the axis titles.
extension ChartSVG {
  static func drawGrid(_ svg: inout SVGBuilder, _ context: ChartContext, cell: ChartCell) {
    let plot = cell.plot
    var d = ""
    for value in context.layout.xTicks.values {
      d += "M\(SVGBuilder.number(cell.x.pixel(value))) \(SVGBuilder.number(plot.y))V\(SVGBuilder.number(plot.bottom))"
    }
    for value in cell.yTicks.values {
      d += "M\(SVGBuilder.number(plot.x)) \(SVGBuilder.number(cell.y.pixel(value)))H\(SVGBuilder.number(plot.right))"
    }
    guard !d.isEmpty else { return }
    svg.element("path", [("class", "lb-grid"), ("d", d), ("fill", "none"), ("stroke", ChartPalette.grid)])
  }

  static func drawAxes(_ svg: inout SVGBuilder, _ context: ChartContext, cell: ChartCell) {
    let plot = cell.plot
    let n = SVGBuilder.number
    svg.element(
      "path",
      [
        ("class", "lb-axis"), ("d", "M\(n(plot.x)) \(n(plot.y))V\(n(plot.bottom))H\(n(plot.right))"),
        ("fill", "none"), ("stroke", ChartPalette.axis),
      ])
    let xTicks = context.layout.xTicks
    let yTicks = cell.yTicks
    var d = ""
    for value in xTicks.values { d += "M\(n(cell.x.pixel(value))) \(n(plot.bottom))v5" }
    for value in yTicks.values { d += "M\(n(plot.x)) \(n(cell.y.pixel(value)))h-5" }
    if !d.isEmpty {
      svg.element("path", [("class", "lb-axis"), ("d", d), ("fill", "none"), ("stroke", ChartPalette.axis)])
    }

    let tickAttributes: SVGAttributes = [
      ("class", "lb-tick-labels"), ("font-size", n(ChartLayout.tickSize)), ("fill", ChartPalette.text),
    ]
    svg.open("g", tickAttributes + [("text-anchor", "middle")])
    for (value, label) in zip(xTicks.values, xTicks.labels) {
      svg.element("text", [("x", n(cell.x.pixel(value))), ("y", n(plot.bottom + 18))], text: label)
    }
    svg.close("g")
    if cell.showYTickLabels {
      svg.open("g", tickAttributes + [("text-anchor", "end")])
      for (value, label) in zip(yTicks.values, yTicks.labels) {
        svg.element("text", [("x", n(plot.x - 8)), ("y", n(cell.y.pixel(value) + 4))], text: label)
      }
      svg.close("g")
    }
  }

  /// The axis titles, written once for all panels.
  static func drawAxisTitles(_ svg: inout SVGBuilder, _ context: ChartContext) {
    let layout = context.layout
    let n = SVGBuilder.number
    let attributes: SVGAttributes = [
      ("class", "lb-axis-title"), ("font-size", n(ChartLayout.axisLabelSize)), ("fill", ChartPalette.text),
      ("text-anchor", "middle"),
    ]
    if !layout.xLabelLines.isEmpty {
      svg.text(layout.xLabelLines, x: layout.xLabelX, y: layout.xLabelY, lineHeight: 16, attributes)
    }
    if !layout.yLabelLines.isEmpty {
      // Rotated a quarter turn anticlockwise about its anchor; a second line goes right, towards the plot.
      svg.text(
        layout.yLabelLines, x: layout.yLabelX, y: layout.yLabelY, lineHeight: 16,
        attributes + [("transform", "rotate(-90 \(n(layout.yLabelX)) \(n(layout.yLabelY)))")])
    }
  }
}
