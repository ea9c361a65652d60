import Foundation

/// Gadre et al.'s downstream law `y = eps − k exp(−gamma x)` (error against loss): it rises
/// towards `eps` as x grows. `gamma` is constrained positive (fitted on the log scale).
enum ExpDecayModel {
  static let parameterNames = ["eps", "k", "gamma"]
  static let positive = [false, false, true]

  /// `eps − k exp(−gamma x)`.
  static func value(at x: Double, parameters: [Double]) -> Double {
    parameters[0] - parameters[1] * exp(-parameters[2] * x)
  }

  /// The gradient in (eps, k, gamma): (1, −e, k x e) with e = exp(−gamma x).
  static func gradient(at x: Double, parameters: [Double]) -> [Double] {
    let e = exp(-parameters[2] * x)
    return [1, -e, parameters[1] * x * e]
  }

  /// The model with its analytic Jacobian, for the predictor values `x`.
  static func nonlinearModel(x: [Double]) -> NonlinearModel {
    NonlinearModel(parameterNames: parameterNames) { parameters, values, jacobian in
      let eps = parameters[0]
      let k = parameters[1]
      let gamma = parameters[2]
      for i in x.indices {
        let e = exp(-gamma * x[i])
        values[i] = eps - k * e
        guard let jacobian else { continue }
        jacobian[i * 3] = 1
        jacobian[i * 3 + 1] = -e
        jacobian[i * 3 + 2] = k * x[i] * e
      }
    }
  }

  /// Starts from the rate grid gamma = 10^u / (max x − min x), u from −1.5 to 1.5
  /// (``FitOptions/gridSize`` values), best profile first. The regressor is shifted to the
  /// smallest x so that it cannot underflow for every point at once.
  static func starts(x: [Double], y: [Double], weights: [Double]?, options: FitOptions) -> [[Double]] {
    let low = x.min() ?? 0
    let spread = Swift.max((x.max() ?? 1) - low, .leastNormalMagnitude)
    let rates = RateProfile.rates(count: options.gridSize, lowExponent: -1.5, highExponent: 1.5, unit: 1 / spread)
    return RateProfile.starts(
      y: y, weights: weights, rates: rates, regressor: { gamma in x.map { -exp(-gamma * ($0 - low)) } },
      slopeScale: { gamma in exp(gamma * low) })
  }

  /// Polishes the best profiled start (or, with ``FitOptions/gridStarts``, the best
  /// ``FitOptions/gridRefine`` of them); the smallest converged RSS wins.
  static func fit(
    x: [Double], y: [Double], weights: [Double]?, start: [Double]?, options: FitOptions,
    solver: NonlinearLeastSquares
  ) throws(FitError) -> ModelFit {
    try InputChecks.checkCurve(x: x, y: y, weights: weights, parameters: 3)
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
    let outcome = try MultiStartFit(model: nonlinearModel(x: x), modelName: "exp-decay", bounds: bounds).run(
      y: y, weights: weights, starts: given + chosen, retryStarts: Array(all.dropFirst(chosen.count)), options: options,
      solver: solver)
    return ModelFit(builtin: .expDecay, result: outcome.result, y: y, weights: weights).with(outcome, bounds: bounds)
  }
}
