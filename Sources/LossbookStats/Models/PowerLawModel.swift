import Foundation

/// The power law with an offset, `y = a + b x^(−c)`, for x > 0; `c` is constrained positive
/// (fitted on the log scale).
enum PowerLawModel {
  static let parameterNames = ["a", "b", "c"]
  static let positive = [false, false, true]

  /// `a + b x^(−c)`.
  static func value(at x: Double, parameters: [Double]) -> Double {
    parameters[0] + parameters[1] * pow(x, -parameters[2])
  }

  /// The gradient in (a, b, c): (1, g, −b g ln x) with g = x^(−c).
  static func gradient(at x: Double, parameters: [Double]) -> [Double] {
    let g = pow(x, -parameters[2])
    return [1, g, -parameters[1] * g * log(x)]
  }

  /// The model with its analytic Jacobian, for the (positive) predictor values `x`.
  static func nonlinearModel(x: [Double]) -> NonlinearModel {
    let logX = x.map { log($0) }
    return NonlinearModel(parameterNames: parameterNames) { parameters, values, jacobian in
      let a = parameters[0]
      let b = parameters[1]
      let c = parameters[2]
      for i in x.indices {
        let g = exp(-c * logX[i])
        values[i] = a + b * g
        guard let jacobian else { continue }
        jacobian[i * 3] = 1
        jacobian[i * 3 + 1] = g
        jacobian[i * 3 + 2] = -b * g * logX[i]
      }
    }
  }

  /// Starts from the exponent grid c = 10^u, u from −2 to 1 (``FitOptions/gridSize``
  /// values), best profile first. The regressor is scaled by the smallest x.
  static func starts(x: [Double], y: [Double], weights: [Double]?, options: FitOptions) -> [[Double]] {
    let low = x.min() ?? 1
    let rates = RateProfile.rates(count: options.gridSize, lowExponent: -2, highExponent: 1, unit: 1)
    return RateProfile.starts(
      y: y, weights: weights, rates: rates, regressor: { c in x.map { pow($0 / low, -c) } },
      slopeScale: { c in pow(low, c) })
  }

  /// Checks x > 0, then fits like ``ExpDecayModel/fit(x:y:weights:start:options:solver:)``.
  static func fit(
    x: [Double], y: [Double], weights: [Double]?, start: [Double]?, options: FitOptions,
    solver: NonlinearLeastSquares
  ) throws(FitError) -> ModelFit {
    try InputChecks.checkCurve(x: x, y: y, weights: weights, parameters: 3)
    let nonPositive = x.indices.filter { x[$0] <= 0 }
    if !nonPositive.isEmpty { throw .outsideDomain(rows: nonPositive, requirement: .powerLawPositiveX) }
    let all = start.map { [$0] } ?? starts(x: x, y: y, weights: weights, options: options)
    let chosen = Array(all.prefix(options.gridStarts ? Swift.max(options.gridRefine, 1) : 1))
    let bounds = parameterNames.indices.map {
      options.bounds[parameterNames[$0]] ?? (positive[$0] ? ParameterBound.positive : nil)
    }
    /// A parameter a given start leaves out takes the best grid start's value (1 without a grid).
    let fallback = all.first ?? parameterNames.map { _ in 1 }
    let given =
      start == nil
      ? options.starts.map { point in parameterNames.indices.map { point[parameterNames[$0]] ?? fallback[$0] } } : []
    let outcome = try MultiStartFit(model: nonlinearModel(x: x), modelName: "power-law", bounds: bounds).run(
      y: y, weights: weights, starts: given + chosen, retryStarts: Array(all.dropFirst(chosen.count)), options: options,
      solver: solver)
    return ModelFit(builtin: .powerLaw, result: outcome.result, y: y, weights: weights).with(outcome, bounds: bounds)
  }
}
