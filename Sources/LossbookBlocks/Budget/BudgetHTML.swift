import LossbookEngine
import LossbookRender
import LossbookStats

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
  static func table(_ result: BudgetResult, context: RenderContext) -> String {
    let n = result.numbers
    let f = context.format
    let ja = context.language == .ja
    let eta = f.format(n.eta.estimate, style: .fixed(3))
    let percent = f.format(n.level, style: .percent(nil))
    var h = TableHTML.wrapOpen(label: "\(context.words.table): \(context.blockID)") + "<table class=\"lb-budget\">\n"
    var caption =
      ja
      ? "損失\(eta)に届くまでのトークン数と学習計算量（6ND）。法則 L = \(lawText(n.law, f))。"
      : "Tokens and training compute (6 N D) to reach a loss of \(eta), on the law L = \(lawText(n.law, f))."
    if n.replicates > 0 {
      caption +=
        ja
        ? "［ ］は法則と閾値のブートストラップ\(n.replicates)組を対にした\(percent)区間。"
        : " Brackets: \(percent) intervals from \(n.replicates) paired bootstrap draws of the law and the threshold."
    }
    h += "<caption>\(HTML.escapeText(caption))</caption>\n<thead><tr>"
    let heads =
      ja
      ? ["モデルの大きさN", "損失の下限 E + A N^−α", "届くか", "トークン数", "学習計算量（FLOPs）"]
      : ["size N", "loss floor E + A N^−α", "reaches it?", "tokens", "training compute (FLOPs)"]
    for (i, head) in heads.enumerated() {
      h += "<th scope=\"col\"\(i == 0 || i == 2 ? "" : " class=\"lb-num\"")>\(HTML.escapeText(head))</th>"
    }
    h += "</tr></thead>\n<tbody>\n"
    for s in n.sizes {
      h += "<tr><th scope=\"row\">\(HTML.escapeText(big(s.N, f)))</th>"
      h += "<td class=\"lb-num\">\(HTML.escapeText(f.format(s.floor, style: .fixed(3))))</td>"
      h += "<td>\(HTML.escapeText(reachText(s, f, ja: ja)))</td>"
      h += "<td class=\"lb-num\">\(HTML.escapeText(value(s.tokens, f)))</td>"
      h += "<td class=\"lb-num\">\(HTML.escapeText(value(s.flops, f)))</td></tr>\n"
    }
    h += "</tbody>\n</table></div>\n"
    let notes = Self.notes(result, f, ja: ja)
    if !notes.isEmpty {
      h += "<ul class=\"lb-budget-notes\">\n" + notes.map { "<li>\(HTML.escapeText($0))</li>\n" }.joined() + "</ul>\n"
    }
    return h
  }

  /// The law's constants in one line.
  static func lawText(_ law: LossLaw, _ f: LossbookNumberFormat) -> String {
    let g = { (x: Double) in f.format(x, style: .significant(4)) }
    return "\(g(law.E)) + \(g(law.A)) N^−\(g(law.alpha)) + \(g(law.B)) D^−\(g(law.beta))"
  }

  /// "yes", "no: the floor is above", or "yes (in 93% of draws)".
  static func reachText(_ s: BudgetSize, _ f: LossbookNumberFormat, ja: Bool) -> String {
    let base = s.reachable ? (ja ? "届く" : "yes") : (ja ? "届かない（下限が閾値以上）" : "no: its floor is not below the threshold")
    guard let fraction = s.reachableFraction, fraction < 1, fraction > 0 || s.reachable else { return base }
    let share = f.format(fraction, style: .percent(nil))
    return ja ? "\(base)（再標本の\(share)で届く）" : "\(base) (in \(share) of the draws)"
  }

  /// The notes under the table: open intervals, the smallest size that can reach the
  /// threshold, the compute-optimal point, failed draws.
  static func notes(_ result: BudgetResult, _ f: LossbookNumberFormat, ja: Bool) -> [String] {
    let n = result.numbers
    let eta = f.format(n.eta.estimate, style: .fixed(3))
    let e = f.format(n.law.E, style: .fixed(3))
    guard n.reachable, let smallest = n.smallestSize else {
      return [
        ja
          ? "閾値\(eta)は法則の既約損失E = \(e)以下です。どの大きさのモデルでも、どれだけデータを増やしても届きません。"
          : "The threshold \(eta) is not above the law's irreducible loss E = \(e): "
            + "no model size and no amount of data reaches it."
      ]
    }
    var out = [
      ja
        ? "\(big(smallest, f))パラメータより小さいモデルは、どれだけデータを増やしてもこの損失に届きません。"
        : "No model smaller than \(big(smallest, f)) parameters reaches this loss, whatever the amount of data."
    ]
    if n.sizes.contains(where: { $0.tokens?.interval?.upper == .infinity || $0.flops?.interval?.upper == .infinity }) {
      out.append(
        ja
          ? "上端が∞の区間：一部の再標本ではその大きさで閾値に届かないため、区間の上端は有限になりません（JSONではnull）。"
          : "An interval ending in ∞: in some draws that size cannot reach the threshold at all, "
            + "so the interval has no finite upper end (null in the results file).")
    }
    if let o = n.optimal {
      let (size, tokens, flops) = (value(o.N, f), value(o.tokens, f), value(o.flops, f))
      out.append(
        ja
          ? "計算量が最小になる到達法：\(size)パラメータのモデルを\(tokens)トークンで学習、計算量\(flops) FLOPs。"
          : "The compute-optimal way to reach it: a model of \(size) parameters trained on \(tokens) tokens, "
            + "\(flops) FLOPs.")
    }
    if n.failures > 0 {
      out.append(
        ja
          ? "\(n.replicates)組のうち\(n.failures)組は法則の再推定か閾値が得られず、区間から除きました。"
          : "\(n.failures) of the \(n.replicates) draws are left out of the intervals: "
            + "the law's refit or the threshold failed in them.")
    }
    return out
  }

  /// Tokens to the threshold against size on log axes: the reachable sizes with their
  /// intervals (where finite), the compute-optimal point, the smallest size that can reach the
  /// threshold as a line, and each size that cannot reach it marked on the axis.
  static func chart(_ result: BudgetResult, context: RenderContext) -> ChartSpec {
    let n = result.numbers
    let f = context.format
    let ja = context.language == .ja
    let reachable = n.sizes.filter { $0.tokens != nil }
    let band = n.curve.compactMap { s -> ChartBandPoint? in
      guard let i = s.tokens?.interval, i.lower.isFinite, i.upper.isFinite else { return nil }
      return ChartBandPoint(x: s.N, lower: i.lower, upper: i.upper)
    }
    let curveName = ja ? "法則による曲線" : "the law's curve"
    var series = [
      ChartSeries(
        name: curveName, points: n.curve.compactMap { s in s.tokens.map { ChartPoint(x: s.N, y: $0.estimate) } },
        mark: .line, style: 0, band: band.count >= 2 ? band : nil),
      ChartSeries(
        name: ja ? "指定した大きさ" : "sizes asked for",
        points: reachable.map { ChartPoint(x: $0.N, y: $0.tokens!.estimate) }, mark: .points, style: 0),
    ]
    if let o = n.optimal {
      series.append(
        ChartSeries(
          name: ja ? "計算量最小" : "compute-optimal", points: [ChartPoint(x: o.N.estimate, y: o.tokens.estimate)],
          mark: .points, style: 1))
    }
    let ys = reachable.map { $0.tokens!.estimate } + (n.optimal.map { [$0.tokens.estimate] } ?? [])
    let low = ys.min() ?? 1e9
    var annotations: [ChartAnnotation] = []
    if let smallest = n.smallestSize {
      annotations.append(
        .verticalLine(x: smallest, label: ja ? "これより小さいと届かない" : "smaller cannot reach it", role: .reference))
    }
    for s in n.sizes where !s.reachable {
      annotations.append(.text(x: s.N, y: low, label: ja ? "× 届かない" : "× unreachable"))
    }
    let allN = (n.sizes.map(\.N) + (n.optimal.map { [$0.N.estimate] } ?? []) + (n.smallestSize.map { [$0] } ?? []))
      .filter { $0.isFinite && $0 > 0 }
    let xDomain = (allN.min() ?? 1e8) / 2...(allN.max() ?? 1e11) * 2
    let eta = f.format(n.eta.estimate, style: .fixed(3))
    let unreachable = n.sizes.filter { !$0.reachable }.count
    let title =
      result.title
      ?? (ja
        ? (unreachable > 0
          ? "\(n.sizes.count)個の大きさのうち\(unreachable)個は損失\(eta)に届かず、届く大きさは大きいほど少ないトークンで済む"
          : "損失\(eta)に届くトークン数は、モデルが大きいほど少ない")
        : (unreachable > 0
          ? "\(unreachable) of \(n.sizes.count) sizes cannot reach a loss of \(eta); "
            + "larger models need fewer tokens to get there"
          : "Larger models need fewer tokens to reach a loss of \(eta)"))
    let description =
      ja
      ? "モデルの大きさ（横軸、対数）ごとに、損失\(eta)に届くまでのトークン数（縦軸、対数）。"
      : "For each model size (x, log scale), the tokens needed to reach a loss of \(eta) (y, log scale)."
    return ChartSpec(
      id: context.blockID, title: title, description: description, language: context.language,
      x: ChartAxis(label: ja ? "モデルの大きさ（パラメータ数）" : "model size (parameters)", scale: .log10, domain: xDomain),
      y: ChartAxis(label: ja ? "閾値に届くトークン数" : "tokens to reach the threshold", scale: .log10),
      panels: [ChartPanel(series: series, annotations: annotations)])
  }
}
