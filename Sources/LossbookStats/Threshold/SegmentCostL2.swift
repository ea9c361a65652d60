/// The L2 segment cost of ruptures' `CostL2`: the sum of squared deviations from the segment
/// mean, C(s, e) = Σ_{s≤i<e} (y_i − ȳ_{s:e})², in O(1) from prefix sums.
///
/// y is shifted by its overall mean before the prefix sums Σ y and Σ y² are formed, which
/// keeps C(s, e) = S2 − S1² / (e − s) from losing digits to a large common level.
struct SegmentCostL2: Sendable {
  private let first: [Double]
  private let second: [Double]

  /// The number of points.
  var count: Int { first.count - 1 }

  /// Prefix sums of `y`.
  init(_ y: [Double]) {
    let mean = y.isEmpty ? 0 : y.reduce(0, +) / Double(y.count)
    var first = [Double](repeating: 0, count: y.count + 1)
    var second = [Double](repeating: 0, count: y.count + 1)
    for (i, value) in y.enumerated() {
      let centred = value - mean
      first[i + 1] = first[i] + centred
      second[i + 1] = second[i] + centred * centred
    }
    self.first = first
    self.second = second
  }

  /// The mean of y[start..<end] minus the overall mean (the scale of the prefix sums).
  @inline(__always)
  func centredMean(_ start: Int, _ end: Int) -> Double {
    (first[end] - first[start]) / Double(end - start)
  }

  /// C(start, end) for 0 ≤ start < end ≤ count (never negative).
  @inline(__always)
  func cost(_ start: Int, _ end: Int) -> Double {
    let s1 = first[end] - first[start]
    let s2 = second[end] - second[start]
    return Swift.max(s2 - s1 * s1 / Double(end - start), 0)
  }
}
