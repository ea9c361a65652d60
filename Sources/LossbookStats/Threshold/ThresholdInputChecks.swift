/// Checks of a threshold analysis's inputs that no single test makes.
public enum ThresholdInputChecks {
  /// Throws ``ThresholdError/chanceOutsideRange(chance:lower:upper:)`` when the chance level
  /// cannot be right for these scores: above their range widened by `slackInSpans` times its
  /// span, [min y − s (max − min), max y + s (max − min)] (default s = 1); below it on another
  /// scale (a negative level for scores that are never negative, or a level of at most 1 for
  /// scores in percent); or below it when the scores themselves go below 0.
  ///
  /// A task that is above chance everywhere is legitimate (it is smooth, or its models are past
  /// their threshold): `random: 0.25` for scores from 0.55 to 0.84 is accepted. A level far above
  /// the scores (25 for scores in [0, 1], a metric mixed up with another) is a mistake that would
  /// make every verdict meaningless.
  public static func checkChanceLevel(_ chance: Double, y: [Double], slackInSpans: Double = 1) throws(ThresholdError) {
    guard chance.isFinite else { throw .nonFinite(rows: []) }
    guard let low = y.min(), let high = y.max() else { throw .tooFewPoints(count: 0, needed: 1) }
    if low == high { throw .constantScores }
    let slack = slackInSpans * (high - low)
    let lower = low - slack
    let upper = high + slack
    if chance > upper { throw .chanceOutsideRange(chance: chance, lower: lower, upper: upper) }
    guard chance < lower else { return }
    // Below the scores: fine on their own scale, never negative, and in percent when they are.
    let percent = high > 1
    if low < 0 || chance < 0 || (percent && chance <= 1) {
      throw .chanceOutsideRange(chance: chance, lower: lower, upper: upper)
    }
  }
}
