import Foundation

/// A NIST StRD nonlinear regression problem: data, both starts and the certified answer.
struct NISTProblem: Sendable, CustomStringConvertible {
  var name: String
  var start1: [Double]
  var start2: [Double]
  var certifiedValues: [Double]
  var certifiedStandardErrors: [Double]
  var certifiedRSS: Double
  var x: [Double]
  var y: [Double]

  var description: String { name }
}

/// A data set with a reference fit computed by SciPy (see Scripts/reference/make_stats_fixtures.py).
struct ReferenceFixture: Sendable, CustomStringConvertible {
  var name: String
  var model: String
  var x: [Double]
  var y: [Double]
  var weights: [Double]?
  var estimates: [Double]
  var standardErrors: [Double]
  var rss: Double

  var description: String { name }
}

/// NIST's log relative error: the number of correct significant digits of `value`
/// (capped at 15; `-log10(|value − reference| / |reference|)`).
func logRelativeError(_ value: Double, _ reference: Double) -> Double {
  let relative = abs(value - reference) / abs(reference)
  return relative == 0 ? 15 : min(15, -log10(relative))
}

/// `|value − reference| / |reference|`.
func relativeError(_ value: Double, _ reference: Double) -> Double {
  abs(value - reference) / abs(reference)
}

/// A data set with R's segmented package fit (see Scripts/reference/make_segmented_fixtures.R).
struct SegmentedFixture: Sendable {
  var x: [Double]
  var y: [Double]
  var weights: [Double]?
  /// R's breakpoint (for the hinge: eta).
  var psi: Double
  /// R's coefficients: segmented (b0, b1, b2), hinge (r, k, eta).
  var coefficients: [Double]
  /// R's (weighted) residual sum of squares.
  var rss: Double
}
