import LossbookCore
import LossbookEngine
import LossbookRender
import LossbookStats
import LossbookWords

/// The report part of a `threshold` block: a compact table (threshold with its interval,
/// tests with p-values, BICs, Spearman), then the verdict in bold with its reasons.
enum ThresholdHTML {
  static func render(_ r: ThresholdResult, context: RenderContext) -> Markup {
    let f = context.format
    let w = context.words
    var rows: [(String, String)] = []
    let levelText = f.format(r.settings.level, style: .percent(nil))
    // The estimate and the Chow test's threshold are the values named next to the intervals.
    let references = [r.eta] + [r.settings.chowAt].compactMap { $0 }
    if let ci = r.interval.interval {
      let value = f.formatInterval(estimate: r.eta, lower: ci.lower, upper: ci.upper, references: references)
      rows.append((w[.thresholdHinge], w[.valueWithMethod(value: value, method: w[intervalMethod(r, f: f)])]))
    } else {
      rows.append((w[.thresholdHinge], f.format(r.eta, style: .fixed(3))))
    }
    if let d = r.delta {
      let value = f.formatInterval(
        estimate: d.estimate, lower: d.interval.lower, upper: d.interval.upper, references: references)
      rows.append((w[.deltaInterval], w[.deltaValue(value: value, level: levelText)]))
    }
    let t = r.tests
    /// ", Holm-adjusted p = 0.024" after a test's own p-value, once adjusted.
    func adjusted(_ test: String) -> String {
      guard let a = r.adjustedP, a.family.method != .none, let p = a.byTest[test] else { return "" }
      return w[.adjustedSuffix(ThresholdReason.pText(p, words: w, adjustment: a.family.method))]
    }
    if let s = t.supF {
      rows.append(
        (
          "sup-F",
          w[
            .supFValue(
              statistic: f.format(s.statistic, style: .fixed(1)), at: f.format(s.at, style: .fixed(3)),
              p: s.p.map(f.pValueText) ?? "", adjusted: adjusted("supf"), replicates: s.replicates)]
        ))
    }
    if let d = t.davies {
      rows.append((w[.daviesTest], "\(f.pValueText(d.p))\(adjusted("davies")) (k = \(d.k))"))
    }
    if let c = t.chow {
      rows.append(
        (
          w[.chowTest],
          w[
            .chowValue(
              f: f.format(c.f, style: .fixed(2)), at: f.format(c.at, style: .automatic), p: f.pValueText(c.p),
              adjusted: adjusted("chow"))]
        ))
    }
    if let p = t.pelt {
      rows.append(("PELT", w[.peltValue(changes: p.changes, lastAt: p.onset.map { f.format($0, style: .fixed(3)) })]))
    }
    if let b = t.binseg {
      rows.append((w[.binarySegmentation], w[.breakpoints(b.breakpoints.map(String.init).joined(separator: ", "))]))
    }
    if let c = t.cusum {
      rows.append(("OLS-CUSUM", "\(f.format(c.statistic, style: .fixed(3))), \(f.pValueText(c.p))\(adjusted("cusum"))"))
    }
    if let a = r.adjustedP { rows.append((w[.multipleTesting], w[familyText(a.family)])) }
    let other = r.otherRuleVerdict
    rows.append(
      (
        w[.verdictRuleHeader],
        w[
          .verdictRule(
            w1: r.decision.rule == .w1, alpha: f.format(r.decision.rules.alpha, style: .significant(2)),
            otherVerdict: other == r.verdict ? nil : verdictWord(other))]
      ))
    let best = r.fits.bestByBIC
    var bics = r.fits.criteria.map { c in
      w[.bicEntry(model: w[.fitName(c.name)], bic: f.format(c.bic, style: .fixed(1)), best: c.name == best)]
    }
    if r.fits.logisticFailure != nil { bics.append(w[.logisticNotFitted]) }
    rows.append(("BIC", bics.joined(separator: " · ")))
    rows.append((w[.spearman], f.format(r.spearman, style: .fixed(2))))

    let caption = w[.caption(y: r.displayNames[r.y] ?? r.y, x: r.displayNames[r.x] ?? r.x, n: r.n)]
    var h: Markup =
      TableHTML.wrapOpen(label: "\(caption) (\(context.blockID))")
      + "<table class=\"lb-threshold\">\n<caption>\(caption)</caption>\n<tbody>\n"
    for (label, value) in rows {
      h += "<tr><th scope=\"row\">\(label)</th><td>\(value)</td></tr>\n"
    }
    h += "</tbody>\n</table></div>\n"
    let verdict = w[.verdict(verdictWord(r.verdict))]
    let verdictLabel = w[.verdictLabel]
    h += "<div class=\"lb-verdict\"><p>\(verdictLabel)<strong>\(verdict)</strong></p>\n<ul>\n"
    let adjustment = r.adjustedP.map(\.family.method)
    for reason in r.reasons {
      h += "<li>\(w[reason.message(w, adjustment: adjustment)])</li>\n"
    }
    h += "</ul></div>\n"
    h += AssumptionsHTML.details(.threshold, context: context)
    return h
  }

  /// How the threshold's interval was made, next to it: "95% interval, profile likelihood
  /// with its cut-off calibrated by 500 case resamples".
  static func intervalMethod(_ r: ThresholdResult, f: LossbookNumberFormat) -> ThresholdMessage {
    let level = f.format(r.settings.level, style: .percent(nil))
    let (count, runs) = (r.interval.replicates, r.settings.resampleRuns)
    switch r.interval.method {
    case .bootstrapProfile: return .intervalBootstrapProfile(level: level, count: count, runs: runs)
    case .profile:
      return .intervalProfile(level: level, cutoff: f.format(r.interval.profile?.cutoff ?? .nan, style: .fixed(2)))
    case .bootstrap: return .intervalBootstrap(level: level, count: count, runs: runs)
    }
  }

  /// How the p-values were adjusted together: "Holm adjustment over the 12 tests of the
  /// notebook's 6 threshold blocks; the verdict uses the adjusted sup-F p-value".
  static func familyText(_ family: TestFamily) -> ThresholdMessage {
    switch family.method {
    case .none: return .familyNotAdjusted(tests: family.tests, blocks: family.blocks)
    case .holm, .bh:
      return .familyAdjusted(
        method: family.method == .holm ? "Holm" : "Benjamini-Hochberg", tests: family.tests, blocks: family.blocks)
    }
  }

  /// The interval's method in a few words, for figure labels: "profile likelihood".
  static func shortMethod(_ method: ThresholdEtaInterval.Method) -> ThresholdMessage {
    switch method {
    case .bootstrapProfile: .shortBootstrapProfile
    case .profile: .shortProfile
    case .bootstrap: .shortBootstrap
    }
  }

  /// The verdict's key in the catalogue (TEACHING.md section 4.4).
  static func verdictWord(_ v: Verdict) -> VerdictWord {
    switch v {
    case .emergent: .emergent
    case .smooth: .smooth
    case .inconclusive: .inconclusive
    }
  }
}
