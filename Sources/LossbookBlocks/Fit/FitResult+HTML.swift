import LossbookCore
import LossbookEngine
import LossbookRender
import LossbookStats
import LossbookWords

extension FitResult {
  /// The comparison table, deciding columns first: each model with its BIC, AIC (the criterion
  /// that decided first) and R², then its status and parameters with 95% intervals (a parameter on
  /// a bound shows the bound, one the data do not determine shows no interval); then which
  /// models were left out and why, and what each bound reached means.
  func render(_ context: RenderContext) -> BlockRendering {
    let f = context.format
    let w = context.words
    var h = TableHTML.wrapOpen(label: w[.blockTable(context.blockID)], wide: true) + "<table class=\"lb-fit\">\n"
    let shown = { (name: String) in self.displayNames[name] ?? name }
    let caption = w[
      .caption(y: shown(y), x: x.map(shown).joined(separator: ", "), n: n, criterion: criterion.uppercased())]
    h += "<caption>\(caption)</caption>\n"
    // The deciding columns first: the model (and which is best), then the criterion that
    // decided, the other criterion and R²; status and parameters after.
    let bicFirst = criterion.lowercased() != "aic"
    let criteria = bicFirst ? ["BIC", "AIC"] : ["AIC", "BIC"]
    h += "<thead><tr><th scope=\"col\">\(w[.model])</th>"
    h += criteria.map { name -> Markup in "<th scope=\"col\" class=\"\(CSSClass.number)\">\(name)</th>" }.joined()
    h += "<th scope=\"col\" class=\"\(CSSClass.number)\">R²</th><th scope=\"col\">\(w[.statusHeader])</th>"
    h += "<th scope=\"col\">\(w[.parametersHeader])</th></tr></thead>\n<tbody>\n"
    for model in fits {
      let isBest = model.name == best
      h += isBest ? "<tr class=\"lb-best\">" : "<tr>"
      h += "<th scope=\"row\">\(w[.modelRow(model.name, best: isBest)])</th>"
      let status: Markup = "<td>\(w[.status(Self.statusWord(model.status))])</td>"
      guard let fit = model.fit, model.status.kind != .notConverged else {
        h +=
          "<td class=\"\(CSSClass.number)\">—</td><td class=\"\(CSSClass.number)\">—</td><td class=\"\(CSSClass.number)\">—</td>\(status)<td>—</td></tr>\n"
        continue
      }
      let values = bicFirst ? [fit.bic, fit.aic] : [fit.aic, fit.bic]
      h += values.map { v -> Markup in "<td class=\"\(CSSClass.number)\">\(f.format(v, style: .fixed(1)))</td>" }
        .joined()
      h +=
        "<td class=\"\(CSSClass.number)\">\(f.format(fit.r2, style: .fixed(3)))</td>\(status)<td class=\"\(CSSClass.noWrap)\">"
      h += fit.parameterNames.enumerated().map { i, name in
        Markup.text("\(name) = " + parameterText(fit, i, status: model.status, format: f, words: w))
      }.joined(separator: "<br>")
      h += "</td></tr>\n"
    }
    h += "</tbody>\n</table></div>\n"
    let notes = fits.compactMap { noteText($0, format: f, words: w) }
    if !notes.isEmpty {
      h += "<ul class=\"lb-fit-notes\">\n\(notes.map { note -> Markup in "<li>\(note)</li>\n" }.joined())</ul>\n"
    }
    h += AssumptionsHTML.details(.fit, context: context)
    return BlockRendering(html: h)
  }

  /// The status's key in the catalogue: `ok`, `at bound`, `unidentified` or `not converged`.
  static func statusWord(_ status: FitStatus) -> FitStatusWord {
    switch status.kind {
    case .ok: .ok
    case .atBound: .atBound
    case .unidentified: .unidentified
    case .notConverged: .notConverged
    }
  }

  /// A parameter's estimate with its interval, or with the bound it sits on, or alone when
  /// the data do not determine it or it belongs to an unidentified model.
  func parameterText(_ fit: ModelFit, _ i: Int, status: FitStatus, format f: LossbookNumberFormat, words: Words)
    -> String
  {
    let estimate = fit.estimates[i]
    // An unidentified model's intervals mean nothing (its covariance is near singular).
    if fit.standardErrors[i].isFinite, status.kind != .unidentified {
      return f.formatInterval(
        estimate: estimate, lower: fit.intervals[i].lower, upper: fit.intervals[i].upper, digits: 3)
    }
    let value = f.format(estimate, style: .fixed(3))
    if status.kind == .atBound, status.parameter == fit.parameterNames[i], let side = status.side {
      return words[.atBound(value: value, lower: side == .low)]
    }
    if status.kind == .unidentified, status.parameter != fit.parameterNames[i] { return value }
    return words[.notDetermined(value: value)]
  }

  /// The sentence under the table for a model that is not `ok`: what its bound means (with
  /// the allowed range), or why it was left out.
  func noteText(_ model: FittedModel, format f: LossbookNumberFormat, words: Words) -> String? {
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
        let (low, high) = (f.format(bound.low, style: .automatic), f.format(bound.high, style: .automatic))
        if bound.low.isFinite && bound.high.isFinite {
          range = words[.rangeBetween(low: low, high: high)]
        } else if bound.low.isFinite {
          range = words[.rangeAbove(low)]
        } else {
          range = words[.rangeBelow(high)]
        }
      }
      return words[
        .atBoundNote(
          model: model.name, parameter: parameter, range: range, lower: status.side == .low, meaning: status.reason)]
    case .unidentified, .notConverged:
      return words[
        .leftOutNote(model: model.name, status: Self.statusWord(status), reason: status.reason, advice: status.advice)]
    }
  }
}
