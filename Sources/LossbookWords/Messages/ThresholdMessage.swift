/// The words of a `threshold` block: its table, verdict and reasons. Numbers arrive formatted.
public enum ThresholdMessage: Sendable, Hashable {
  /// "Threshold analysis of MMLU against loss (n = 240)".
  case caption(y: String, x: String, n: Int)
  case thresholdHinge
  /// A value followed by how it was made: "2.21 [2.19, 2.23] (95% interval, ...)".
  case valueWithMethod(value: String, method: String)
  case deltaInterval
  /// "2.21 [2.19, 2.23] (95% interval, delta method)".
  case deltaValue(value: String, level: String)
  /// ", Holm-adjusted p = 0.024" after a test's own p-value.
  case adjustedSuffix(String)
  /// "Holm-adjusted p = 0.024".
  case adjustedP(method: String, p: String)
  /// sup-F's row: "717.6 at 2.250, p < 0.001 (B = 1000)".
  case supFValue(statistic: String, at: String, p: String, adjusted: String, replicates: Int)
  case daviesTest, chowTest
  /// Chow's row: "F = 3.21 at 2.2, p = 0.04".
  case chowValue(f: String, at: String, p: String, adjusted: String)
  /// PELT's row: "3 change points, last at 2.210".
  case peltValue(changes: Int, lastAt: String?)
  case binarySegmentation
  /// "breakpoints 41, 180".
  case breakpoints(String)
  case multipleTesting
  /// The row of the p-values' adjustment: none, or Holm's or Benjamini-Hochberg's method.
  case familyNotAdjusted(tests: Int, blocks: Int)
  case familyAdjusted(method: String, tests: Int, blocks: Int)
  /// "hinge -1809.6 (best)".
  case bicEntry(model: String, bic: String, best: Bool)
  /// After the BICs when the logistic curve could not be fitted.
  case logisticNotFitted
  case spearman
  case verdict(VerdictWord)
  case verdictRuleHeader
  /// The rule the verdict followed (the default of STATS.md section 5, or W1's with
  /// `verdict_rule: w1`), and the verdict the other would give when it differs.
  case verdictRule(w1: Bool, alpha: String, otherVerdict: VerdictWord?)
  /// How the threshold's interval was made.
  case intervalBootstrapProfile(level: String, count: Int, runs: Bool)
  case intervalProfile(level: String, cutoff: String)
  case intervalBootstrap(level: String, count: Int, runs: Bool)
  /// The interval's method in a few words, for figure labels.
  case shortBootstrapProfile, shortProfile, shortBootstrap
  case reason(ThresholdReasonMessage)
}

/// A verdict of a threshold analysis (STATS.md section 5).
public enum VerdictWord: String, Sendable, Hashable {
  case emergent, smooth, inconclusive
}

/// One reason behind a verdict. `p` is already written ("p < 0.001", "Holm-adjusted p = 0.02");
/// intervals are "[a, b]".
public enum ThresholdReasonMessage: Sendable, Hashable {
  case noChanceLevel
  case tooFewPoints(below: Bool, count: Int, needed: Int)
  case thresholdDetected(p: String, alpha: String)
  case noThresholdDetected(p: String, alpha: String)
  case greyZone(p: String, alpha: String, upper: String)
  case linePreferred(linear: String, hinge: String)
  case bicSplit(hinge: String, logistic: String, margin: String)
  case onBoundary(threshold: String)
  /// At guessing level because the interval of the mean includes it.
  case atChance(mean: String, interval: String, chance: String)
  /// At guessing level by the tolerance (`chance_tolerance`): the interval excludes it, the
  /// mean is within the tolerance of it.
  case atChanceWithinTolerance(mean: String, interval: String, chance: String, tolerance: String)
  case offChance(mean: String, interval: String, chance: String)
  /// Flat because the slope's interval includes 0.
  case flatAbove(slope: String, interval: String)
  /// Flat by the tolerance: the interval excludes 0, but the score changes by at most `change`
  /// across that side.
  case flatWithinTolerance(slope: String, interval: String, change: String, tolerance: String)
  case slopedAbove(slope: String, interval: String, change: String, tolerance: String)
  case improvesBelow(slope: String, interval: String)
  case doesNotImproveBelow(slope: String, interval: String)
  /// W1's rule: the best fit by BIC, with every fit's "name BIC".
  case bestByBIC(best: String, bics: [String])
}
