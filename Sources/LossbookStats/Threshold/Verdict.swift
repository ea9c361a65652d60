/// The one-word conclusion of a threshold analysis (STATS.md section 5).
public enum Verdict: String, Sendable, Equatable, CaseIterable {
  /// At chance above the threshold, improving below it, and a threshold the test detects.
  case emergent
  /// No threshold, or a score that is already off chance at high loss.
  case smooth
  /// Too little data or evidence that splits; the reasons say which.
  case inconclusive
}

/// One reason behind a verdict, as numbers (the report layer words them).
public enum VerdictReason: Sendable, Equatable {
  /// No chance level was given, so "at chance" cannot be judged.
  case noChanceLevel
  /// A side of the threshold has fewer points than `needed`.
  case tooFewPointsOnSide(side: ThresholdError.Side, count: Int, needed: Int)
  /// sup-F rejects the line: p < alpha.
  case thresholdDetected(p: Double, alpha: Double)
  /// sup-F does not reject the line: p >= greyZoneFactor · alpha.
  case noThresholdDetected(p: Double, alpha: Double)
  /// alpha <= p < greyZoneFactor · alpha.
  case pValueInGreyZone(p: Double, alpha: Double, upper: Double)
  /// The line's BIC is no worse than the hinge's.
  case linePreferred(linear: Double, hinge: Double)
  /// Hinge and logistic fit within `margin` BIC units of each other.
  case bicSplit(hinge: Double, logistic: Double, margin: Double)
  /// The best threshold is an end of its allowed range: no flat region is located.
  case thresholdOnBoundary(threshold: Double)
  /// Above the threshold the mean is at chance (its interval holds chance, or it is within
  /// the tolerance of it).
  case highLossSideAtChance(mean: Double, interval: Interval, chance: Double, tolerance: Double)
  /// Above the threshold the mean is off chance (interval excludes it, beyond the tolerance).
  case highLossSideOffChance(mean: Double, interval: Interval, chance: Double, tolerance: Double)
  /// Above the threshold the score is flat: the slope's interval holds 0, or the most the
  /// score could change across that side (`maxChange`, by the interval's steeper end) is
  /// within `tolerance`.
  case highLossSideFlat(slope: Double, interval: Interval, maxChange: Double, tolerance: Double)
  /// Above the threshold the slope's interval excludes 0 and the score may change by more than
  /// `tolerance` across that side: it still changes there.
  case highLossSideSloped(slope: Double, interval: Interval, maxChange: Double, tolerance: Double)
  /// Below the threshold the score improves as loss falls (slope interval on the right side of 0).
  case lowLossSideImproves(slope: Double, interval: Interval)
  /// Below the threshold the slope's interval does not show improvement.
  case lowLossSideDoesNotImprove(slope: Double, interval: Interval)
}

/// A verdict with its reasons, in the order they were checked.
public struct VerdictOutcome: Sendable, Equatable {
  /// The verdict.
  public var verdict: Verdict
  /// Why.
  public var reasons: [VerdictReason]
}

/// The numbers a verdict is decided from; everything is computed elsewhere.
public struct ThresholdEvidence: Sendable, Equatable {
  /// The sup-F bootstrap p-value.
  public var supFP: Double
  /// The two sides of the estimated threshold; nil when they could not be summarised
  /// (pass the counts through `sideCounts`).
  public var sides: ThresholdSides?
  /// Points below and at-or-above the threshold (used when `sides` is nil).
  public var sideCounts: (below: Int, above: Int)
  /// Whether the hinge threshold is an end of its allowed range.
  public var thresholdOnBoundary: Bool
  /// The chance level; nil when the notebook gives none.
  public var chance: Double?
  /// BIC of the linear, logistic and hinge fits (nil for a fit that failed).
  public var bicLinear: Double?
  /// BIC of the logistic fit.
  public var bicLogistic: Double?
  /// BIC of the hinge fit.
  public var bicHinge: Double?

  /// Creates the evidence.
  public init(
    supFP: Double, sides: ThresholdSides?, sideCounts: (below: Int, above: Int)? = nil,
    thresholdOnBoundary: Bool, chance: Double?, bicLinear: Double?, bicLogistic: Double?,
    bicHinge: Double?
  ) {
    self.supFP = supFP
    self.sides = sides
    self.sideCounts = sideCounts ?? (sides?.below.n ?? 0, sides?.above.n ?? 0)
    self.thresholdOnBoundary = thresholdOnBoundary
    self.chance = chance
    self.bicLinear = bicLinear
    self.bicLogistic = bicLogistic
    self.bicHinge = bicHinge
  }

  public static func == (a: ThresholdEvidence, b: ThresholdEvidence) -> Bool {
    a.supFP == b.supFP && a.sides == b.sides && a.sideCounts == b.sideCounts
      && a.thresholdOnBoundary == b.thresholdOnBoundary && a.chance == b.chance
      && a.bicLinear == b.bicLinear && a.bicLogistic == b.bicLogistic && a.bicHinge == b.bicHinge
  }
}
