import LossbookEngine
import LossbookRender
import LossbookStats

/// Fitted models, in the order asked for, with the comparison table.
struct FitResult: BlockResult {
  let tableID: String
  let x: [String]
  let y: String
  let n: Int
  let criterion: String
  let best: String?
  let fits: [FittedModel]
  let includeTrace: Bool

  /// The fitted model called `name`.
  func fit(named name: String) -> ModelFit? { fits.first { $0.name == name }?.fit }

  /// The best model's fit.
  var bestFit: ModelFit? { best.flatMap(fit(named:)) }

  /// The criterion's value of a fit.
  func score(_ fit: ModelFit) -> Double { criterion == "aic" ? fit.aic : fit.bic }

  /// The comparison table: one row per model, in the order asked for.
  var table: DataTable? {
    let bestScore = bestFit.map(score) ?? .nan
    return DataTable(columns: [
      DataColumn("model", text: fits.map(\.name)),
      DataColumn("parameters", numbers: fits.map { Double($0.fit.parameterNames.count) }),
      DataColumn("rss", numbers: fits.map(\.fit.rss)),
      DataColumn("sigma", numbers: fits.map(\.fit.sigma)),
      DataColumn("dof", numbers: fits.map { Double($0.fit.dof) }),
      DataColumn("r2", numbers: fits.map(\.fit.r2)),
      DataColumn("aic", numbers: fits.map(\.fit.aic)),
      DataColumn("bic", numbers: fits.map(\.fit.bic)),
      DataColumn("delta", numbers: fits.map { score($0.fit) - bestScore }),
      DataColumn("converged", numbers: fits.map { $0.fit.converged ? 1 : 0 }),
      DataColumn("iterations", numbers: fits.map { Double($0.fit.iterations) }),
    ])
  }

  var json: JSONValue {
    var models: [(String, JSONValue)] = []
    for model in fits {
      let f = model.fit
      var params: [(String, JSONValue)] = []
      for (i, name) in f.parameterNames.enumerated() {
        params.append(
          (name, .object([
            ("estimate", .num(f.estimates[i])), ("se", .num(f.standardErrors[i])),
            ("ci", .numbers([f.intervals[i].lower, f.intervals[i].upper])),
          ])))
      }
      var members: [(String, JSONValue)] = [
        ("params", .object(params)), ("covariance", .array(f.covariance.map { .numbers($0) })),
        ("rss", .num(f.rss)), ("sigma", .num(f.sigma)), ("dof", .number(Double(f.dof))),
        ("aic", .num(f.aic)), ("bic", .num(f.bic)), ("r2", .num(f.r2)), ("converged", .bool(f.converged)),
        ("stop", f.stopReason.map { .string($0.rawValue) } ?? .null),
        ("iterations", .number(Double(f.iterations))),
      ]
      if let formula = model.formula { members.append(("formula", .string(formula))) }
      if let huber = f.huber {
        members.append(
          ("huber", .object([
            ("delta", .num(huber.delta)), ("objective", .num(huber.objective)),
            ("rounds", .number(Double(huber.rounds))), ("converged", .bool(huber.converged)),
          ])))
      }
      if includeTrace {
        members.append(
          ("trace", .array(f.trace.map { step in
            .object([
              ("iteration", .number(Double(step.iteration))), ("rss", .num(step.rss)),
              ("params", .numbers(step.parameters)),
            ])
          })))
      }
      models.append((model.name, .object(members)))
    }
    return .object([
      ("table", .string(tableID)), ("x", x.count == 1 ? .string(x[0]) : .array(x.map { .string($0) })),
      ("y", .string(y)), ("n", .number(Double(n))),
      ("criterion", .string(criterion)), ("best", best.map { .string($0) } ?? .null), ("models", .object(models)),
    ])
  }

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
    h += "<thead><tr><th scope=\"col\">\(w.model)</th><th scope=\"col\">\(ja ? "パラメータ［95%信頼区間］" : "parameters [95% interval]")</th>"
    h += "<th scope=\"col\" class=\"lb-num\">R²</th><th scope=\"col\" class=\"lb-num\">AIC</th><th scope=\"col\" class=\"lb-num\">BIC</th></tr></thead>\n<tbody>\n"
    for model in fits {
      let fit = model.fit
      let isBest = model.name == best
      h += isBest ? "<tr class=\"lb-best\">" : "<tr>"
      h += "<th scope=\"row\">\(HTML.escapeText(model.name))\(isBest ? " (\(w.best))" : "")</th><td>"
      h += fit.parameterNames.enumerated().map { i, name in
        let text = "\(name) = " + f.formatInterval(
          estimate: fit.estimates[i], lower: fit.intervals[i].lower, upper: fit.intervals[i].upper, digits: 3)
        return HTML.escapeText(text)
      }.joined(separator: "<br>")
      h += "</td><td class=\"lb-num\">\(f.format(fit.r2, style: .fixed(3)))</td>"
      h += "<td class=\"lb-num\">\(f.format(fit.aic, style: .fixed(1)))</td><td class=\"lb-num\">\(f.format(fit.bic, style: .fixed(1)))</td></tr>\n"
    }
    h += "</tbody>\n</table></div>\n"
    return BlockRendering(html: h)
  }
}
