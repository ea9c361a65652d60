import LossbookStats

/// The diagnostics of a `threshold` block (`ThresholdDiagnostics` in LossbookBlocks names their
/// ids).
public enum ThresholdProblem: Sendable, Hashable {
  /// A step that failed and why: "the Davies test: <reason>".
  case stepFailed(ThresholdStep, reason: ThresholdError)
  case minSideHelp, distinctXHelp, constantScoresHelp, candidatesHelp, badDataHelp
  /// The fix for a chance level outside the scores' range (`ThresholdDiagnostics.chanceHelp`).
  case chanceScaleHelp
  case chancePercentHelp
  case chanceFarHelp(chance: String)
  case mustBe(option: String, rule: NumberRule)
  case chowWithoutThreshold, chowWithoutThresholdHelp
  case candidatesOrder(from: String, to: String)
  /// Numbers formatted: "bootstrap asks for 20000 replicates, more than limits.replicates (10000)".
  case tooManyReplicates(option: String, asked: String, limit: String)
  case tooManyReplicatesHelp
}

/// A step of a threshold analysis, as a failure names it.
public enum ThresholdStep: Sendable, Hashable {
  case data, random, supF, interval, segmented, hinge, verdict, spearman, davies, chow, pelt, binarySegmentation, cusum
}

/// What an option's value must be: "alpha must be strictly between 0 and 1".
public enum NumberRule: Sendable, Hashable {
  case number, zeroOrMore, oneOrMore, above0, between0And1, quantile
  case atLeast(Int)
  case wholeAtLeast(Int)
}
