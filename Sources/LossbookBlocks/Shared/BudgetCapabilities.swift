import LossbookEngine
import LossbookStats

/// A result that holds bootstrap draws of a loss threshold (a `threshold` block's eta), so
/// that another kind (`budget`) can pair them with its own draws without knowing the kind.
protocol ThresholdDrawing: BlockResult {
  /// The threshold's estimate.
  var thresholdEstimate: Double { get }
  /// The bootstrap thresholds in replicate order (NaN for a failed replicate).
  var thresholdDraws: [Double] { get }
}

/// What a fit says about the Chinchilla law L(N, D) = E + A N^-alpha + B D^-beta.
enum LossLawOutcome: Sendable {
  /// The fit has no `chinchilla` model.
  case missing
  /// The chinchilla model was asked for but is not usable (its status and why).
  case notFitted(status: String, reason: FitStatusReason)
  /// The fitted law (status `ok` or `at_bound`).
  case fitted(LossLaw)
}

/// A result that holds a fitted loss law and can draw it again by the bootstrap (a `fit`
/// block with the chinchilla model), so that `budget` reads it without knowing the kind.
protocol LossLawDrawing: BlockResult {
  /// The chinchilla law of the result, or why there is none.
  var lossLaw: LossLawOutcome { get }
  /// `replicates` bootstrap draws of the law (nil for a failed replicate), each a refit from
  /// the estimate; empty when there is no fitted law.
  func lossLawDraws(replicates: Int, threads: Int, streams: ReplicateStreams) -> [LossLaw?]
  /// What the draws resample: `cases` or `runs`.
  var lossLawResample: String { get }
}
