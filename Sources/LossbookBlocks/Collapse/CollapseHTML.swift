import LossbookEngine
import LossbookRender
import LossbookStats

/// The `collapse` block's tables and figure, in the report's language (words in
/// ``CollapseWords``).
enum CollapseHTML {
  /// The summary (curve, F test, largest shift), the groups' shifts, then the verdict with its
  /// reasons.
  static func tables(_ r: CollapseResult, context: RenderContext) -> Markup {
    let w = CollapseWords(language: context.language)
    let f = context.format
    let o = r.outcome
    let coverage = 1 - 2 * r.alpha
    let caption = w.tableCaption(
      y: r.shown(r.y), x: r.shown(r.x), by: r.shown(r.by), reference: r.shown(r.labels.first ?? ""), level: r.level,
      coverage: coverage)
    var h = TableHTML.wrapOpen(label: "\(caption) (\(context.blockID))", wide: true) + "<table class=\"lb-collapse\">\n"
    h += "<caption>\(caption)</caption>\n<thead><tr>"
    let heads = w.headers(level: r.level, coverage: coverage, thresholds: o.difference == .threshold)
    for (i, head) in heads.enumerated() {
      h += "<th scope=\"col\"\(i == 0 ? "" : " class=\"\(CSSClass.number)\"" as Markup)>\(head)</th>"
    }
    h += "</tr></thead>\n<tbody>\n"
    func interval(_ i: Interval?) -> String {
      guard let i else { return "—" }
      return "[\(w.points(i.lower)), \(w.points(i.upper))]"
    }
    for g in r.groups {
      h += "<tr><th scope=\"row\">\(r.shown(g.label))</th>"
      h += "<td class=\"\(CSSClass.number)\">\(g.n)</td>"
      guard let i = g.index else {
        let span = heads.count - 2
        h += "<td colspan=\"\(span)\">\(w.leftOut(minOverlap: r.minOverlap))</td></tr>\n"
        continue
      }
      let s = o.shifts[i]
      if o.difference == .threshold {
        h += "<td class=\"\(CSSClass.number)\">\(s.threshold.map { f.format($0, style: .fixed(3)) } ?? "—")</td>"
      }
      let shift = i == 0 ? w.reference : w.points(s.estimate)
      h += "<td class=\"\(CSSClass.number)\">\(shift)</td>"
      h += "<td class=\"\(CSSClass.number)\">\(interval(s.interval))</td>"
      h += "<td class=\"\(CSSClass.number)\">\(interval(s.equivalenceInterval))</td></tr>\n"
    }
    h += "</tbody>\n</table></div>\n"
    h += TableHTML.wrapOpen(label: "\(w.testTable) (\(context.blockID))") + "<table class=\"lb-threshold\">\n<tbody>\n"
    for (label, value) in w.summaryRows(r) {
      h += "<tr><th scope=\"row\">\(label)</th><td>\(value)</td></tr>\n"
    }
    h += "</tbody>\n</table></div>\n"
    let adjustment = r.adjustedP == nil ? nil : r.family?.method
    h += "<div class=\"lb-verdict\"><p>\(w.verdictLabel())"
    h += "<strong>\(w.verdict(r.verdict))</strong></p>\n<ul>\n"
    for reason in r.reasons {
      var shown = reason
      shown.group = reason.group.map(r.shown)
      h += "<li>\(w.reason(shown, adjustment: adjustment))</li>\n"
    }
    h += "</ul></div>\n"
    return h
  }

  /// Each group's shift (x) at its row (y, table order), with its interval, a line at 0 and
  /// the tolerance band.
  static func chart(_ r: CollapseResult, context: RenderContext) -> ChartSpec {
    let w = CollapseWords(language: context.language)
    let o = r.outcome
    var series: [ChartSeries] = []
    var annotations: [ChartAnnotation] = [
      .verticalBand(from: -r.tolerance, to: r.tolerance, label: w.toleranceBand(r.tolerance)),
      .verticalLine(x: 0, label: w.noShift, role: .reference),
    ]
    var points: [ChartPoint] = []
    var xs: [Double] = [-1.5 * r.tolerance, 1.5 * r.tolerance]
    for (row, g) in r.used.enumerated() {
      let s = o.shifts[row]
      let yPos = Double(row + 1)
      guard s.estimate.isFinite else { continue }
      points.append(ChartPoint(x: s.estimate, y: yPos))
      xs.append(s.estimate)
      if let i = s.interval, i.lower.isFinite, i.upper.isFinite {
        series.append(
          ChartSeries(
            name: w.intervalSeries(r.level),
            points: [ChartPoint(x: i.lower, y: yPos), ChartPoint(x: i.upper, y: yPos)],
            mark: .line, style: 0))
        xs += [i.lower, i.upper]
      }
      annotations.append(.text(x: s.estimate, y: yPos + 0.3, label: r.shown(g.label)))
    }
    series.append(ChartSeries(name: w.shiftSeries, points: points, mark: .points, style: 0))
    let low = xs.min() ?? -0.03
    let high = xs.max() ?? 0.03
    let pad = (high - low) * 0.08
    return ChartSpec(
      id: context.blockID, title: r.title ?? w.figureTitle(r),
      description: w.figureDescription(y: r.y, x: r.x, groups: r.used.count), language: context.language,
      x: ChartAxis(label: w.xAxis(r.y), domain: (low - pad)...(high + pad)),
      // At least six rows of room, so that the ticks fall on whole rows (with fewer groups a
      // tighter axis would get half-row ticks, and whole-number labels would repeat).
      y: ChartAxis(label: w.yAxis, domain: 0.4...(Swift.max(Double(r.used.count), 6) + 0.7), format: .integer),
      panels: [ChartPanel(series: series, annotations: annotations)])
  }
}
