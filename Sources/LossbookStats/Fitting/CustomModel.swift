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
  /// Allowed ranges by parameter (nil: free, or `(0, ∞)` when `positive`).
  public var bounds: [ParameterBound?]
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
    solverModel: @escaping @Sendable () -> NonlinearModel, bounds: [ParameterBound?]? = nil
  ) {
    self.bounds = bounds ?? parameterNames.map { _ in nil }
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
  /// - Throws: ``FitError``: input errors (checked before any GSL call), a start outside its
  ///   bounds, or no run that left finite numbers; otherwise the fit's ``ModelFit/status``
  ///   says whether it is `ok`, `at_bound`, `unidentified` or `not_converged`.
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
    let ranges = (0..<p).map { j -> ParameterBound? in
      if bounds.indices.contains(j), let bound = bounds[j] { return bound }
      return positive[j] ? .positive : nil
    }
    let multi = MultiStartFit(model: solverModel(), modelName: name, bounds: ranges)
    let single = { (w: [Double]?, start: [Double]?) throws(FitError) -> ModelFit in
      let outcome = try multi.run(
        y: y, weights: w, starts: start.map { [$0] } ?? starts, options: options, solver: solver)
      let result = outcome.result
      return ModelFit(
        model: name, parameterNames: parameterNames, estimates: result.parameters,
        covariance: result.covariance, rss: result.rss, y: y, weights: w,
        converged: result.converged, stopReason: result.stopReason, iterations: result.iterations,
        trace: result.trace, predictorCount: predictors.count, evaluateRow: value,
        gradientRow: gradient
      ).with(outcome, bounds: ranges)
    }
    guard let delta = options.huberDelta else { return try single(weights, nil) }
    return try HuberIRLS.run(
      y: y, predictors: predictors, baseWeights: weights, delta: delta, options: options, fit: single)
  }
}
