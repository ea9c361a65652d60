/// The straight line `y = b0 + b1 x` by (weighted) least squares, in closed form.
///
/// Uses centred sums (two passes) rather than raw cross-products, so it keeps its digits
/// when x is far from 0 (NIST's Norris problem: 12 or more). Constant `y` is allowed (the
/// slope is 0 and the RSS 0); constant `x` is not.
public struct SimpleRegression: Sendable, Equatable {
  /// b0.
  public let intercept: Double
  /// b1.
  public let slope: Double
  /// The (weighted) residual sum of squares.
  public let rss: Double
  /// The number of observations.
  public let n: Int
  /// The covariance of (b0, b1), `RSS / (n − 2) · (XᵀWX)⁻¹`.
  public let covariance: [[Double]]

  /// Fits the line.
  ///
  /// - Throws: ``FitError`` when lengths differ, a value is not finite, a weight is not
  ///   positive, there are fewer than 3 points, or x is constant.
  public init(x: [Double], y: [Double], weights: [Double]? = nil) throws(FitError) {
    if x.count != y.count { throw .countMismatch(what: "x", expected: y.count, actual: x.count) }
    try InputChecks.checkResponse(y: y, weights: weights, parameters: 2, extraColumns: [x])
    if InputChecks.isConstant(x) { throw .constantX }
    let means = WeightedMeans(x: x, y: y, weights: weights)
    let sumW = means.totalWeight
    let meanX = means.meanX
    let meanY = means.meanY
    var sxx = 0.0
    var sxy = 0.0
    for i in x.indices {
      let w = weights?[i] ?? 1
      let dx = x[i] - meanX
      sxx += w * dx * dx
      sxy += w * dx * (y[i] - meanY)
    }
    let slope = sxy / sxx
    let intercept = meanY - slope * meanX
    var rss = 0.0
    for i in x.indices {
      let r = y[i] - intercept - slope * x[i]
      rss += (weights?[i] ?? 1) * r * r
    }
    let sigma2 = rss / Double(x.count - 2)
    self.intercept = intercept
    self.slope = slope
    self.rss = rss
    self.n = x.count
    self.covariance = [
      [sigma2 * (1 / sumW + meanX * meanX / sxx), -sigma2 * meanX / sxx],
      [-sigma2 * meanX / sxx, sigma2 / sxx],
    ]
  }

  /// The standard errors of (b0, b1).
  public var standardErrors: [Double] {
    [covariance[0][0].squareRoot(), covariance[1][1].squareRoot()]
  }
}
