/// A fixed limit's words (`SpecLimit`): the name of a count that is not a field, and how to stay
/// within each limit, the `help:` of its diagnostic and its note in `lossbook kinds limits`.
/// Defaults are the kinds' constants.
public enum LimitMessage: Sendable, Hashable {
  /// The limit in words, for field documentation: "at most 100000".
  case atMost(Int)
  // The names of counts that are not a field.
  case expressionLength, expressionNesting, startCombinations, histogramBins, sliderPositions, taskItems
  // The notebook.
  case headingsHelp, expressionLengthHelp, expressionNestingHelp
  // family
  case familyItemsHelp, familyItemDrawsHelp, familyCheckpointsHelp
  // fit
  case fitGridSizeHelp(default: Int)
  case fitGridRefineHelp(default: Int)
  case fitIterationsHelp
  case fitHuberIterationsHelp(default: Int)
  case fitStartsHelp
  // threshold
  case thresholdReplicatesHelp, thresholdCandidatesHelp
  case thresholdDaviesHelp(default: Int)
  case thresholdBreaksHelp(default: Int)
  case thresholdMinSideHelp(default: Int)
  case thresholdSegmentHelp(default: Int)
  // sweep, budget, collapse
  case sweepReplicatesHelp, sweepBootstrapHelp, sweepFitsHelp
  case budgetReplicatesHelp(default: Int)
  case collapseReplicatesHelp(default: Int)
  // plot, explore
  case plotBinsHelp(default: Int)
  case exploreControlsHelp, exploreSliderPositionsHelp
  case exploreQuestionsHelp(maximum: Int)
}
