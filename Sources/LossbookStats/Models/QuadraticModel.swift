/// The parabola `y = b0 + b1 x + b2 x²`, fitted in closed form (weighted linear least
/// squares by GSL's SVD with column balancing).
enum QuadraticModel {
  static let parameterNames = ["b0", "b1", "b2"]

  /// `b0 + b1 x + b2 x²`.
  static func value(at x: Double, parameters: [Double]) -> Double {
    parameters[0] + parameters[1] * x + parameters[2] * x * x
  }

  /// The gradient in (b0, b1, b2): (1, x, x²).
  static func gradient(at x: Double, parameters: [Double]) -> [Double] {
    [1, x, x * x]
  }

  /// Closed-form fit; converged, 0 iterations.
  static func fit(x: [Double], y: [Double], weights: [Double]?) throws(FitError) -> ModelFit {
    try InputChecks.checkCurve(x: x, y: y, weights: weights, parameters: 3)
    let line = try LinearLeastSquares.fit(
      columns: [x.map { _ in 1 }, x, x.map { $0 * $0 }], y: y, weights: weights)
    return ModelFit(
      model: BuiltinModel.quadratic.rawValue, parameterNames: parameterNames,
      estimates: line.coefficients, covariance: line.covariance, rss: line.rss, y: y,
      weights: weights, converged: true, stopReason: .closedForm, iterations: 0, trace: [],
      predictorCount: 1,
      evaluateRow: { row, parameters in value(at: row[0], parameters: parameters) },
      gradientRow: { row, parameters in gradient(at: row[0], parameters: parameters) })
  }
}
