import Foundation

/// The Wilson score interval for a binomial proportion (Wilson 1927): the set of p whose
/// score test does not reject k successes in n trials at `1 − level`,
///
///     centre = (k + z²/2) / (n + z²),  half = z / (n + z²) · sqrt(k (n − k) / n + z²/4),
///
/// with z the normal quantile of (1 + level) / 2. Unlike the Wald interval it stays inside
/// [0, 1] and does not collapse to a point at k = 0 or k = n. SciPy's
/// `binomtest(k, n).proportion_ci(method="wilson")` gives the same ends.
public enum WilsonInterval {
  /// The interval for `successes` of `trials` (nil when there are no trials or the level is
  /// not strictly between 0 and 1).
  public static func compute(successes k: Int, trials n: Int, level: Double = 0.95) -> Interval? {
    guard n > 0, k >= 0, k <= n, level > 0, level < 1 else { return nil }
    let z = Distribution.normalQuantile(p: (1 + level) / 2)
    let z2 = z * z
    let nd = Double(n)
    let kd = Double(k)
    let centre = (kd + z2 / 2) / (nd + z2)
    let half = z / (nd + z2) * (kd * (nd - kd) / nd + z2 / 4).squareRoot()
    return Interval(lower: Swift.max(0, centre - half), upper: Swift.min(1, centre + half))
  }
}
