import Foundation

/// Davies' test for a change in slope, computed exactly as R's `segmented::davies.test(fit, ~x)`
/// (segmented 1.6.2) for `fit = lm(y ~ x)`: Davies (1987, 2002) upper bound on the p-value of
/// the largest t statistic over `k` evaluation points.
///
/// At each point psi_j of `seq(x_(2), x_(n−1), length.out = k)` (x_(i) the sorted x), the
/// model `y = b0 + b1 x + b2 (x − psi_j)₊` is fitted by OLS and t_j = b2 / SE(b2) with
/// n − 3 degrees of freedom (a point where the design is singular is dropped). For the
/// default two-sided alternative M = max |t_j| (the first on ties gives `best`), then
///
/// - n ≤ 300 (R's `daviesLM`): V = Σ |asin √ρ_{j+1} − asin √ρ_j| with ρ_j = (drop in RSS) /
///   RSS0 at psi_j, u = M² / (n − 3 + M²), and
///   p = 2 [P(t_{n−3} > M) + V (1 − u)^{(n−4)/2} Γ((n−2)/2) / (2 Γ((n−3)/2) √π)];
/// - n > 300 (R's `daviesGLM`, Wald): V = Σ |t_{j+1} − t_j| and
///   p = 2 [P(Z > M) + V exp(−M²/2) / √(8π)];
///
/// "less" and "greater" use min t and max t with the factor 1, as R does. The p-value is
/// capped at 1.
public struct DaviesTest: Sendable {
  /// The alternative hypothesis, as R's `alternative` argument.
  public enum Alternative: String, Sendable, Equatable {
    /// A change in slope of either sign (R's default).
    case twoSided = "two.sided"
    /// The slope decreases (t small).
    case less
    /// The slope increases (t large).
    case greater
  }

  /// The outcome.
  public struct Result: Sendable, Equatable {
    /// The p-value (Davies' upper bound, capped at 1).
    public var p: Double
    /// The evaluation point with the most extreme t (R's `statistic`, "'best' at").
    public var best: Double
    /// The evaluation points that were kept (R's `process[, "psi.values"]`).
    public var points: [Double]
    /// The t statistic at each kept point (R's `process[, "stat.values"]`).
    public var t: [Double]
    /// k.
    public var k: Int
  }

  /// The number of evaluation points (R's default 10; at least 2).
  public var k: Int
  /// The alternative (R's default two-sided).
  public var alternative: Alternative
  /// Above this many points R switches to its Wald/normal approximation (`n <= 300` in
  /// `davies.test`).
  public var largeSampleCutoff: Int

  /// Creates the test with R's defaults.
  public init(k: Int = 10, alternative: Alternative = .twoSided, largeSampleCutoff: Int = 300) {
    self.k = k
    self.alternative = alternative
    self.largeSampleCutoff = largeSampleCutoff
  }

  /// Runs the test.
  ///
  /// - Throws: ``ThresholdError`` for bad input, fewer than 5 points or 3 distinct x,
  ///   constant scores, k < 2, or no evaluation point with a non-singular design.
  public func run(x: [Double], y: [Double]) throws(ThresholdError) -> Result {
    if k < 2 { throw .invalidParameter(name: "davies.k", reason: .atLeastTwoPoints) }
    let sample = try ThresholdSample(x: x, y: y)
    try sample.require(points: 5, distinctX: 3)
    let n = sample.count
    let dof = Double(n - 3)
    let first = sample.x[1]
    let last = sample.x[n - 2]
    let by = (last - first) / Double(k - 1)
    let values = (0..<k).map { first + Double($0) * by }
    let line = NullLine(x: sample.x, y: sample.y)
    var points: [Double] = []
    var tValues: [Double] = []
    var shares: [Double] = []
    for psi in values {
      guard let (t, share) = line.slopeChange(at: psi, dof: dof) else { continue }
      points.append(psi)
      tValues.append(t)
      shares.append(share)
    }
    guard !tValues.isEmpty else { throw .noCandidates }
    let (m, bestIndex) = Self.extreme(tValues, alternative)
    let large = n > largeSampleCutoff
    let naive: Double
    var variation = 0.0
    let bound: Double
    if large {
      for j in 1..<Swift.max(tValues.count, 1) { variation += abs(tValues[j] - tValues[j - 1]) }
      naive =
        alternative == .less ? Distribution.normalCDF(m) : 1 - Distribution.normalCDF(m)
      bound = variation * exp(-m * m / 2) / (8 * Double.pi).squareRoot()
    } else {
      let angles = shares.map { asin($0.squareRoot()) }
      for j in 1..<Swift.max(angles.count, 1) { variation += abs(angles[j] - angles[j - 1]) }
      naive =
        alternative == .less
        ? 1 - Distribution.tUpperTail(m, dof: dof) : Distribution.tUpperTail(m, dof: dof)
      let u = m * m / (dof + m * m)
      let gammaRatio = exp(lgamma(dof / 2 + 0.5) - lgamma(dof / 2))
      bound = variation * pow(1 - u, (dof - 1) / 2) * gammaRatio / (2 * Double.pi.squareRoot())
    }
    let factor = alternative == .twoSided ? 2.0 : 1.0
    let p = Swift.min(factor * (naive + bound), 1)
    return Result(p: p, best: points[bestIndex], points: points, t: tValues, k: k)
  }

  /// M and its first index: max |t| (two-sided), min t (less) or max t (greater).
  static func extreme(_ t: [Double], _ alternative: Alternative) -> (Double, Int) {
    var index = 0
    for j in t.indices {
      switch alternative {
      case .twoSided: if abs(t[j]) > abs(t[index]) { index = j }
      case .less: if t[j] < t[index] { index = j }
      case .greater: if t[j] > t[index] { index = j }
      }
    }
    return (alternative == .twoSided ? abs(t[index]) : t[index], index)
  }
}

/// The straight-line fit of y on x and the effect of adding one broken-stick regressor
/// (x − psi)₊ to it, by the Frisch–Waugh–Lovell theorem (no matrix inversion).
struct NullLine {
  let x: [Double]
  let residuals: [Double]
  let rss: Double
  let meanX: Double
  let sxx: Double

  /// Fits y = b0 + b1 x by OLS on centred x.
  init(x: [Double], y: [Double]) {
    let n = Double(x.count)
    let meanX = x.reduce(0, +) / n
    let meanY = y.reduce(0, +) / n
    var sxx = 0.0
    var sxy = 0.0
    for i in x.indices {
      sxx += (x[i] - meanX) * (x[i] - meanX)
      sxy += (x[i] - meanX) * (y[i] - meanY)
    }
    let slope = sxy / sxx
    var rss = 0.0
    let residuals = x.indices.map { i -> Double in
      let r = y[i] - meanY - slope * (x[i] - meanX)
      rss += r * r
      return r
    }
    self.x = x
    self.residuals = residuals
    self.rss = rss
    self.meanX = meanX
    self.sxx = sxx
  }

  /// The t statistic of b2 in y = b0 + b1 x + b2 (x − psi)₊ and the share of RSS0 that the
  /// extra term removes; nil when (x − psi)₊ is (numerically) in the span of (1, x), the
  /// case where R's `solve` fails and `davies.test` drops the point.
  func slopeChange(at psi: Double, dof: Double) -> (t: Double, share: Double)? {
    let n = Double(x.count)
    var sumZ = 0.0
    var sumZX = 0.0
    var sumZZ = 0.0
    var sumZE = 0.0
    for i in x.indices {
      let z = Swift.max(x[i] - psi, 0)
      sumZ += z
      sumZX += z * (x[i] - meanX)
      sumZZ += z * z
      sumZE += z * residuals[i]
    }
    let residualZZ = sumZZ - sumZ * sumZ / n - sumZX * sumZX / sxx
    guard residualZZ > BrokenLineScan.degeneracy * sumZZ, residualZZ > 0 else { return nil }
    let b2 = sumZE / residualZZ
    let drop = sumZE * sumZE / residualZZ
    let rss1 = rss - drop
    let sigma = (rss1 / dof).squareRoot()
    let t = b2 * residualZZ.squareRoot() / sigma
    return (t, drop / rss)
  }
}
