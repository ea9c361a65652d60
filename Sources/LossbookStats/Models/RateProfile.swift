import Foundation

/// Starting values for models that are linear in two parameters once a rate is fixed
/// (`exp-decay`: y = eps − k exp(−gamma x); `power-law`: y = a + b x^(−c)).
///
/// For each rate of a log-spaced grid, the other two parameters are the (weighted) simple
/// regression of y on the rate's regressor; the starts come back ordered by that RSS, so the
/// best grid point is first. Grid points whose regressor is constant (under- or overflow)
/// are skipped.
enum RateProfile {
  /// `count` log-spaced values from `10^lowExponent · unit` to `10^highExponent · unit`.
  static func rates(count: Int, lowExponent: Double, highExponent: Double, unit: Double) -> [Double] {
    let m = Swift.max(count, 1)
    if m == 1 { return [pow(10, (lowExponent + highExponent) / 2) * unit] }
    return (0..<m).map { j in
      pow(10, lowExponent + (highExponent - lowExponent) * Double(j) / Double(m - 1)) * unit
    }
  }

  /// Full starts `[intercept, slope · slopeScale(rate), rate]` ordered by profile RSS
  /// (stable on ties), for the regressor `regressor(rate)` of each rate.
  static func starts(
    y: [Double], weights: [Double]?, rates: [Double], regressor: (Double) -> [Double],
    slopeScale: (Double) -> Double
  ) -> [[Double]] {
    var scored: [(rss: Double, start: [Double])] = []
    for rate in rates {
      let g = regressor(rate)
      guard g.allSatisfy(\.isFinite), let line = try? SimpleRegression(x: g, y: y, weights: weights),
        line.rss.isFinite
      else { continue }
      scored.append((line.rss, [line.intercept, line.slope * slopeScale(rate), rate]))
    }
    let order = scored.indices.sorted {
      scored[$0].rss < scored[$1].rss || (scored[$0].rss == scored[$1].rss && $0 < $1)
    }
    return order.map { scored[$0].start }
  }
}
