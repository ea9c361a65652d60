import LossbookEngine
import LossbookRender
import LossbookStats
import LossbookWords

/// The `sweep` block's figure and table.
enum SweepHTML {
  /// Power against the first varied value, one line per combination of the others, each with
  /// its Wilson band; a line at alpha when a cell has slope 0.
  static func chart(_ result: SweepResult, summaries: [SweepCellSummary], context: RenderContext) -> ChartSpec {
    let words = SweepWords(context.language)
    let design = result.design
    let xField = design.grid.first?.field
    var groups: [(key: String, points: [SweepCellSummary])] = []
    for s in summaries {
      let others = s.cell.values.filter { $0.field != xField }
      let key = words.legend(others)
      if let i = groups.firstIndex(where: { $0.key == key }) {
        groups[i].points.append(s)
      } else {
        groups.append((key, [s]))
      }
    }
    var series: [ChartSeries] = []
    for (i, g) in groups.enumerated() {
      let sorted = g.points.sorted { ($0.cell.value(xField ?? .items) ?? 0) < ($1.cell.value(xField ?? .items) ?? 0) }
      var points: [ChartPoint] = []
      var band: [ChartBandPoint] = []
      for s in sorted {
        var x = 1.0
        if let xField, let v = s.cell.value(xField) { x = v }
        points.append(ChartPoint(x: x, y: s.power.estimate))
        if let ci = s.power.interval { band.append(ChartBandPoint(x: x, lower: ci.lower, upper: ci.upper)) }
      }
      series.append(
        ChartSeries(name: g.key, points: points, mark: .pointsAndLine, style: i, band: band.count >= 2 ? band : nil))
    }
    var annotations: [ChartAnnotation] = []
    if summaries.contains(where: { $0.isNull }) {
      annotations.append(.horizontalLine(y: design.analysis.alpha, label: words.alphaLine, role: .reference))
    }
    let xs = design.grid.first?.values ?? [1]
    let logX = (xField == .items || xField == .checkpoints) && (xs.max() ?? 1) / max(xs.min() ?? 1, 1) >= 8
    return ChartSpec(
      id: context.blockID, title: result.title ?? words.title(design), description: words.description(design),
      language: context.language,
      x: ChartAxis(label: xField.map { words.field($0) } ?? words.allCells, scale: logX ? .log10 : .linear),
      y: ChartAxis(label: words.powerAxis, domain: 0...1, format: .percent(nil)),
      panels: [ChartPanel(series: series, annotations: annotations)])
  }

  /// The table: one row per cell, its values then the rates, and notes under it.
  static func table(_ result: SweepResult, summaries: [SweepCellSummary], context: RenderContext) -> Markup {
    let words = SweepWords(context.language)
    let design = result.design
    var h: Markup =
      TableHTML.wrapOpen(label: context.words[.blockTable(context.blockID)], wide: true)
      + "<table class=\"lb-sweep\">\n"
    h += "<caption>\(words.tableCaption(design))</caption>\n<thead><tr>"
    for (field, _) in design.grid {
      h += "<th scope=\"col\" class=\"\(CSSClass.number)\">\(words.field(field))</th>"
    }
    for head in words.headings { h += "<th scope=\"col\" class=\"\(CSSClass.number)\">\(head)</th>" }
    h += "</tr></thead>\n<tbody>\n"
    let f = context.format
    for s in summaries {
      h += "<tr>"
      for (i, v) in s.cell.values.enumerated() {
        let text = words.value(v.field, v.value)
        h +=
          i == 0
          ? "<th scope=\"row\" class=\"\(CSSClass.number)\">\(text)</th>"
          : "<td class=\"\(CSSClass.number)\">\(text)</td>"
      }
      let verdicts = "\(s.emergent.count) / \(s.smooth) / \(s.inconclusive)"
      let cells = [
        words.rate(s.power), words.rate(s.emergent), s.coverage.map { words.percent($0) } ?? "—",
        s.medianWidth.map { f.format($0, style: .significant(3)) } ?? "—", verdicts, "\(s.failures)",
      ]
      for c in cells { h += "<td class=\"\(CSSClass.number)\">\(c)</td>" }
      h += "</tr>\n"
    }
    h += "</tbody>\n</table></div>\n"
    let notes = words.notes(design, summaries)
    if !notes.isEmpty {
      h += "<ul class=\"lb-sweep-notes\">\n\(notes.map { note -> Markup in "<li>\(note)</li>\n" }.joined())</ul>\n"
    }
    return h
  }
}
