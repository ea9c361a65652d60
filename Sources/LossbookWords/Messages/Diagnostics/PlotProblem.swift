/// The diagnostics of a `plot` block (`PlotDiagnostics` in LossbookBlocks names their ids).
public enum PlotProblem: Sendable, Hashable {
  case notOverlayable(block: String)
  case overlayTakesHelp
  case noRows(table: String)
  case noModel(fit: String, model: String, models: [String])
  case badLevel
  case noFiniteValues(column: String)
  case histogramLeavesOutHelp
  case histogramCannotShowFit(fit: String)
  case overlayThresholdHelp
  case notFitOrThreshold(block: String)
  case histogramOverlayTakesHelp
}
