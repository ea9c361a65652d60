import Foundation

/// The profile-likelihood interval of the hinge threshold (STATS.md section 4, `ci: {method:
/// profile}`): every allowed eta whose profile RSS stays within the likelihood-ratio cut-off
/// of the best, n ln(RSS(eta) / RSS(eta_hat)) <= chi-square(1) quantile of the level.
///
/// The hinge is continuous in eta, so the likelihood-ratio statistic of the threshold has the
/// usual chi-square(1) limit (Feder 1975), unlike a jump's change point. The profile RSS is the
/// exact one of ``HingeProfile``; inside each gap between distinct x it has at most one
/// stationary point, so it is monotone on each side of it and each end of the accepted set is
/// found by bisection to the last bit. When the accepted set has holes (two separated dips of
/// the profile), the interval is its hull: never narrower than the set. It stops at the ends of
/// the allowed range (`minSide` points beyond); `reachesLowerEnd`/`reachesUpperEnd` say so.
public struct ProfileThresholdInterval: Sendable, Equatable {
  /// The threshold with the least RSS.
  public var estimate: Double
  /// The interval.
  public var interval: Interval
  /// Its coverage.
  public var level: Double
  /// The cut-off q of the likelihood-ratio statistic n ln(RSS(eta) / RSS(eta_hat)).
  public var cutoff: Double
  /// The largest RSS inside the interval: RSS(eta_hat) · exp(q / n).
  public var cutoffRSS: Double
  /// True when the interval runs into the lowest allowed threshold.
  public var reachesLowerEnd: Bool
  /// True when the interval runs into the highest allowed threshold.
  public var reachesUpperEnd: Bool

  /// The chi-square(1) quantile of `level`: the likelihood-ratio cut-off of the theory.
  public static func chiSquareCutoff(level: Double) -> Double {
    let z = Distribution.normalQuantile(p: (1 + level) / 2)
    return z * z
  }

  /// The interval at `level` for the hinge profile of (x, y) with `minSide` points a side,
  /// with the cut-off `cutoff` (default: the chi-square(1) quantile of the level; a
  /// bootstrap-calibrated one comes from ``ThresholdBootstrap/Result/calibratedCutoff``).
  ///
  /// - Throws: ``ThresholdError`` for bad data, too few points or a level outside (0, 1).
  public static func compute(
    x: [Double], y: [Double], level: Double = 0.95, minSide: Int = 5, cutoff: Double? = nil
  ) throws(ThresholdError) -> ProfileThresholdInterval {
    if !(level > 0 && level < 1) {
      throw .invalidParameter(name: "ci.level", reason: .strictlyBetween0And1)
    }
    let sample = try ThresholdSample(x: x, y: y)
    try sample.require(points: 2 * Swift.max(minSide, 1), distinctX: 3)
    let profile: HingeProfile
    do { profile = try HingeProfile(x: x, y: y, minSide: minSide) } catch { throw .fit(error) }
    let q = cutoff ?? chiSquareCutoff(level: level)
    if !(q >= 0 && q.isFinite) {
      throw .invalidParameter(name: "cutoff", reason: .finiteAtLeast0)
    }
    return interval(profile, n: x.count, level: level, cutoff: q)
  }

  /// The interval of an already built profile of n points, with the statistic's cut-off q.
  static func interval(_ profile: HingeProfile, n: Int, level: Double, cutoff q: Double) -> ProfileThresholdInterval {
    let best = profile.minimum()
    let cutoff = best.rss * exp(q / Double(n))
    let gaps = profile.gaps
    let rss = { (eta: Double, gap: HingeProfile.Gap) in profile.solve(eta: eta, leftCount: gap.leftCount).rss }
    /// The points of a gap where the profile can turn: its ends and its stationary point.
    func knots(_ gap: HingeProfile.Gap) -> [Double] {
      [gap.lower] + (profile.stationaryPoint(in: gap).map { [$0] } ?? []) + [gap.upper]
    }
    /// The end of the accepted set inside `gap`: the lowest accepted eta (`fromBelow`) or
    /// the highest; nil when no point of the gap is accepted.
    func end(in gap: HingeProfile.Gap, fromBelow: Bool) -> Double? {
      let points = fromBelow ? knots(gap) : knots(gap).reversed()
      guard let inside = points.firstIndex(where: { rss($0, gap) <= cutoff }) else { return nil }
      if inside == 0 { return points[0] }
      // Monotone between the knot before and the first accepted knot: bisect the crossing.
      var outside = points[inside - 1]
      var accepted = points[inside]
      for _ in 0..<200 {
        let middle = (outside + accepted) / 2
        if middle == outside || middle == accepted { break }
        if rss(middle, gap) <= cutoff { accepted = middle } else { outside = middle }
      }
      return accepted
    }
    var lower = best.eta
    for gap in gaps {
      if let e = end(in: gap, fromBelow: true) {
        lower = Swift.min(e, best.eta)
        break
      }
    }
    var upper = best.eta
    for gap in gaps.reversed() {
      if let e = end(in: gap, fromBelow: false) {
        upper = Swift.max(e, best.eta)
        break
      }
    }
    return ProfileThresholdInterval(
      estimate: best.eta, interval: Interval(lower: lower, upper: upper), level: level, cutoff: q, cutoffRSS: cutoff,
      reachesLowerEnd: lower == gaps[0].lower, reachesUpperEnd: upper == gaps[gaps.count - 1].upper)
  }
}

extension ProfileThresholdInterval {
  /// The profile interval whose cut-off is calibrated by a bootstrap of the same data: the
  /// `level` quantile of the replicates' likelihood-ratio statistics at the full data's
  /// threshold (``ThresholdBootstrap/Result/likelihoodRatios``), and never below the
  /// chi-square(1) quantile of the theory. The calibration widens the interval where the
  /// chi-square cut-off is too small, as for a score stuck at a floor of 0: there the noise
  /// differs on the two sides and the pooled RSS understates it; nil below 2 replicates.
  ///
  /// - Throws: ``ThresholdError`` as ``compute(x:y:level:minSide:cutoff:)``.
  public static func bootstrapCalibrated(
    x: [Double], y: [Double], level: Double = 0.95, minSide: Int = 5, bootstrap: ThresholdBootstrap.Result
  ) throws(ThresholdError) -> ProfileThresholdInterval? {
    guard let calibrated = bootstrap.calibratedCutoff(level: level) else { return nil }
    let cutoff = Swift.max(calibrated, chiSquareCutoff(level: level))
    return try compute(x: x, y: y, level: level, minSide: minSide, cutoff: cutoff)
  }
}
