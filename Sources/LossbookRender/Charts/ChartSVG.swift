import LossbookCore
import LossbookWords

/// Writes a `ChartSpec` as one SVG document (also valid inline in HTML).
///
/// The output is deterministic (fixed element order, coordinates through
/// `LossbookNumberFormat.coordinate`), scales with the page (viewBox, `width="100%"`),
/// is named for assistive technology (`role="img"`, `<title>` and `<desc>` referenced by
/// `aria-labelledby`) and escapes every caller string.
///
/// Series are named by direct labels at their line ends when the chart is a single panel
/// of at most 6 named series that all have a line; otherwise (facets, more than 6 series,
/// or any points-only series) by a legend above the plots, one entry per distinct name. In
/// facets a series goes by its kind when it has one, and the legend also names each kind of
/// overlay drawn (`ChartSpec.overlayKeys`), since the panels repeat them.
public enum ChartSVG {
  /// Renders `spec`; points that cannot be placed are skipped and counted.
  public static func render(_ spec: ChartSpec) -> RenderedChart {
    let data = ChartData(spec: spec)
    let id = ChartIdentifier.sanitized(spec.id)
    guard data.pointCount > 0 || data.hasBars,
      let xDomain = ChartDomain.resolve(explicit: spec.x.domain, values: data.xValues, scale: spec.x.scale),
      let yDomain = ChartDomain.resolve(
        explicit: spec.y.domain, values: data.yValues, scale: spec.y.scale, floor: data.hasBars ? 0 : nil)
    else {
      return RenderedChart(svg: noDataSVG(spec, id: id), skippedPoints: data.skippedPoints)
    }
    // Free y: each panel its own range (a panel with nothing to show keeps the shared one).
    var yDomains = [yDomain]
    if spec.freeY && data.panels.count > 1 {
      yDomains = data.panels.indices.map { i in
        ChartDomain.resolve(
          explicit: spec.y.domain, values: data.yValues(panel: i), scale: spec.y.scale, floor: data.hasBars ? 0 : nil)
          ?? yDomain
      }
    }
    let context = ChartContext(
      spec: spec, id: id, data: data,
      layout: ChartLayout(spec: spec, data: data, xDomain: xDomain, yDomains: yDomains))
    let layout = context.layout

    var svg = SVGBuilder()
    openRoot(&svg, spec: spec, id: id, width: layout.width, height: layout.height)
    drawTitle(&svg, lines: layout.titleLines, baseline: layout.titleBaseline)
    drawDefinitions(&svg, context)
    drawLegend(&svg, context)
    for index in layout.cells.indices {
      drawPanel(&svg, context, index: index)
    }
    if layout.directLabels { drawDirectLabels(&svg, context) }
    drawAxisTitles(&svg, context)
    svg.close("svg")
    let frames = layout.cells.map { cell in ChartFrame(x: frameAxis(cell.x), y: frameAxis(cell.y)) }
    return RenderedChart(svg: svg.output, skippedPoints: data.skippedPoints, frames: frames)
  }

  static func frameAxis(_ m: ChartAxisMap) -> ChartFrame.Axis {
    ChartFrame.Axis(
      lower: m.domain.lowerBound, upper: m.domain.upperBound, log: m.scale == .log10, reversed: m.reversed,
      start: m.start, end: m.end)
  }

  /// The font stack: system fonts only (the report is offline). Japanese faces lead for `ja`.
  static func fontFamily(_ language: ReportLanguage) -> String {
    switch language {
    case .en, .pseudo:
      "system-ui, -apple-system, \"Segoe UI\", \"Noto Sans\", \"Hiragino Sans\", \"Noto Sans CJK JP\", sans-serif"
    case .ja:
      "\"Hiragino Sans\", \"Hiragino Kaku Gothic ProN\", \"Noto Sans JP\", \"Noto Sans CJK JP\", \"Yu Gothic UI\", \"Yu Gothic\", Meiryo, system-ui, sans-serif"
    }
  }

  static func openRoot(_ svg: inout SVGBuilder, spec: ChartSpec, id: String, width: Double, height: Double) {
    let w = SVGBuilder.number(width)
    svg.open(
      "svg",
      [
        ("xmlns", "http://www.w3.org/2000/svg"),
        ("viewBox", "0 0 \(w) \(SVGBuilder.number(height))"),
        ("width", "100%"),
        ("style", "max-width:\(w)px;height:auto"),
        ("role", "img"),
        ("aria-labelledby", "\(id)-title \(id)-desc"),
        ("class", "lb-chart"),
        ("lang", spec.language.rawValue),
        ("font-family", fontFamily(spec.language)),
        ("font-size", "12"),
      ])
    svg.element("title", [("id", "\(id)-title")], text: spec.title)
    svg.element("desc", [("id", "\(id)-desc")], text: spec.description)
  }

  static func drawTitle(_ svg: inout SVGBuilder, lines: [String], baseline: Double) {
    guard !lines.isEmpty else { return }
    svg.text(
      lines, x: ChartLayout.pad, y: baseline, lineHeight: ChartLayout.titleLineHeight,
      [
        ("class", "lb-chart-title"), ("font-size", SVGBuilder.number(ChartLayout.titleSize)),
        ("font-weight", "bold"), ("fill", ChartPalette.text),
      ])
  }

  /// Clip paths (one per panel, 4 px outside the plot so edge markers stay whole) and markers.
  static func drawDefinitions(_ svg: inout SVGBuilder, _ context: ChartContext) {
    svg.open("defs")
    for (index, cell) in context.layout.cells.enumerated() {
      svg.open("clipPath", [("id", "\(context.id)-clip-\(index)")])
      svg.element(
        "rect",
        [
          ("x", SVGBuilder.number(cell.plot.x - 4)), ("y", SVGBuilder.number(cell.plot.y - 4)),
          ("width", SVGBuilder.number(cell.plot.width + 8)), ("height", SVGBuilder.number(cell.plot.height + 8)),
        ])
      svg.close("clipPath")
    }
    for style in context.usedStyles {
      drawMarkerDefinition(&svg, id: context.markerID(style), style: ChartPalette.style(style))
    }
    svg.close("defs")
  }

  /// A chart without drawable data: the title and a framed "no data" / 「データなし」.
  static func noDataSVG(_ spec: ChartSpec, id: String) -> String {
    let pad = ChartLayout.pad
    let width = max(spec.width, 320)
    let lines =
      spec.title.isEmpty
      ? [] : ChartText.wrap(spec.title, fontSize: ChartLayout.titleSize, maxWidth: width - 2 * pad, bold: true)
    let top = lines.isEmpty ? pad : pad + Double(lines.count) * ChartLayout.titleLineHeight + 8
    let box = ChartRect(x: pad, y: top, width: width - 2 * pad, height: 160)
    var svg = SVGBuilder()
    openRoot(&svg, spec: spec, id: id, width: width, height: box.bottom + pad)
    drawTitle(&svg, lines: lines, baseline: pad + ChartLayout.titleSize)
    svg.element(
      "rect",
      [
        ("class", "lb-frame"), ("x", SVGBuilder.number(box.x)), ("y", SVGBuilder.number(box.y)),
        ("width", SVGBuilder.number(box.width)), ("height", SVGBuilder.number(box.height)),
        ("fill", "none"), ("stroke", ChartPalette.muted),
      ])
    svg.element(
      "text",
      [
        ("class", "lb-no-data"), ("x", SVGBuilder.number(box.x + box.width / 2)),
        ("y", SVGBuilder.number(box.y + box.height / 2 + 5)), ("text-anchor", "middle"), ("font-size", "14"),
        ("fill", ChartPalette.text),
      ], text: Words(spec.language)[.noData])
    svg.close("svg")
    return svg.output
  }
}

/// Everything a drawing function needs.
struct ChartContext {
  var spec: ChartSpec
  var id: String
  var data: ChartData
  var layout: ChartLayout

  /// The palette indices in use, in order of first appearance.
  var usedStyles: [Int] {
    var styles: [Int] = []
    for panel in data.panels {
      for series in panel.series where !styles.contains(series.style) { styles.append(series.style) }
    }
    return styles
  }

  /// The id of the marker definition of palette index `style`.
  func markerID(_ style: Int) -> String { "\(id)-m\(style)" }
}
