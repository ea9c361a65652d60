import Foundation

/// The PELT penalty per change point: a fixed value, or β σ² ln n with σ estimated from the
/// first differences of the scores (STATS.md section 4: β = 2).
public enum PeltPenalty: Sendable, Equatable {
  /// A penalty given by the notebook.
  case fixed(Double)
  /// β σ² ln n with σ² = MAD(Δy)² / (2 · 0.6745²): MAD the median absolute deviation of the
  /// first differences Δy (from their median), 0.6745 the normal quartile that turns a MAD
  /// into a standard deviation, and the 2 because a difference of two independent noises
  /// has twice their variance. Robust to the jumps themselves.
  case madOfDifferences(multiplier: Double)
  /// β σ² ln n with σ² = Σ (Δy)² / (2 (n − 1)) (WORKLOAD-W1.md section 5): usable when
  /// more than half the differences are equal and the MAD is 0 (scores stuck at 0).
  case meanSquaredDifferences(multiplier: Double)

  /// The default of STATS.md: 2 σ² ln n with the MAD estimate.
  public static let standard = PeltPenalty.madOfDifferences(multiplier: 2)

  /// The normal quartile 0.6745 of the MAD-to-sigma conversion.
  public static let normalQuartile = 0.6745

  /// The penalty for scores `y` (in x order).
  ///
  /// - Throws: ``ThresholdError/invalidParameter(name:reason:)`` when the value is not
  ///   positive and finite (for the MAD rule: more than half the differences equal).
  public func value(for y: [Double]) throws(ThresholdError) -> Double {
    let n = y.count
    let penalty: Double
    switch self {
    case .fixed(let value):
      penalty = value
    case .madOfDifferences(let multiplier):
      guard n >= 3 else { throw .tooFewPoints(count: n, needed: 3) }
      let differences = (1..<n).map { y[$0] - y[$0 - 1] }
      let center = SampleQuantile.median(differences)
      let mad = SampleQuantile.median(differences.map { abs($0 - center) })
      let variance = mad * mad / (2 * Self.normalQuartile * Self.normalQuartile)
      penalty = multiplier * variance * log(Double(n))
    case .meanSquaredDifferences(let multiplier):
      guard n >= 3 else { throw .tooFewPoints(count: n, needed: 3) }
      var sum = 0.0
      for i in 1..<n { sum += (y[i] - y[i - 1]) * (y[i] - y[i - 1]) }
      penalty = multiplier * sum / (2 * Double(n - 1)) * log(Double(n))
    }
    guard penalty > 0, penalty.isFinite else {
      throw .invalidParameter(
        name: "pelt.penalty",
        reason: .positivePenalty(penalty))
    }
    return penalty
  }
}
