/// Why a threshold test or summary cannot be computed on these data: every case names what
/// is missing, so the report can say it (in the catalogue's words) instead of printing a
/// meaningless number.
public enum ThresholdError: Error, Sendable, Hashable {
  /// Which side of a threshold.
  public enum Side: String, Sendable, Hashable {
    /// x below the threshold (lower loss, where an ability shows).
    case below
    /// x at or above the threshold (higher loss, where the score should sit at chance).
    case above
  }

  /// Two inputs that must have the same length do not.
  case countMismatch(what: String, expected: Int, actual: Int)
  /// These rows (0-based) hold a NaN or infinite value.
  case nonFinite(rows: [Int])
  /// Fewer points than the method needs.
  case tooFewPoints(count: Int, needed: Int)
  /// Fewer points on one side of the threshold than needed.
  case tooFewPointsOnSide(side: Side, count: Int, needed: Int)
  /// Fewer distinct x values than the method needs.
  case tooFewDistinctX(count: Int, needed: Int)
  /// Every score is the same value: nothing changes, so nothing can be tested.
  case constantScores
  /// The chance level lies outside the range the scores could plausibly reach
  /// (see ``ThresholdInputChecks/checkChanceLevel(_:y:slackInSpans:)``).
  case chanceOutsideRange(chance: Double, lower: Double, upper: Double)
  /// No candidate threshold is left after trimming.
  case noCandidates
  /// A setting is out of its allowed range (for example 0 replicates).
  case invalidParameter(name: String, reason: SettingRule)
  /// An underlying fit failed.
  case fit(FitError)

}

/// The rule a threshold setting breaks.
public enum SettingRule: Sendable, Hashable {
  /// At least 1.
  case atLeastOne
  /// At least 1 point.
  case atLeastOnePoint
  /// At least 2 evaluation points.
  case atLeastTwoPoints
  /// Not negative.
  case notNegative
  /// A number of replicates that is not negative.
  case replicatesNotNegative
  /// Strictly between 0 and 1.
  case strictlyBetween0And1
  /// A finite number of at least 0.
  case finiteAtLeast0
  /// `0 <= from <= to <= 1`.
  case orderedFractions(from: Double, to: Double)
  /// A positive PELT penalty.
  case positivePenalty(Double)
  /// A parameter of the fit.
  case parameterOf(model: String, parameter: String)
}
