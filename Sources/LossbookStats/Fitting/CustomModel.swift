/// A model supplied by the caller (a notebook's formula), fitted by the same machinery as
/// the built-in nonlinear models: bounds by transformation, multi-start (best converged RSS
/// wins), the bound check and, when asked, the Huber loss.
public struct CustomModel: Sendable {
  /// The model's name in reports.
  public var name: String
  /// The parameter names, in the order of every parameter vector.
  public var parameterNames: [String]
  /// The predictor columns the model reads (for residuals and predictions).
  public var predictors: [[Double]]
  /// Which parameters are constrained positive (fitted on the log scale).
  public var positive: [Bool]
  /// Starting values (natural scale), tried in order.
  public var starts: [[Double]]
  /// The model's value at a row of predictors (one value per column of `predictors`).
  public var value: @Sendable (_ row: [Double], _ parameters: [Double]) -> Double
  /// The model's exact gradient in the parameters at a row of predictors.
  public var gradient: @Sendable (_ row: [Double], _ parameters: [Double]) -> [Double]
  /// The model over all rows for the solver (values and Jacobian in one call).
  public var solverModel: @Sendable () -> NonlinearModel

  /// Describes a model; `solverModel` makes a fresh evaluator (with its own scratch space)
  /// for each fit.
  public init(
    name: String, parameterNames: [String], predictors: [[Double]], positive: [Bool],
    starts: [[Double]],
    value: @escaping @Sendable (_ row: [Double], _ parameters: [Double]) -> Double,
    gradient: @escaping @Sendable (_ row: [Double], _ parameters: [Double]) -> [Double],
    solverModel: @escaping @Sendable () -> NonlinearModel
  ) {
    self.name = name
    self.parameterNames = parameterNames
    self.predictors = predictors
    self.positive = positive
    self.starts = starts
    self.value = value
    self.gradient = gradient
    self.solverModel = solverModel
  }

  /// Fits the model to `y`.
  ///
  /// - Throws: ``FitError``: input errors (checked before any GSL call), a start that is not
  ///   positive for a positive parameter, a parameter at its bound, a singular Jacobian or
  ///   no convergence from any start.
  public func fit(
    y: [Double], weights: [Double]?, options: FitOptions, solver: NonlinearLeastSquares
  ) throws(FitError) -> ModelFit {
    let p = parameterNames.count
    for column in predictors where column.count != y.count {
      throw .countMismatch(what: "x", expected: y.count, actual: column.count)
    }
    try InputChecks.checkResponse(y: y, weights: weights, parameters: p, extraColumns: predictors)
    if InputChecks.isConstant(y) { throw .constantY }
    if !predictors.isEmpty, predictors.allSatisfy(InputChecks.isConstant) { throw .constantX }
    let multi = MultiStartFit(model: solverModel(), positive: positive)
    let single = { (w: [Double]?, start: [Double]?) throws(FitError) -> ModelFit in
      let result = try multi.run(
        y: y, weights: w, starts: start.map { [$0] } ?? starts, options: options, solver: solver)
      return ModelFit(
        model: name, parameterNames: parameterNames, estimates: result.parameters,
        covariance: result.covariance, rss: result.rss, y: y, weights: w,
        converged: result.converged, stopReason: result.stopReason, iterations: result.iterations,
        trace: result.trace, predictorCount: predictors.count, evaluateRow: value,
        gradientRow: gradient)
    }
    guard let delta = options.huberDelta else { return try single(weights, nil) }
    return try HuberIRLS.run(
      y: y, predictors: predictors, baseWeights: weights, delta: delta, options: options, fit: single)
  }
}
