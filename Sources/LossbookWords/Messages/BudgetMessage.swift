/// The words of a `budget` block: its table, notes and figure. Numbers arrive formatted.
public enum BudgetMessage: Sendable, Hashable {
  /// "Tokens and training compute (6 N D) to reach a loss of 2.200, on the law L = ..."
  case caption(eta: String, law: String)
  /// After the caption: what the brackets are.
  case captionIntervals(level: String, draws: Int)
  case sizeHeader, floorHeader, reachesHeader, tokensHeader, computeHeader
  case reachable, unreachable
  /// "yes (in 93% of the draws)".
  case reachableShare(answer: String, share: String)
  /// The notes under the table.
  case belowIrreducibleLoss(eta: String, e: String)
  case smallestSize(String)
  case openIntervals
  case computeOptimal(size: String, tokens: String, flops: String)
  case failedDraws(failures: Int, draws: Int)
  // The figure.
  case lawCurve, sizesAskedFor, computeOptimalPoint
  case smallerCannotReach
  case unreachableMark
  case title(eta: String, sizes: Int, unreachable: Int)
  case figureDescription(eta: String)
  case sizeAxis, tokensAxis
}
