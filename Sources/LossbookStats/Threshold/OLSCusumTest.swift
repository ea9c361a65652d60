import Foundation

/// The OLS-based CUSUM test (Ploberger and Krämer 1992) of the line `y = b0 + b1 x` with the
/// points ordered by x, as R's strucchange (1.5.3) `sctest(efp(y ~ x, type = "OLS-CUSUM"))`.
///
/// With OLS residuals e_i, sigma = sqrt(Σ (e − ē)² / (n − 2)) and the process
/// W(j) = Σ_{i≤j} e_i / (sigma √n), j = 1…n, the statistic is S = max_j |W(j)|. Under the
/// null W converges to a Brownian bridge, and the p-value is that of its supremum
/// (``BrownianBridge/supremumUpperTail(_:terms:)``).
public struct OLSCusumTest: Sendable {
  /// The outcome.
  public struct Result: Sendable, Equatable {
    /// S = max |W(j)|.
    public var statistic: Double
    /// P(sup |B| > S).
    public var p: Double
    /// The x at which |W| is largest (the first on ties).
    public var at: Double
  }

  /// Terms of the alternating series for the p-value (strucchange: 100).
  public var seriesTerms: Int

  /// Creates the test.
  public init(seriesTerms: Int = 100) {
    self.seriesTerms = seriesTerms
  }

  /// Runs the test.
  ///
  /// - Throws: ``ThresholdError`` for bad input, fewer than 4 points or 2 distinct x, or
  ///   constant scores.
  public func run(x: [Double], y: [Double]) throws(ThresholdError) -> Result {
    let sample = try ThresholdSample(x: x, y: y)
    try sample.require(points: 4, distinctX: 2)
    let line = NullLine(x: sample.x, y: sample.y)
    let n = Double(sample.count)
    let mean = line.residuals.reduce(0, +) / n
    var centred = 0.0
    for e in line.residuals { centred += (e - mean) * (e - mean) }
    let sigma = (centred / (n - 2)).squareRoot()
    var cumulative = 0.0
    var statistic = 0.0
    var at = sample.x[0]
    for (i, e) in line.residuals.enumerated() {
      cumulative += e
      let value = abs(cumulative) / (sigma * n.squareRoot())
      if value > statistic {
        statistic = value
        at = sample.x[i]
      }
    }
    let p = BrownianBridge.supremumUpperTail(statistic, terms: seriesTerms)
    return Result(statistic: statistic, p: p, at: at)
  }
}

/// The supremum of the absolute Brownian bridge on [0, 1] (Kolmogorov's distribution).
public enum BrownianBridge {
  /// P(sup |B(t)| > s) = −2 Σ_{i=1}^{terms} (−1)^i exp(−2 i² s²), set to 1 for s < 0.1 where
  /// the series is slow (as strucchange's `pvalue.efp` does).
  public static func supremumUpperTail(_ s: Double, terms: Int = 100) -> Double {
    if s < 0.1 { return 1 }
    var sum = 0.0
    for i in 1...Swift.max(terms, 1) {
      let sign: Double = i % 2 == 0 ? 1 : -1
      sum += sign * exp(-2 * Double(i * i) * s * s)
    }
    return 1 - (1 + 2 * sum)
  }
}
