import LossbookEngine
import LossbookRender
import LossbookStats

extension FitResult {
  /// The comparison table: each model's status, parameters with 95% intervals (a parameter on
  /// a bound shows the bound, one the data do not determine shows no interval), R², AIC and
  /// BIC; then which models were left out and why, and what each bound reached means.
  func render(_ context: RenderContext) -> BlockRendering {
    let f = context.format
    let w = context.words
    let ja = context.language == .ja
    let crit = criterion.uppercased()
    let xText = x.joined(separator: ", ")
    var h = TableHTML.wrapOpen(label: "\(context.words.table): \(context.blockID)") + "<table class=\"lb-fit\">\n"
    let caption =
      ja
      ? "\(y)を\(xText)に当てはめたモデル（n = \(n)）。\(crit)が最小のモデルが最良。"
      : "Models of \(y) against \(xText) (n = \(n)); the smallest \(crit) is best."
    h += "<caption>\(HTML.escapeText(caption))</caption>\n"
    h += "<thead><tr><th scope=\"col\">\(w.model)</th><th scope=\"col\">\(ja ? "状態" : "status")</th>"
    h += "<th scope=\"col\">\(ja ? "パラメータ［95%信頼区間］" : "parameters [95% interval]")</th>"
    h +=
      "<th scope=\"col\" class=\"lb-num\">R²</th><th scope=\"col\" class=\"lb-num\">AIC</th><th scope=\"col\" class=\"lb-num\">BIC</th></tr></thead>\n<tbody>\n"
    for model in fits {
      let isBest = model.name == best
      h += isBest ? "<tr class=\"lb-best\">" : "<tr>"
      h += "<th scope=\"row\">\(HTML.escapeText(model.name))\(isBest ? " (\(w.best))" : "")</th>"
      h += "<td>\(HTML.escapeText(Self.statusText(model.status, ja: ja)))</td><td>"
      guard let fit = model.fit, model.status.kind != .notConverged else {
        h += "—</td><td class=\"lb-num\">—</td><td class=\"lb-num\">—</td><td class=\"lb-num\">—</td></tr>\n"
        continue
      }
      h += fit.parameterNames.enumerated().map { i, name in
        HTML.escapeText("\(name) = " + parameterText(fit, i, status: model.status, format: f, ja: ja))
      }.joined(separator: "<br>")
      h += "</td><td class=\"lb-num\">\(f.format(fit.r2, style: .fixed(3)))</td>"
      h +=
        "<td class=\"lb-num\">\(f.format(fit.aic, style: .fixed(1)))</td><td class=\"lb-num\">\(f.format(fit.bic, style: .fixed(1)))</td></tr>\n"
    }
    h += "</tbody>\n</table></div>\n"
    let notes = fits.compactMap { noteText($0, format: f, ja: ja) }
    if !notes.isEmpty {
      h += "<ul class=\"lb-fit-notes\">\n" + notes.map { "<li>\(HTML.escapeText($0))</li>\n" }.joined() + "</ul>\n"
    }
    return BlockRendering(html: h)
  }

  /// The status in the table: `ok`, `at bound`, `unidentified` or `not converged`.
  static func statusText(_ status: FitStatus, ja: Bool) -> String {
    switch status.kind {
    case .ok: return ja ? "正常" : "ok"
    case .atBound: return ja ? "境界上" : "at bound"
    case .unidentified: return ja ? "識別不能" : "unidentified"
    case .notConverged: return ja ? "未収束" : "not converged"
    }
  }

  /// A parameter's estimate with its interval, or with the bound it sits on, or alone when
  /// the data do not determine it or it belongs to an unidentified model.
  func parameterText(_ fit: ModelFit, _ i: Int, status: FitStatus, format f: LossbookNumberFormat, ja: Bool) -> String {
    let estimate = fit.estimates[i]
    // An unidentified model's intervals mean nothing (its covariance is near singular).
    if fit.standardErrors[i].isFinite, status.kind != .unidentified {
      return f.formatInterval(
        estimate: estimate, lower: fit.intervals[i].lower, upper: fit.intervals[i].upper, digits: 3)
    }
    let value = f.format(estimate, style: .fixed(3))
    if status.kind == .atBound, status.parameter == fit.parameterNames[i], let side = status.side {
      return ja
        ? "\(value)（\(side == .low ? "下限" : "上限")）"
        : "\(value) (at its \(side == .low ? "lower" : "upper") bound)"
    }
    if status.kind == .unidentified, status.parameter != fit.parameterNames[i] { return value }
    return ja ? "\(value)（データで決まらない）" : "\(value) (not determined by the data)"
  }

  /// The sentence under the table for a model that is not `ok`: what its bound means (with
  /// the allowed range), or why it was left out.
  func noteText(_ model: FittedModel, format f: LossbookNumberFormat, ja: Bool) -> String? {
    let status = model.status
    switch status.kind {
    case .ok:
      return nil
    case .atBound:
      let parameter = status.parameter ?? ""
      var range = ""
      if let fit = model.fit, let j = fit.parameterNames.firstIndex(of: parameter), j < fit.bounds.count,
        let bound = fit.bounds[j]
      {
        if bound.low.isFinite && bound.high.isFinite {
          range = " [\(f.format(bound.low, style: .automatic)), \(f.format(bound.high, style: .automatic))]"
        } else if bound.low.isFinite {
          range =
            ja ? "（\(f.format(bound.low, style: .automatic))より大）" : " (above \(f.format(bound.low, style: .automatic)))"
        } else {
          range =
            ja
            ? "（\(f.format(bound.high, style: .automatic))より小）" : " (below \(f.format(bound.high, style: .automatic)))"
        }
      }
      let side = status.side == .low ? (ja ? "下端" : "lower") : (ja ? "上端" : "upper")
      return ja
        ? "\(model.name)：\(parameter)が許される範囲\(range)の\(side)にあります（\(Self.japaneseMeaning(status.reason))）。数値は示し、最良の候補に含めます。"
        : "\(model.name): \(parameter) sits at the \(side) end of its allowed range\(range): \(status.reason). Its numbers are shown and it can be best."
    case .unidentified, .notConverged:
      let advice = status.advice.map { ja ? "（対処：\($0)）" : " What to do: \($0)." } ?? ""
      return ja
        ? "\(model.name)は比較から外しました（\(Self.statusText(status, ja: true))）：\(status.reason)。\(advice)"
        : "\(model.name) is left out of the comparison (\(Self.statusText(status, ja: false))): \(status.reason).\(advice)"
    }
  }

  /// The meaning of a bound reached, in Japanese where the built-in models give it (other
  /// reasons stay as written).
  static func japaneseMeaning(_ reason: String) -> String {
    switch reason {
    case "no threshold inside the data": return "データの範囲内にしきい値がない"
    case "no S-shape within the data": return "データの範囲内にS字形がない"
    case "a step sharper than the spacing of the data": return "データの間隔より急な段差"
    case "the curve's middle lies outside the data": return "曲線の中央がデータの外にある"
    default: return reason
    }
  }
}
