/// The Chow (1960) test for a break at a known threshold: separate lines below and above
/// it against one line (STATS.md section 4).
///
/// With RSS_p of one line on all n points and RSS_b + RSS_a of separate lines on the points
/// with x < `at` and x >= `at`,
///
///     F = ((RSS_p − RSS_b − RSS_a) / 2) / ((RSS_b + RSS_a) / (n − 4)),
///
/// on (2, n − 4) degrees of freedom; p = P(F_{2, n−4} > F) from GSL (`gsl_cdf_fdist_Q`).
public struct ChowTest: Sendable {
  /// The outcome.
  public struct Result: Sendable, Equatable {
    /// The known threshold.
    public var at: Double
    /// F.
    public var f: Double
    /// The numerator degrees of freedom (2).
    public var dfNumerator: Int
    /// The denominator degrees of freedom (n − 4).
    public var dfDenominator: Int
    /// P(F_{2, n−4} > F).
    public var p: Double
    /// Points below and at-or-above the threshold.
    public var below: Int
    /// Points at or above the threshold.
    public var above: Int
  }

  /// Points required on each side (at least 3, so each line has a residual; default 3).
  public var minSide: Int

  /// Creates the test.
  public init(minSide: Int = 3) {
    self.minSide = minSide
  }

  /// Tests for a break at `at`.
  ///
  /// - Throws: ``ThresholdError`` for bad input, constant scores, fewer than `minSide`
  ///   points or 2 distinct x on a side.
  public func run(x: [Double], y: [Double], at threshold: Double) throws(ThresholdError) -> Result {
    let sample = try ThresholdSample(x: x, y: y)
    let needed = Swift.max(minSide, 3)
    try sample.require(points: 2 * needed, distinctX: 4)
    let split = BrokenLineScan.countBelow(sample.x, threshold)
    let n = sample.count
    for (side, range) in [(ThresholdError.Side.below, 0..<split), (.above, split..<n)] {
      if range.count < needed { throw .tooFewPointsOnSide(side: side, count: range.count, needed: needed) }
      if sample.x[range.lowerBound] == sample.x[range.upperBound - 1] {
        throw .tooFewDistinctX(count: 1, needed: 2)
      }
    }
    let pooled = NullLine(x: sample.x, y: sample.y).rss
    let below = NullLine(x: Array(sample.x[0..<split]), y: Array(sample.y[0..<split])).rss
    let above = NullLine(x: Array(sample.x[split...]), y: Array(sample.y[split...])).rss
    let separate = below + above
    let dfDenominator = n - 4
    let f = separate > 0 ? ((pooled - separate) / 2) / (separate / Double(dfDenominator)) : .infinity
    let p = Distribution.fUpperTail(f, d1: 2, d2: Double(dfDenominator))
    return Result(
      at: threshold, f: f, dfNumerator: 2, dfDenominator: dfDenominator, p: p, below: split,
      above: n - split)
  }
}
