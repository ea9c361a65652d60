import LossbookCore
import LossbookEngine
import LossbookStats
import LossbookSyntax
import LossbookWords

/// The `fit` kind: fits models with GSL and picks the best by AIC or BIC.
enum FitBlock {
  static let kind = SpecKind(
    "fit", spec: FitSpec.self, fields: FitSpec.fields)

  static func run(_ spec: FitSpec, context: ExecutionContext) throws(BlockFailure) -> FitResult {
    let table = try context.table(spec.table)
    let predictors = try spec.x.names.map { (name) throws(BlockFailure) -> [Double] in
      try TableColumns.numbers(table, name)
    }
    let y = try TableColumns.numbers(table, spec.y)
    let w = try weights(spec, table: table, y: y)
    let options = try FitBlock.options(spec)
    let models =
      spec.models
      ?? FitSpec.Defaults.models.map { FitModelEntry(builtin: $0, at: context.blockRange) }
    let solver = NonlinearLeastSquares()
    var fits: [FittedModel] = []
    var lawData: FitLawData?
    for entry in models where !fits.contains(where: { $0.name == entry.name }) {
      switch entry.kind {
      case .builtin(let model):
        guard model.predictorCount == predictors.count else {
          throw BlockFailure(
            FitDiagnostics.wrongPredictors,
            model == .chinchilla
              ? .fit(.chinchillaPredictors) : .fit(.onePredictor(model: model.rawValue, count: predictors.count)),
            at: entry.range, help: model == .chinchilla ? .fit(.chinchillaPredictorsHelp) : .fit(.onePredictorHelp))
        }
        let settings = try FitModelSettings.options(options, entry: entry, model: model)
        if model == .chinchilla {
          lawData = FitLawData(
            n: predictors[0], d: predictors[1], loss: y, weights: w, options: settings, runs: runLabels(table))
        }
        do {
          let fit = try model.fit(predictors: predictors, y: y, weights: w, options: settings, solver: solver)
          fits.append(FittedModel(name: model.rawValue, fit: fit, formula: nil, range: entry.range))
        } catch {
          fits.append(
            try FittedModel(failed: error, name: model.rawValue, parameters: model.parameterNames, range: entry.range))
        }
      case .formula(let formula):
        let custom = try FormulaModel.make(formula, table: table, context: context)
        let text = formula.formula.expression.expression.text
        do {
          let fit = try custom.fit(y: y, weights: w, options: options, solver: solver)
          fits.append(FittedModel(name: custom.name, fit: fit, formula: text, range: formula.name.range))
        } catch {
          fits.append(
            try FittedModel(
              failed: error, name: custom.name, parameters: custom.parameterNames, range: formula.name.range))
        }
      }
    }
    let eligible = fits.filter(\.status.isEligible)
    if eligible.isEmpty, let first = fits.first {
      throw FitDiagnostics.failure(first)
    }
    let criterion = spec.criterion?.value ?? FitSpec.Defaults.criterion
    let best = eligible.compactMap { model in model.fit.map { (model.name, $0) } }.min { a, b in
      criterion == .bic ? a.1.bic < b.1.bic : a.1.aic < b.1.aic
    }?.0
    return FitResult(
      tableID: spec.table.value, x: spec.x.names.map(\.value), y: spec.y.value, n: y.count,
      criterion: criterion.rawValue, best: best, fits: fits, includeTrace: spec.trace ?? FitSpec.Defaults.trace,
      lawData: lawData,
      displayNames: table.displayNames)
  }

  /// The table's `run` column as labels (numbers written as text), for resampling whole runs;
  /// nil when the table has none.
  static func runLabels(_ table: DataTable) -> [String]? {
    guard let column = table.column("run") else { return nil }
    switch column.values {
    case .text(let v): return v
    case .numbers(let v): return v.map { "\($0)" }
    }
  }

  /// `none`, `binomial` (1 / max(y (1 − y), floor)) or a column.
  static func weights(_ spec: FitSpec, table: DataTable, y: [Double]) throws(BlockFailure) -> [Double]? {
    guard let name = spec.weights else { return nil }
    switch name.value {
    case "none":
      return nil
    case "binomial":
      let floor = spec.binomial_floor?.value ?? FitSpec.Defaults.binomialFloor
      guard floor > 0 else {
        throw BlockFailure(FitDiagnostics.badOption, .fit(.binomialFloor), at: spec.binomial_floor?.range)
      }
      let outside = y.indices.filter { !(y[$0] >= 0 && y[$0] <= 1) }
      guard outside.isEmpty else {
        throw BlockFailure(
          FitDiagnostics.badData,
          .fit(
            .binomialOutside(
              rows: outside.prefix(5).map { String($0 + 1) }.joined(separator: ", "),
              more: Swift.max(outside.count - 5, 0))),
          at: name.range)
      }
      return y.map { 1 / Swift.max($0 * (1 - $0), floor) }
    default:
      return try TableColumns.numbers(table, name)
    }
  }

  /// The solver and fitting options from the spec's fields, each checked.
  static func options(_ spec: FitSpec) throws(BlockFailure) -> FitOptions {
    func positive(_ v: Located<Double>?, _ name: String) throws(BlockFailure) -> Double? {
      guard let v else { return nil }
      guard v.value > 0 else {
        throw BlockFailure(FitDiagnostics.badOption, .fit(.mustBeAbove0(option: name)), at: v.range)
      }
      return v.value
    }
    func atLeastOne(_ v: Located<Int>?, _ name: String) throws(BlockFailure) -> Int? {
      guard let v else { return nil }
      guard v.value >= 1 else {
        throw BlockFailure(FitDiagnostics.badOption, .fit(.mustBeOneOrMore(option: name)), at: v.range)
      }
      return v.value
    }
    var options = FitSpec.Defaults.options
    var nonlinear = options.nonlinear
    if let v = try positive(spec.xtol, "xtol") { nonlinear.xtol = v }
    if let v = try positive(spec.gtol, "gtol") { nonlinear.gtol = v }
    if let v = spec.ftol {
      guard v.value >= 0 else { throw BlockFailure(FitDiagnostics.badOption, .fit(.ftolNegative), at: v.range) }
      nonlinear.ftol = v.value
    }
    if let v = try atLeastOne(spec.max_iterations, "max_iterations") { nonlinear.maxIterations = v }
    if let v = try positive(spec.collinearity, "collinearity") { nonlinear.collinearityTolerance = v }
    nonlinear.geodesicAcceleration = spec.geodesic ?? nonlinear.geodesicAcceleration
    nonlinear.recordTrace = spec.trace ?? FitSpec.Defaults.trace
    options.nonlinear = nonlinear
    if let v = try atLeastOne(spec.min_side, "min_side") { options.minSide = v }
    options.gridStarts = (spec.starts?.value ?? FitSpec.Defaults.starts) == .grid
    if let v = try atLeastOne(spec.grid_refine, "grid_refine") { options.gridRefine = v }
    if let v = try atLeastOne(spec.grid_size, "grid_size") { options.gridSize = v }
    if let v = try positive(spec.robust?.huber, "huber") { options.huberDelta = v }
    if let v = try atLeastOne(spec.huber_iterations, "huber_iterations") { options.huberMaxIterations = v }
    if let v = try positive(spec.huber_tolerance, "huber_tolerance") { options.huberTolerance = v }
    if let v = try positive(spec.bound_tolerance, "bound_tolerance") { options.boundTolerance = v }
    return options
  }
}

/// One fitted model of a `fit` block, with its status.
struct FittedModel: Sendable {
  /// The built-in name or the formula model's name.
  let name: String
  /// The estimates; nil when the model could not be fitted at all.
  let fit: ModelFit?
  /// The formula text, for formula models.
  let formula: String?
  /// The model's status (``ModelFit/status`` when there is a fit).
  let status: FitStatus
  /// The parameter names.
  let parameterNames: [String]
  /// Where the model is named in `models:`.
  let range: SourceRange
  /// The fitting error behind a model without a fit.
  let error: FitError?

  /// A model that was fitted.
  init(name: String, fit: ModelFit, formula: String?, range: SourceRange) {
    self.name = name
    self.fit = fit
    self.formula = formula
    self.status = fit.status
    self.parameterNames = fit.parameterNames
    self.range = range
    self.error = nil
  }

  /// A model whose fit threw: not converged or unidentified, left out of the comparison.
  ///
  /// - Throws: the error as a block failure when it is a problem of the data or the
  ///   settings (non-finite values, too few points, a start outside its bounds, ...).
  init(failed error: FitError, name: String, parameters: [String], range: SourceRange) throws(BlockFailure) {
    guard let status = FitDiagnostics.status(of: error) else {
      throw FitDiagnostics.failure(error, model: name, at: range)
    }
    self.name = name
    self.fit = nil
    self.formula = nil
    self.status = status
    self.parameterNames = parameters
    self.range = range
    self.error = error
  }
}
