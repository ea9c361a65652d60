/// Checks of a threshold analysis's inputs that no single test makes.
public enum ThresholdInputChecks {
  /// Throws ``ThresholdError/chanceOutsideRange(chance:lower:upper:)`` unless the chance
  /// level lies within the scores' range widened by `slackInSpans` times its span on each
  /// side: [min y − s (max − min), max y + s (max − min)] (default s = 1).
  ///
  /// A task that is above chance everywhere is legitimate (it is smooth), so the chance level
  /// need not lie inside the data; a level far outside them (25 for scores in [0, 1], a
  /// metric mixed up with another) is a mistake that would make every verdict meaningless.
  public static func checkChanceLevel(_ chance: Double, y: [Double], slackInSpans: Double = 1) throws(ThresholdError) {
    guard chance.isFinite else { throw .nonFinite(rows: []) }
    guard let low = y.min(), let high = y.max() else { throw .tooFewPoints(count: 0, needed: 1) }
    if low == high { throw .constantScores }
    let slack = slackInSpans * (high - low)
    let lower = low - slack
    let upper = high + slack
    if chance < lower || chance > upper {
      throw .chanceOutsideRange(chance: chance, lower: lower, upper: upper)
    }
  }
}
