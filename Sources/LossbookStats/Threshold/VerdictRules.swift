/// The rules that turn ``ThresholdEvidence`` into a ``Verdict`` (STATS.md section 5), with
/// every cut-off a documented setting.
///
/// Checked in this order; the first that applies decides:
/// 1. no chance level → inconclusive;
/// 2. a side with fewer than `minSide` points → inconclusive;
/// 3. the high-loss side off chance (mean interval excludes chance and the mean is more than
///    `chanceTolerance` from it) → smooth: a curve already above chance is smooth, however
///    curved, whatever the test says;
/// 4. p >= `greyZoneFactor` · alpha (no threshold detected) → smooth when the high-loss
///    slope's interval excludes 0 (the score still changes at high loss), or when the best
///    threshold is on the boundary of its range (no flat region located), the score improves
///    significantly below it and the line's BIC is no worse than the hinge's (one line over
///    the whole range); otherwise inconclusive: a flat stretch at chance that the test cannot
///    tell from noise (a weak or small case is not called smooth);
/// 5. alpha <= p < `greyZoneFactor` · alpha → inconclusive;
/// 6. p < alpha: hinge and logistic within `bicMargin` BIC units → inconclusive; the
///    high-loss side flat and the low-loss slope's interval wholly on the improving side of
///    0 → emergent; otherwise inconclusive, with the condition that failed.
///
/// "Flat" on the high-loss side: the slope's interval holds 0, or the most the score could
/// change across that side by the interval's ends is within `chanceTolerance` (a slope too
/// small to matter, as when scores sit at a floor of 0 with a few near the threshold).
public struct VerdictRules: Sendable, Equatable {
  /// The test level (default 0.05).
  public var alpha: Double
  /// p in [alpha, greyZoneFactor · alpha) is a grey zone (default 2).
  public var greyZoneFactor: Double
  /// A high-loss mean within this distance of chance counts as at chance (default 0.02).
  public var chanceTolerance: Double
  /// Hinge and logistic within this many BIC units split the evidence (default 2).
  public var bicMargin: Double
  /// The fewest points on each side (default 5).
  public var minSide: Int
  /// Whether a higher score is better (default true); false for metrics such as Brier, where
  /// improvement as loss falls means a positive slope in loss.
  public var higherIsBetter: Bool

  /// Creates the rules with the defaults of STATS.md.
  public init(
    alpha: Double = 0.05, greyZoneFactor: Double = 2, chanceTolerance: Double = 0.02,
    bicMargin: Double = 2, minSide: Int = 5, higherIsBetter: Bool = true
  ) {
    self.alpha = alpha
    self.greyZoneFactor = greyZoneFactor
    self.chanceTolerance = chanceTolerance
    self.bicMargin = bicMargin
    self.minSide = minSide
    self.higherIsBetter = higherIsBetter
  }

  /// Decides the verdict; a pure function of the evidence and these rules.
  public func decide(_ evidence: ThresholdEvidence) -> VerdictOutcome {
    func outcome(_ verdict: Verdict, _ reasons: [VerdictReason]) -> VerdictOutcome {
      VerdictOutcome(verdict: verdict, reasons: reasons)
    }
    guard let chance = evidence.chance else { return outcome(.inconclusive, [.noChanceLevel]) }
    let counts = evidence.sideCounts
    for (side, count) in [(ThresholdError.Side.below, counts.below), (.above, counts.above)] where count < minSide {
      return outcome(.inconclusive, [.tooFewPointsOnSide(side: side, count: count, needed: minSide)])
    }
    guard let sides = evidence.sides else {
      return outcome(.inconclusive, [.tooFewPointsOnSide(side: .above, count: counts.above, needed: minSide)])
    }
    let above = sides.above
    let below = sides.below
    let p = evidence.supFP
    let atChance =
      (above.meanInterval.lower <= chance && chance <= above.meanInterval.upper)
      || abs(above.mean - chance) <= chanceTolerance
    if !atChance {
      return outcome(
        .smooth,
        [
          .highLossSideOffChance(
            mean: above.mean, interval: above.meanInterval, chance: chance, tolerance: chanceTolerance)
        ])
    }
    let level = VerdictReason.highLossSideAtChance(
      mean: above.mean, interval: above.meanInterval, chance: chance, tolerance: chanceTolerance)
    let steepest = Swift.max(abs(above.slopeInterval.lower), abs(above.slopeInterval.upper))
    let flat =
      (above.slopeInterval.lower <= 0 && 0 <= above.slopeInterval.upper) || steepest * above.span <= chanceTolerance
    let change = steepest * above.span
    let slopeReason: VerdictReason =
      flat
      ? .highLossSideFlat(
        slope: above.slope, interval: above.slopeInterval, maxChange: change, tolerance: chanceTolerance)
      : .highLossSideSloped(
        slope: above.slope, interval: above.slopeInterval, maxChange: change, tolerance: chanceTolerance)
    let upper = greyZoneFactor * alpha
    let improves =
      higherIsBetter ? below.slopeInterval.upper < 0 : below.slopeInterval.lower > 0
    let belowReason: VerdictReason =
      improves
      ? .lowLossSideImproves(slope: below.slope, interval: below.slopeInterval)
      : .lowLossSideDoesNotImprove(slope: below.slope, interval: below.slopeInterval)
    if p >= upper {
      let none = VerdictReason.noThresholdDetected(p: p, alpha: alpha)
      if !flat { return outcome(.smooth, [none, slopeReason]) }
      if evidence.thresholdOnBoundary, improves, let linear = evidence.bicLinear,
        let hinge = evidence.bicHinge, linear <= hinge
      {
        return outcome(
          .smooth,
          [
            none, .thresholdOnBoundary(threshold: sides.threshold), belowReason,
            .linePreferred(linear: linear, hinge: hinge),
          ])
      }
      return outcome(.inconclusive, [none, level, slopeReason])
    }
    if p >= alpha { return outcome(.inconclusive, [.pValueInGreyZone(p: p, alpha: alpha, upper: upper)]) }
    let detected = VerdictReason.thresholdDetected(p: p, alpha: alpha)
    if let hinge = evidence.bicHinge, let logistic = evidence.bicLogistic, abs(hinge - logistic) < bicMargin {
      return outcome(.inconclusive, [detected, .bicSplit(hinge: hinge, logistic: logistic, margin: bicMargin)])
    }
    if flat && improves { return outcome(.emergent, [detected, level, slopeReason, belowReason]) }
    return outcome(.inconclusive, [detected, level] + (flat ? [] : [slopeReason]) + (improves ? [] : [belowReason]))
  }
}
