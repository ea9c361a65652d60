import Foundation

/// A data set with change points by ruptures, sup-F by brute force and Spearman by SciPy
/// (see Scripts/reference/make_threshold_fixtures.py).
struct ChangePointFixture: Sendable, CustomStringConvertible {
  var name: String
  var x: [Double]
  var y: [Double]
  /// "mad" or "meanSquared": the penalty rule that gave a positive value.
  var penaltyRule: String
  var penalty: Double
  /// ruptures Pelt breakpoints by min_size.
  var pelt: [Int: [Int]]
  /// ruptures Binseg (min_size 3) breakpoints by number of breaks.
  var binseg: [Int: [Int]]
  var supFGrid: Double
  var supFGridAt: Double
  /// The brute-force maximum over 202 thresholds per trimmed gap (a lower bound of the exact sup).
  var supFGapsDense: Double
  var supFGapsDenseAt: Double
  var spearman: Double

  var description: String { name }
}

/// A data set (sorted by x) with R's segmented and strucchange results
/// (see Scripts/reference/make_threshold_fixtures.R).
struct ThresholdSegmentedFixture: Sendable, CustomStringConvertible {
  var name: String
  var x: [Double]
  var y: [Double]
  var daviesP: Double
  var daviesBest: Double
  var psi: Double
  var psiSE: Double
  var segmentedRSS: Double
  var cusumStatistic: Double
  var cusumP: Double

  var description: String { name }
}

/// Whether `value` agrees with `reference` to `digits` significant digits (relative error
/// below half a unit in the last digit kept).
func agreesToSignificantDigits(_ value: Double, _ reference: Double, digits: Int) -> Bool {
  abs(value - reference) <= 0.5 * pow(10, Double(1 - digits)) * abs(reference)
}
