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
  // The fields that go with a mark (`PlotMarkRules`); `mark` is the mark's name.
  case binsWithoutHistogram(mark: String)
  case binsWithoutHistogramHelp
  case histogramTakesNoY, histogramTakesNoYHelp
  case histogramTakesNoColor, histogramTakesNoFacet, histogramTakesNoChance, histogramTakesNoYPercent
  case histogramLogScale, histogramLogScaleHelp
  /// "remove color": `field` a YAML key.
  case removeField(String)
  /// `value` as written, formatted.
  case badBins(maximum: Int, value: String)
  case binsHelp(default: Int)
}
