import LossbookWords

/// One panel: frame, grid, bars, overlays and data, in a fixed order.
extension ChartSVG {
  static func drawPanel(_ svg: inout SVGBuilder, _ context: ChartContext, index: Int) {
    let cell = context.layout.cells[index]
    let panel = context.data.panels[index]
    svg.open("g", [("class", "lb-panel"), ("id", "\(context.id)-panel-\(index)")])
    if !cell.titleLines.isEmpty {
      svg.text(
        cell.titleLines, x: cell.plot.x, y: cell.titleBaseline, lineHeight: 16,
        [
          ("class", "lb-panel-title"), ("font-size", SVGBuilder.number(ChartLayout.panelTitleSize)),
          ("font-weight", "bold"), ("fill", ChartPalette.text),
        ])
    }
    drawGrid(&svg, context, cell: cell)
    drawAxes(&svg, context, cell: cell)

    svg.open("g", [("clip-path", "url(#\(context.id)-clip-\(index))")])
    // Bars behind the threshold band and lines, so that those stay visible over them.
    drawBars(&svg, panel: panel, cell: cell)
    drawAnnotationShapes(&svg, panel.annotations, cell: cell)
    drawSeries(&svg, context, panel: panel, cell: cell)
    svg.close("g")

    // What labels avoid: every marker, points along every line, the bars.
    let obstacles =
      panel.series.flatMap { series in
        let pixels = series.points.map { (cell.x.pixel($0.x), cell.y.pixel($0.y)) }
        return series.mark.hasLine ? ChartLabelPlacer.samples(pixels) : pixels
      }
      + barObstacles(panel.bars, cell: cell)
    drawAnnotationLabels(&svg, panel.annotations, cell: cell, obstacles: obstacles)
    if !panel.hasPoints {
      svg.element(
        "text",
        [
          ("class", "lb-no-data"), ("x", SVGBuilder.number(cell.plot.x + cell.plot.width / 2)),
          ("y", SVGBuilder.number(cell.plot.y + cell.plot.height / 2 + 5)), ("text-anchor", "middle"),
          ("font-size", "14"), ("fill", ChartPalette.text),
        ], text: Words(context.spec.language)[.noData])
    }
    svg.close("g")
  }
}
