import LossbookEngine
import LossbookSyntax

/// One fixed limit as `lossbook kinds limits` lists it: where it applies and the limit itself.
public struct LimitEntry: Sendable {
  /// The block kind, or `notebook` for the whole file.
  public let scope: String
  public let limit: SpecLimit
}

/// Every fixed limit lossbook enforces, each read from the constant its check uses, so the
/// list cannot drift from the code. Adjustable budgets (a family's `limits:`, a threshold's
/// `limits.replicates`, a data block's `limits.bytes`, the front matter's `limits.output`)
/// are fields of their kinds.
public let allLimits: [LimitEntry] = [
  LimitEntry(
    scope: "notebook",
    limit: SpecLimit(
      "headings", maximum: NotebookSplitter.maxHeadings,
      help: .headingsHelp)),
  LimitEntry(
    scope: "notebook",
    limit: SpecLimit(
      .expressionLength, maximum: LossbookSyntax.Expression.lengthLimit, help: .expressionLengthHelp)),
  LimitEntry(
    scope: "notebook",
    limit: SpecLimit(
      .expressionNesting, maximum: LossbookSyntax.Expression.nestingLimit, help: .expressionNestingHelp)),
  LimitEntry(scope: "family", limit: FamilyLimits.itemsCeiling),
  LimitEntry(scope: "family", limit: FamilyLimits.itemDrawsCeiling),
  LimitEntry(scope: "family", limit: FamilyLimits.checkpointsCeiling),
  LimitEntry(scope: "fit", limit: FitLimits.gridSize),
  LimitEntry(scope: "fit", limit: FitLimits.gridRefine),
  LimitEntry(scope: "fit", limit: FitLimits.iterations),
  LimitEntry(scope: "fit", limit: FitLimits.huberIterations),
  LimitEntry(scope: "fit", limit: FitLimits.starts),
  LimitEntry(scope: "threshold", limit: ThresholdLimits.replicatesCeiling),
  LimitEntry(scope: "threshold", limit: ThresholdLimits.candidateGrid),
  LimitEntry(scope: "threshold", limit: ThresholdLimits.daviesPoints),
  LimitEntry(scope: "threshold", limit: ThresholdLimits.breaks),
  LimitEntry(scope: "threshold", limit: ThresholdLimits.minSide),
  LimitEntry(scope: "threshold", limit: ThresholdLimits.peltMinSize),
  LimitEntry(scope: "threshold", limit: ThresholdLimits.binsegMinSize),
  LimitEntry(scope: "sweep", limit: SweepLimits.replicates),
  LimitEntry(scope: "sweep", limit: SweepLimits.bootstrap),
  LimitEntry(scope: "sweep", limit: SweepLimits.fitsCeiling),
  LimitEntry(
    scope: "plot",
    limit: SpecLimit(.histogramBins, maximum: PlotSpec.maxBins, help: .plotBinsHelp(default: PlotSpec.Defaults.bins))),
  LimitEntry(
    scope: "explore",
    limit: SpecLimit("controls", maximum: ExploreBlock.maxControls, help: .exploreControlsHelp)),
  LimitEntry(
    scope: "explore",
    limit: SpecLimit(
      .sliderPositions, maximum: ExploreLimits.sliderPositions, help: .exploreSliderPositionsHelp)),
  LimitEntry(scope: "explore", limit: ExploreLimits.questions),
]
