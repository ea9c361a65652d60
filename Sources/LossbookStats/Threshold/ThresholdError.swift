/// Why a threshold test or summary cannot be computed on these data: every case names what
/// is missing, so the report can say it instead of printing a meaningless number.
public enum ThresholdError: Error, Sendable, Equatable {
  /// Which side of a threshold.
  public enum Side: String, Sendable, Equatable {
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
  case invalidParameter(name: String, reason: String)
  /// An underlying fit failed.
  case fit(FitError)

  /// A sentence that says what is wrong.
  public var message: String {
    switch self {
    case .countMismatch(let what, let expected, let actual):
      return "\(what) has \(actual) values, but \(expected) are needed"
    case .nonFinite(let rows):
      let shown = rows.prefix(5).map { String($0 + 1) }.joined(separator: ", ")
      return "rows \(shown)\(rows.count > 5 ? " and more" : "") hold a missing or non-finite value"
    case .tooFewPoints(let count, let needed):
      return "\(count) points are too few: this test needs at least \(needed)"
    case .tooFewPointsOnSide(let side, let count, let needed):
      return "only \(count) points lie \(side.rawValue) the threshold: at least \(needed) are needed"
    case .tooFewDistinctX(let count, let needed):
      return "x takes only \(count) distinct values: at least \(needed) are needed"
    case .constantScores:
      return "every score is the same value, so there is nothing to test"
    case .chanceOutsideRange(let chance, let lower, let upper):
      return "the chance level \(chance) lies outside the plausible range [\(lower), \(upper)] of these scores"
    case .noCandidates:
      return "no candidate threshold is left after trimming"
    case .invalidParameter(let name, let reason):
      return "\(name): \(reason)"
    case .fit(let error):
      return error.message
    }
  }
}
