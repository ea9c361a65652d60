import LossbookCore
import LossbookEngine
import LossbookRender
import LossbookStats
import LossbookWords

/// The `budget` block's table and figure, in the report's language.
enum BudgetHTML {
  /// A large number in the report's short form (en `120B`, ja `1200億`); `∞` for +∞.
  static func big(_ x: Double, _ f: LossbookNumberFormat) -> String {
    x == .infinity ? "∞" : f.format(x, style: .si)
  }

  /// `estimate [lower, upper]`, the upper end `∞` when some draws cannot reach the threshold.
  static func value(_ v: BudgetValue?, _ f: LossbookNumberFormat) -> String {
    guard let v else { return "—" }
    guard let i = v.interval else { return big(v.estimate, f) }
    return "\(big(v.estimate, f)) [\(big(i.lower, f)), \(big(i.upper, f))]"
  }

  /// The table: one row per size (N, floor, reachable, tokens and compute with intervals), a
  /// caption that says what the intervals are, and notes on open intervals and the optimum.
  static func table(_ result: BudgetResult, context: RenderContext) -> Markup {
    let n = result.numbers
    let f = context.format
    let w = context.words
    let eta = f.format(n.eta.estimate, style: .fixed(3))
    let percent = f.format(n.level, style: .percent(nil))
    var h: Markup =
      TableHTML.wrapOpen(label: context.words[.blockTable(context.blockID)], wide: true)
      + "<table class=\"lb-budget\">\n"
    var caption = w[.caption(eta: eta, law: lawText(n.law, f))]
    if n.replicates > 0 { caption += w[.captionIntervals(level: percent, draws: n.replicates)] }
    h += "<caption>\(caption)</caption>\n<thead><tr>"
    let heads = [w[.sizeHeader], w[.floorHeader], w[.reachesHeader], w[.tokensHeader], w[.computeHeader]]
    for (i, head) in heads.enumerated() {
      h +=
        i == 0 || i == 2
        ? "<th scope=\"col\">\(head)</th>" : "<th scope=\"col\" class=\"\(CSSClass.number)\">\(head)</th>"
    }
    h += "</tr></thead>\n<tbody>\n"
    for s in n.sizes {
      h += "<tr><th scope=\"row\">\(big(s.N, f))</th>"
      h += "<td class=\"\(CSSClass.number)\">\(f.format(s.floor, style: .fixed(3)))</td>"
      h += "<td class=\"\(CSSClass.noWrap)\">\(reachText(s, f, words: w))</td>"
      h += "<td class=\"\(CSSClass.number)\">\(value(s.tokens, f))</td>"
      h += "<td class=\"\(CSSClass.number)\">\(value(s.flops, f))</td></tr>\n"
    }
    h += "</tbody>\n</table></div>\n"
    let notes = Self.notes(result, f, words: w)
    if !notes.isEmpty {
      h += "<ul class=\"lb-budget-notes\">\n\(notes.map { note -> Markup in "<li>\(note)</li>\n" }.joined())</ul>\n"
    }
    return h
  }

  /// The law's constants in one line.
  static func lawText(_ law: LossLaw, _ f: LossbookNumberFormat) -> String {
    let g = { (x: Double) in f.format(x, style: .significant(4)) }
    return "\(g(law.E)) + \(g(law.A)) N^−\(g(law.alpha)) + \(g(law.B)) D^−\(g(law.beta))"
  }

  /// "yes", "no: the floor is above", or "yes (in 93% of draws)".
  static func reachText(_ s: BudgetSize, _ f: LossbookNumberFormat, words: Words) -> String {
    let base = words[s.reachable ? .reachable : .unreachable]
    guard let fraction = s.reachableFraction, fraction < 1, fraction > 0 || s.reachable else { return base }
    return words[.reachableShare(answer: base, share: f.format(fraction, style: .percent(nil)))]
  }

  /// The notes under the table: open intervals, the smallest size that can reach the
  /// threshold, the compute-optimal point, failed draws.
  static func notes(_ result: BudgetResult, _ f: LossbookNumberFormat, words: Words) -> [String] {
    let n = result.numbers
    let eta = f.format(n.eta.estimate, style: .fixed(3))
    guard n.reachable, let smallest = n.smallestSize else {
      return [words[.belowIrreducibleLoss(eta: eta, e: f.format(n.law.E, style: .fixed(3)))]]
    }
    var out = [words[.smallestSize(big(smallest, f))]]
    if n.sizes.contains(where: { $0.tokens?.interval?.upper == .infinity || $0.flops?.interval?.upper == .infinity }) {
      out.append(words[.openIntervals])
    }
    if let o = n.optimal {
      out.append(words[.computeOptimal(size: value(o.N, f), tokens: value(o.tokens, f), flops: value(o.flops, f))])
    }
    if n.failures > 0 { out.append(words[.failedDraws(failures: n.failures, draws: n.replicates)]) }
    return out
  }

  /// Tokens to the threshold against size on log axes: the reachable sizes with their
  /// intervals (where finite), the compute-optimal point, the smallest size that can reach the
  /// threshold as a line, and each size that cannot reach it marked on the axis.
  static func chart(_ result: BudgetResult, context: RenderContext) -> ChartSpec {
    let n = result.numbers
    let f = context.format
    let w = context.words
    let reachable = n.sizes.filter { $0.tokens != nil }
    let band = n.curve.compactMap { s -> ChartBandPoint? in
      guard let i = s.tokens?.interval, i.lower.isFinite, i.upper.isFinite else { return nil }
      return ChartBandPoint(x: s.N, lower: i.lower, upper: i.upper)
    }
    let curveName = w[.lawCurve]
    var series = [
      ChartSeries(
        name: curveName, points: n.curve.compactMap { s in s.tokens.map { ChartPoint(x: s.N, y: $0.estimate) } },
        mark: .line, style: 0, band: band.count >= 2 ? band : nil),
      ChartSeries(
        name: w[.sizesAskedFor],
        points: reachable.map { ChartPoint(x: $0.N, y: $0.tokens!.estimate) }, mark: .points, style: 0),
    ]
    if let o = n.optimal {
      series.append(
        ChartSeries(
          name: w[.computeOptimalPoint], points: [ChartPoint(x: o.N.estimate, y: o.tokens.estimate)],
          mark: .points, style: 1))
    }
    let ys = reachable.map { $0.tokens!.estimate } + (n.optimal.map { [$0.tokens.estimate] } ?? [])
    let low = ys.min() ?? 1e9
    var annotations: [ChartAnnotation] = []
    if let smallest = n.smallestSize {
      annotations.append(
        .verticalLine(x: smallest, label: w[.smallerCannotReach], role: .reference))
    }
    for s in n.sizes where !s.reachable {
      annotations.append(.text(x: s.N, y: low, label: w[.unreachableMark]))
    }
    let allN = (n.sizes.map(\.N) + (n.optimal.map { [$0.N.estimate] } ?? []) + (n.smallestSize.map { [$0] } ?? []))
      .filter { $0.isFinite && $0 > 0 }
    let xDomain = (allN.min() ?? 1e8) / 2...(allN.max() ?? 1e11) * 2
    let eta = f.format(n.eta.estimate, style: .fixed(3))
    let unreachable = n.sizes.filter { !$0.reachable }.count
    let title = result.title ?? w[.title(eta: eta, sizes: n.sizes.count, unreachable: unreachable)]
    let description = w[.figureDescription(eta: eta)]
    return ChartSpec(
      id: context.blockID, title: title, description: description, language: context.language,
      x: ChartAxis(label: w[.sizeAxis], scale: .log10, domain: xDomain),
      y: ChartAxis(label: w[.tokensAxis], scale: .log10),
      panels: [ChartPanel(series: series, annotations: annotations)])
  }
}
