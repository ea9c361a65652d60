/// The level and slope of the scores on one side of a threshold, with intervals
/// (STATS.md section 5: the numbers the verdict reads).
public struct SideSummary: Sendable, Equatable {
  /// The number of points on this side.
  public var n: Int
  /// The mean score.
  public var mean: Double
  /// mean ± t(1 − (1 − level)/2, n − 1) · sd / √n.
  public var meanInterval: Interval
  /// The OLS slope of score on x (per unit of loss).
  public var slope: Double
  /// slope ± t(1 − (1 − level)/2, n − 2) · SE(slope).
  public var slopeInterval: Interval
  /// The range of x on this side (largest minus smallest).
  public var span: Double = 0

  /// Summarises the points (x, y) of one side.
  ///
  /// - Throws: ``ThresholdError`` with `side` when there are fewer than 3 points or a single x.
  public static func summarize(
    x: [Double], y: [Double], level: Double, side: ThresholdError.Side
  ) throws(ThresholdError) -> SideSummary {
    let n = y.count
    if n < 3 { throw .tooFewPointsOnSide(side: side, count: n, needed: 3) }
    if let first = x.first, x.allSatisfy({ $0 == first }) { throw .tooFewDistinctX(count: 1, needed: 2) }
    let tail = 1 - (1 - level) / 2
    let mean = y.reduce(0, +) / Double(n)
    var squares = 0.0
    for value in y { squares += (value - mean) * (value - mean) }
    let meanHalfWidth =
      Distribution.tQuantile(p: tail, dof: Double(n - 1)) * (squares / Double(n - 1) / Double(n)).squareRoot()
    let line: SimpleRegression
    do { line = try SimpleRegression(x: x, y: y) } catch { throw .fit(error) }
    let slopeHalfWidth = Distribution.tQuantile(p: tail, dof: Double(n - 2)) * line.standardErrors[1]
    return SideSummary(
      n: n, mean: mean, meanInterval: Interval(lower: mean - meanHalfWidth, upper: mean + meanHalfWidth),
      slope: line.slope,
      slopeInterval: Interval(lower: line.slope - slopeHalfWidth, upper: line.slope + slopeHalfWidth),
      span: (x.max() ?? 0) - (x.min() ?? 0))
  }
}

/// The two sides of a threshold: `above` holds x ≥ threshold (higher loss, where the score
/// should be at chance), `below` holds x < threshold (where an ability shows).
public struct ThresholdSides: Sendable, Equatable {
  /// The threshold that splits the points.
  public var threshold: Double
  /// x ≥ threshold.
  public var above: SideSummary
  /// x < threshold.
  public var below: SideSummary

  /// Splits (x, y) at `threshold` and summarises each side with `level` intervals
  /// (default 0.95).
  ///
  /// - Throws: ``ThresholdError/tooFewPointsOnSide(side:count:needed:)`` when a side has
  ///   fewer than `minSide` points (default 5; at least 3), and the errors of
  ///   ``SideSummary/summarize(x:y:level:side:)``.
  public static func split(
    x: [Double], y: [Double], at threshold: Double, level: Double = 0.95, minSide: Int = 5
  ) throws(ThresholdError) -> ThresholdSides {
    let sample = try ThresholdSample(x: x, y: y)
    let cut = BrokenLineScan.countBelow(sample.x, threshold)
    let needed = Swift.max(minSide, 3)
    if cut < needed { throw .tooFewPointsOnSide(side: .below, count: cut, needed: needed) }
    if sample.count - cut < needed {
      throw .tooFewPointsOnSide(side: .above, count: sample.count - cut, needed: needed)
    }
    let below = try SideSummary.summarize(
      x: Array(sample.x[..<cut]), y: Array(sample.y[..<cut]), level: level, side: .below)
    let above = try SideSummary.summarize(
      x: Array(sample.x[cut...]), y: Array(sample.y[cut...]), level: level, side: .above)
    return ThresholdSides(threshold: threshold, above: above, below: below)
  }
}
