/// Which thresholds a scan over the broken-line alternative considers (STATS.md section 4).
///
/// Both forms are trimmed to the x range between two quantiles of x (type 7), and every
/// candidate must leave at least `minSide` points strictly below it and as many at or above.
public enum ThresholdCandidates: Sendable, Equatable {
  /// Every threshold in every gap between consecutive distinct sorted x, clipped to
  /// [Q(`from`), Q(`to`)]: the supremum is exact, because inside a gap the statistic has a
  /// single stationary point in closed form (see ``BrokenLineScan``).
  case gaps(from: Double, to: Double)
  /// `count` evenly spaced thresholds from Q(`from`) to Q(`to`) inclusive (the grid of
  /// WORKLOAD-W1.md section 4: 100 from the 10th to the 90th percentile).
  case grid(count: Int, from: Double, to: Double)

  /// The default of STATS.md: every gap, trimmed to the 10th–90th percentile of x.
  public static let standard = ThresholdCandidates.gaps(from: 0.10, to: 0.90)

  /// Every gap over the whole x range (for estimating the threshold rather than testing).
  public static let allGaps = ThresholdCandidates.gaps(from: 0, to: 1)

  /// Checks the quantile range and grid size.
  func validate() throws(ThresholdError) {
    let (from, to): (Double, Double)
    switch self {
    case .gaps(let f, let t): (from, to) = (f, t)
    case .grid(let count, let f, let t):
      if count < 1 { throw .invalidParameter(name: "candidates.grid", reason: .atLeastOnePoint) }
      (from, to) = (f, t)
    }
    if !(0...1).contains(from) || !(0...1).contains(to) || from > to {
      throw .invalidParameter(
        name: "candidates", reason: .orderedFractions(from: from, to: to))
    }
  }
}
