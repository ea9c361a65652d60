import LossbookEngine
import LossbookStats
import LossbookSyntax
import LossbookWords

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
  static func failure(_ error: ThresholdError, at places: Places, what: ThresholdStep) -> BlockFailure {
    let failed = DiagnosticMessage.threshold(.stepFailed(what, reason: error))
    switch error {
    case .tooFewPointsOnSide, .tooFewPoints, .fit(.notEnoughPointsPerSide), .fit(.tooFewPoints):
      return BlockFailure(
        tooFewPointsOnSide, failed, at: places.minSide ?? places.block, help: .threshold(.minSideHelp))
    case .tooFewDistinctX, .fit(.constantX):
      return BlockFailure(
        tooFewDistinctX, failed, at: places.x, help: .threshold(.distinctXHelp))
    case .constantScores, .fit(.constantY):
      return BlockFailure(
        constantScores, failed, at: places.y, help: .threshold(.constantScoresHelp))
    case .chanceOutsideRange(let chance, let lower, let upper):
      return BlockFailure(
        chanceOutsideRange, failed, at: places.random ?? places.block,
        help: chanceHelp(chance: chance, lower: lower, upper: upper))
    case .noCandidates:
      return BlockFailure(
        noCandidates, failed, at: places.candidates ?? places.minSide ?? places.block,
        help: .threshold(.candidatesHelp))
    case .invalidParameter:
      return BlockFailure(badOption, failed, at: places.block)
    default:
      return BlockFailure(
        badData, failed, at: places.y, help: .threshold(.badDataHelp))
    }
  }
}

/// Runs a statistics step and turns its ``ThresholdError`` into the block's diagnostic.
struct ThresholdGuard: Sendable {
  var places: ThresholdDiagnostics.Places

  /// The value of `body`, or a failure that names `what` and points at the right field.
  func run<T>(_ what: ThresholdStep, _ body: () throws(ThresholdError) -> T) throws(BlockFailure) -> T {
    do { return try body() } catch { throw ThresholdDiagnostics.failure(error, at: places, what: what) }
  }

}

extension ThresholdDiagnostics {
  /// The fix for a chance level outside the scores' plausible range: a scale mix-up (25 for
  /// scores in [0, 1], or 0.25 for percentages) or, on the same scale, a task that is above (or
  /// below) chance everywhere, which `chance_slack` lets the tests run on anyway.
  static func chanceHelp(chance: Double, lower: Double, upper: Double) -> DiagnosticMessage {
    let middle = (lower + upper) / 2
    if chance > 1 && middle <= 1 { return .threshold(.chanceScaleHelp) }
    if chance <= 1 && middle > 1 {
      return .threshold(.chancePercentHelp)
    }
    return .threshold(.chanceFarHelp(chance: "\(chance)"))
  }
}
