/// The nonlinear path shared by formula models and the built-in nonlinear models: bounds by
/// transformation, several starts (the best converged RSS wins), and the bound check.
struct MultiStartFit {
  /// The model in natural parameters θ.
  var model: NonlinearModel
  /// Which parameters are constrained positive (fitted as log θ).
  var positive: [Bool]

  /// Fits from each start (natural scale), in order; ties keep the earlier start.
  ///
  /// - Throws: ``FitError/parameterAtBound(name:)`` when the best fit (or, if none
  ///   converged, where the first start stopped) has a positive parameter below
  ///   ``FitOptions/boundTolerance`` times its start; otherwise the first start's error when no
  ///   start converged.
  func run(
    y: [Double], weights: [Double]?, starts: [[Double]], options: FitOptions,
    solver: NonlinearLeastSquares
  ) throws(FitError) -> NonlinearResult {
    let transform = LogScaleTransform(positive: positive)
    let solverModel = transform.wrap(model)
    var best: (result: NonlinearResult, start: [Double])?
    var firstFailure: (error: FitError, start: [Double], stoppedAt: [Double])?
    for start in starts {
      do {
        let phi = try transform.toSolver(start, names: model.parameterNames)
        let result = try solver.fitBuiltin(
          solverModel, y: y, weights: weights, start: phi, options: options.nonlinear)
        if result.converged, result.rss < (best?.result.rss ?? .infinity) {
          best = (transform.naturalResult(result), start)
        }
      } catch {
        if firstFailure == nil {
          let stopped = solver.lastPosition.count == start.count ? transform.toNatural(solver.lastPosition) : start
          firstFailure = (error, start, stopped)
        }
      }
    }
    if let best {
      try checkBounds(best.result.parameters, start: best.start, options: options)
      return best.result
    }
    guard let firstFailure else {
      throw .didNotConverge(iterations: 0, reason: "no starting values were given")
    }
    if case .badStart = firstFailure.error { throw firstFailure.error }
    try checkBounds(firstFailure.stoppedAt, start: firstFailure.start, options: options)
    throw firstFailure.error
  }

  /// Throws ``FitError/parameterAtBound(name:)`` for the first positive parameter that ran
  /// off towards 0.
  func checkBounds(_ natural: [Double], start: [Double], options: FitOptions) throws(FitError) {
    for j in natural.indices where positive[j] {
      if !(natural[j] > options.boundTolerance * abs(start[j])) {
        throw .parameterAtBound(name: model.parameterNames[j])
      }
    }
  }
}
