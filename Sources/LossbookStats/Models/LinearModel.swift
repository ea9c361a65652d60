/// The straight line `y = b0 + b1 x`: the null model, fitted in closed form.
enum LinearModel {
  static let parameterNames = ["b0", "b1"]

  /// `b0 + b1 x`.
  static func value(at x: Double, parameters: [Double]) -> Double {
    parameters[0] + parameters[1] * x
  }

  /// Closed-form weighted OLS via ``SimpleRegression``; converged, 0 iterations. A constant y
  /// is fitted exactly (slope 0, RSS 0): the flat line is the one model that describes it.
  static func fit(x: [Double], y: [Double], weights: [Double]?) throws(FitError) -> ModelFit {
    if x.count != y.count { throw .countMismatch(what: "x", expected: y.count, actual: x.count) }
    try InputChecks.checkResponse(y: y, weights: weights, parameters: 2, extraColumns: [x])
    if InputChecks.isConstant(x) { throw .constantX }
    let line = try SimpleRegression(x: x, y: y, weights: weights)
    return ModelFit(
      model: BuiltinModel.linear.rawValue, parameterNames: parameterNames,
      estimates: [line.intercept, line.slope], covariance: line.covariance, rss: line.rss, y: y,
      weights: weights, converged: true, stopReason: .closedForm, iterations: 0, trace: [],
      predictorCount: 1,
      evaluateRow: { row, parameters in value(at: row[0], parameters: parameters) },
      gradientRow: { row, _ in [1, row[0]] })
  }
}
