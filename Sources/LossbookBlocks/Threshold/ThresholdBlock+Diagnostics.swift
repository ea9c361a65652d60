import LossbookEngine
import LossbookStats
import LossbookSyntax

/// The diagnostics of the `threshold` kind: data that cannot be tested get one of these,
/// never a number.
enum ThresholdDiagnostics {
  static let badOption: DiagnosticID = "threshold-bad-option"
  static let tooManyReplicates: DiagnosticID = "threshold-too-many-replicates"
  static let badData: DiagnosticID = "threshold-bad-data"
  static let tooFewPointsOnSide: DiagnosticID = "threshold-too-few-points-on-side"
  static let tooFewDistinctX: DiagnosticID = "threshold-too-few-distinct-x"
  static let constantScores: DiagnosticID = "threshold-constant-scores"
  static let chanceOutsideRange: DiagnosticID = "threshold-chance-outside-range"
  static let noCandidates: DiagnosticID = "threshold-no-candidates"
  static let chowWithoutThreshold: DiagnosticID = "threshold-chow-without-at"

  /// Where a failure of these data points, and which field would fix it.
  struct Places {
    var block: SourceRange
    var y: SourceRange
    var x: SourceRange
    var random: SourceRange?
    var minSide: SourceRange?
    var candidates: SourceRange?
  }

  /// A statistics error as a block failure, pointing at the field that explains it.
  static func failure(_ error: ThresholdError, at places: Places, what: String) -> BlockFailure {
    switch error {
    case .tooFewPointsOnSide, .tooFewPoints, .fit(.notEnoughPointsPerSide), .fit(.tooFewPoints):
      return BlockFailure(
        tooFewPointsOnSide, "\(what): \(error.message)", at: places.minSide ?? places.block,
        help: "a threshold needs min_side points on each side; add checkpoints or lower min_side")
    case .tooFewDistinctX, .fit(.constantX):
      return BlockFailure(
        tooFewDistinctX, "\(what): \(error.message)", at: places.x,
        help: "a threshold lies between distinct values of x; add checkpoints at other losses")
    case .constantScores, .fit(.constantY):
      return BlockFailure(
        constantScores, "\(what): \(error.message)", at: places.y,
        help: "every score is the same, so nothing changes with the loss; check the column")
    case .chanceOutsideRange(let chance, let lower, let upper):
      return BlockFailure(
        chanceOutsideRange, "\(what): \(error.message)", at: places.random ?? places.block,
        help: chanceHelp(chance: chance, lower: lower, upper: upper))
    case .noCandidates:
      return BlockFailure(
        noCandidates, "\(what): \(error.message)", at: places.candidates ?? places.minSide ?? places.block,
        help: "widen candidates (from, to) or lower min_side")
    case .invalidParameter:
      return BlockFailure(badOption, "\(what): \(error.message)", at: places.block)
    default:
      return BlockFailure(
        badData, "\(what): \(error.message)", at: places.y,
        help: "drop or fix those rows (a data block's where: can filter them)")
    }
  }
}

/// Runs a statistics step and turns its ``ThresholdError`` into the block's diagnostic.
struct ThresholdGuard: Sendable {
  var places: ThresholdDiagnostics.Places

  /// The value of `body`, or a failure that names `what` and points at the right field.
  func run<T>(_ what: String, _ body: () throws(ThresholdError) -> T) throws(BlockFailure) -> T {
    do { return try body() } catch { throw ThresholdDiagnostics.failure(error, at: places, what: what) }
  }

}

extension ThresholdDiagnostics {
  /// The fix for a chance level outside the scores' plausible range: a scale mix-up (25 for
  /// scores in [0, 1], or 0.25 for percentages) or, on the same scale, a task that is above (or
  /// below) chance everywhere, which `chance_slack` lets the tests run on anyway.
  static func chanceHelp(chance: Double, lower: Double, upper: Double) -> String {
    let middle = (lower + upper) / 2
    if chance > 1 && middle <= 1 { return "give random on the scores' scale (0.25 for four options, not 25)" }
    if chance <= 1 && middle > 1 {
      return "the scores look like percentages: give random in percent too (25, not 0.25)"
    }
    return "if \(chance) is the right chance level, every score is far from it, so these data have no stage at "
      + "chance to find a threshold in; raise chance_slack (default 1) to run the tests anyway, or check that y "
      + "is the score you mean"
  }
}
