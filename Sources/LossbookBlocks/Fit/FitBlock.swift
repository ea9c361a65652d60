import LossbookEngine
import LossbookRender
import LossbookStats
import LossbookSyntax

/// The `fit` kind: fits models with GSL and picks the best by AIC or BIC.
enum FitBlock {
  static let kind = SpecKind(
    "fit", spec: FitSpec.self,
    summary: "Fits linear, logistic and hinge models to a table with GSL's nonlinear least squares and compares them.",
    fields: FitSpec.fields)

  static func run(_ spec: FitSpec, context: ExecutionContext) throws(BlockFailure) -> FitResult {
    let table = try context.table(spec.table)
    let x = try TableColumns.numbers(table, spec.x)
    let y = try TableColumns.numbers(table, spec.y)
    let w = try spec.weights.map { (c) throws(BlockFailure) -> [Double] in try TableColumns.numbers(table, c) }
    var nonlinear = NonlinearOptions()
    if let v = spec.xtol { nonlinear.xtol = v }
    if let v = spec.gtol { nonlinear.gtol = v }
    if let v = spec.max_iterations {
      guard v.value >= 1 else { throw BlockFailure(FitDiagnostics.badData, "max_iterations must be 1 or more", at: v.range) }
      nonlinear.maxIterations = v.value
    }
    nonlinear.geodesicAcceleration = spec.geodesic ?? false
    nonlinear.recordTrace = false
    var options = FitOptions(nonlinear: nonlinear)
    if let m = spec.min_side {
      guard m.value >= 1 else { throw BlockFailure(FitDiagnostics.tooFewPoints, "min_side must be 1 or more", at: m.range) }
      options.minSide = m.value
    }
    let models = spec.models ?? BuiltinModel.allCases.map { Located(Choice(value: $0), at: context.blockRange) }
    var fits: [(BuiltinModel, ModelFit)] = []
    for m in models {
      let model = m.value.value
      guard !fits.contains(where: { $0.0 == model }) else { continue }
      do {
        fits.append((model, try model.fit(x: x, y: y, weights: w, options: options)))
      } catch {
        throw FitDiagnostics.failure(error, model: model.rawValue, at: m.range)
      }
    }
    let criterion = spec.criterion?.value ?? .bic
    let best = fits.min { a, b in
      criterion == .bic ? a.1.bic < b.1.bic : a.1.aic < b.1.aic
    }?.0
    return FitResult(
      tableID: spec.table.value, x: spec.x.value, y: spec.y.value, n: x.count, criterion: criterion.rawValue, best: best,
      fits: fits)
  }
}

/// Fitted models, in the order asked for.
struct FitResult: BlockResult {
  let tableID: String
  let x: String
  let y: String
  let n: Int
  let criterion: String
  let best: BuiltinModel?
  let fits: [(BuiltinModel, ModelFit)]

  func fit(_ model: BuiltinModel) -> ModelFit? { fits.first { $0.0 == model }?.1 }

  var json: JSONValue {
    var models: [(String, JSONValue)] = []
    for (m, f) in fits {
      var params: [(String, JSONValue)] = []
      for (i, name) in f.parameterNames.enumerated() {
        params.append(
          (name, .object([
            ("estimate", .num(f.estimates[i])), ("se", .num(f.standardErrors[i])),
            ("ci", .numbers([f.intervals[i].lower, f.intervals[i].upper])),
          ])))
      }
      models.append(
        (m.rawValue, .object([
          ("params", .object(params)), ("rss", .num(f.rss)), ("sigma", .num(f.sigma)), ("dof", .number(Double(f.dof))),
          ("aic", .num(f.aic)), ("bic", .num(f.bic)), ("r2", .num(f.r2)), ("converged", .bool(f.converged)),
          ("iterations", .number(Double(f.iterations))),
        ])))
    }
    return .object([
      ("table", .string(tableID)), ("x", .string(x)), ("y", .string(y)), ("n", .number(Double(n))),
      ("criterion", .string(criterion)), ("best", best.map { .string($0.rawValue) } ?? .null), ("models", .object(models)),
    ])
  }

  func render(_ context: RenderContext) -> BlockRendering {
    let f = context.format
    let w = context.words
    let ja = context.language == .ja
    let crit = criterion.uppercased()
    var h = "<div class=\"lb-table-wrap\"><table class=\"lb-fit\">\n"
    let caption =
      ja
      ? "\(y)を\(x)に当てはめたモデル（n = \(n)）。\(crit)が最小のモデルが最良。"
      : "Models of \(y) against \(x) (n = \(n)); the smallest \(crit) is best."
    h += "<caption>\(HTML.escapeText(caption))</caption>\n"
    h += "<thead><tr><th scope=\"col\">\(w.model)</th><th scope=\"col\">\(ja ? "パラメータ［95%信頼区間］" : "parameters [95% interval]")</th>"
    h += "<th scope=\"col\" class=\"lb-num\">R²</th><th scope=\"col\" class=\"lb-num\">AIC</th><th scope=\"col\" class=\"lb-num\">BIC</th></tr></thead>\n<tbody>\n"
    for (m, fit) in fits {
      let isBest = m == best
      h += isBest ? "<tr class=\"lb-best\">" : "<tr>"
      h += "<th scope=\"row\">\(m.rawValue)\(isBest ? " (\(w.best))" : "")</th><td>"
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
