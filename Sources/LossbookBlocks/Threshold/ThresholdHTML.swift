import LossbookEngine
import LossbookRender
import LossbookStats

/// The report part of a `threshold` block: a compact table (threshold with its interval,
/// tests with p-values, BICs, Spearman), then the verdict in bold with its reasons.
enum ThresholdHTML {
  static func render(_ r: ThresholdResult, context: RenderContext) -> String {
    let f = context.format
    let ja = context.language == .ja
    func pick(_ en: String, _ jp: String) -> String { ja ? jp : en }
    var rows: [(String, String)] = []
    let levelText = f.format(r.settings.level, style: .percent(nil))
    // The estimate and the Chow test's threshold are the values named next to the intervals.
    let references = [r.eta] + [r.settings.chowAt].compactMap { $0 }
    if let ci = r.interval.interval {
      rows.append(
        (
          pick("threshold (hinge)", "閾値（折れ線）"),
          f.formatInterval(estimate: r.eta, lower: ci.lower, upper: ci.upper, references: references)
            + pick(" (", "（") + intervalMethod(r, f: f, ja: ja) + pick(")", "）")
        ))
    } else {
      rows.append((pick("threshold (hinge)", "閾値（折れ線）"), f.format(r.eta, style: .fixed(3))))
    }
    if let d = r.delta {
      rows.append(
        (
          pick("delta-method interval", "デルタ法の区間"),
          f.formatInterval(
            estimate: d.estimate, lower: d.interval.lower, upper: d.interval.upper, references: references)
            + pick(" (\(levelText) interval, delta method)", "（\(levelText)区間、デルタ法）")
        ))
    }
    let t = r.tests
    /// ", Holm-adjusted p = 0.024" after a test's own p-value, once adjusted.
    func adjusted(_ test: String) -> String {
      guard let a = r.adjustedP, a.family.method != .none, let p = a.byTest[test] else { return "" }
      return pick(", ", "、") + ThresholdReasons.pText(p, f: f, ja: ja, adjustment: a.family.method)
    }
    if let s = t.supF {
      let (statistic, at, p) = (
        f.format(s.statistic, style: .fixed(1)), f.format(s.at, style: .fixed(3)), s.p.map(f.pValueText) ?? ""
      )
      let q = adjusted("supf")
      rows.append(
        (
          "sup-F",
          pick(
            "\(statistic) at \(at), \(p)\(q) (B = \(s.replicates))",
            "\(statistic)（η = \(at)）、\(p)\(q)（B = \(s.replicates)）")
        ))
    }
    if let d = t.davies {
      rows.append((pick("Davies test", "Davies検定"), "\(f.pValueText(d.p))\(adjusted("davies")) (k = \(d.k))"))
    }
    if let c = t.chow {
      let at = "\(pick("at", "η =")) \(f.format(c.at, style: .automatic))"
      rows.append(
        (
          pick("Chow test", "Chow検定"),
          "F = \(f.format(c.f, style: .fixed(2))) \(at), \(f.pValueText(c.p))\(adjusted("chow"))"
        ))
    }
    if let p = t.pelt {
      let onset = p.onset.map { pick(", last at ", "、最後は") + f.format($0, style: .fixed(3)) } ?? ""
      rows.append(("PELT", pick("\(p.changes) change points\(onset)", "変化点\(p.changes)個\(onset)")))
    }
    if let b = t.binseg {
      rows.append(
        (
          pick("binary segmentation", "二分割法"),
          pick("breakpoints ", "区切り ") + b.breakpoints.map(String.init).joined(separator: ", ")
        ))
    }
    if let c = t.cusum {
      rows.append(("OLS-CUSUM", "\(f.format(c.statistic, style: .fixed(3))), \(f.pValueText(c.p))\(adjusted("cusum"))"))
    }
    if let a = r.adjustedP { rows.append((pick("multiple testing", "多重検定"), familyText(a.family, ja: ja))) }
    let best = r.fits.bestByBIC
    rows.append(
      (
        "BIC",
        r.fits.criteria.map { c in
          "\(context.words.fitName(c.name)) \(f.format(c.bic, style: .fixed(1)))\(c.name == best ? pick(" (best)", "（最良）") : "")"
        }.joined(separator: " · ")
          + (r.fits.logisticFailure == nil
            ? ""
            : pick(
              " · logistic: could not be fitted (the reason is in the results file)", " · ロジスティック：当てはめできず（理由は結果ファイルに）"))
      ))
    rows.append((pick("Spearman ρ", "スピアマンの順位相関ρ"), f.format(r.spearman, style: .fixed(2))))

    let caption = ja ? "\(r.y)の\(r.x)に対する閾値分析（n = \(r.n)）" : "Threshold analysis of \(r.y) against \(r.x) (n = \(r.n))"
    var h =
      TableHTML.wrapOpen(label: "\(caption) (\(context.blockID))")
      + "<table class=\"lb-threshold\">\n<caption>\(HTML.escapeText(caption))</caption>\n<tbody>\n"
    for (label, value) in rows {
      h += "<tr><th scope=\"row\">\(HTML.escapeText(label))</th><td>\(HTML.escapeText(value))</td></tr>\n"
    }
    h += "</tbody>\n</table></div>\n"
    let verdict = verdictWord(r.verdict, ja: ja)
    let verdictLabel = HTML.escapeText(pick("Verdict: ", "判定："))
    h += "<div class=\"lb-verdict\"><p>\(verdictLabel)<strong>\(HTML.escapeText(verdict))</strong></p>\n<ul>\n"
    for reason in r.reasons { h += "<li>\(HTML.escapeText(reason))</li>\n" }
    h += "</ul></div>\n"
    return h
  }

  /// How the threshold's interval was made, next to it: "95% interval, profile likelihood
  /// with its cut-off calibrated by 500 case resamples".
  static func intervalMethod(_ r: ThresholdResult, f: LossbookNumberFormat, ja: Bool) -> String {
    let level = f.format(r.settings.level, style: .percent(nil))
    let count = r.interval.replicates
    let unit = r.settings.resampleRuns ? (ja ? "ラン" : "run") : (ja ? "ケース" : "case")
    switch r.interval.method {
    case .bootstrapProfile:
      return ja
        ? "\(level)区間、プロファイル尤度（打ち切り値を\(unit)再標本化\(count)回で較正）"
        : "\(level) interval, profile likelihood with its cut-off calibrated by \(count) \(unit) resamples"
    case .profile:
      let cutoff = f.format(r.interval.profile?.cutoff ?? .nan, style: .fixed(2))
      return ja
        ? "\(level)区間、プロファイル尤度（カイ二乗の打ち切り値\(cutoff)）"
        : "\(level) interval, profile likelihood (chi-square cut-off \(cutoff))"
    case .bootstrap:
      return ja
        ? "\(level)区間、\(unit)再標本化\(count)回のパーセンタイル・ブートストラップ"
        : "\(level) interval, percentile bootstrap of \(count) \(unit) resamples"
    }
  }

  /// How the p-values were adjusted together: "Holm's method over the 12 tests of the
  /// notebook's 6 threshold blocks; the verdict uses the adjusted sup-F p-value".
  static func familyText(_ family: TestFamily, ja: Bool) -> String {
    let (tests, blocks) = (family.tests, family.blocks)
    let testsEn = tests == 1 ? "1 test" : "\(tests) tests"
    let blocksEn = blocks == 1 ? "1 block with tests" : "\(blocks) blocks with tests"
    switch family.method {
    case .none:
      return ja
        ? "p値は補正していません（adjust: none）。このノートブックの検定を含むブロック\(blocks)個に検定が\(tests)個あります"
        : "p-values not adjusted (adjust: none); the notebook's \(blocksEn) hold \(testsEn)"
    case .holm, .bh:
      let name = family.method == .holm ? "Holm" : "Benjamini-Hochberg"
      return ja
        ? "このノートブックの検定を含むブロック\(blocks)個の検定\(tests)個をまとめて\(name)法で補正。判定は補正後のsup-Fのp値による"
        : "\(name) adjustment over the \(testsEn) of the notebook's \(blocksEn); the verdict uses the adjusted sup-F p-value"
    }
  }

  /// The interval's method in a few words, for figure labels: "profile likelihood".
  static func shortMethod(_ method: ThresholdEtaInterval.Method, ja: Bool) -> String {
    switch method {
    case .bootstrapProfile: ja ? "プロファイル尤度" : "profile likelihood"
    case .profile: ja ? "プロファイル尤度、χ²" : "profile likelihood, χ²"
    case .bootstrap: ja ? "ブートストラップ" : "percentile bootstrap"
    }
  }

  /// The verdict word in the report's language (TEACHING.md section 4.4).
  static func verdictWord(_ v: Verdict, ja: Bool) -> String {
    guard ja else { return v.rawValue }
    switch v {
    case .emergent: return "出現型（閾値あり）"
    case .smooth: return "なめらか型（閾値なし）"
    case .inconclusive: return "判定保留"
    }
  }
}
