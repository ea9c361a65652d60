/// The English text of the fixed limits' names and helps (`LimitMessage`).
extension English {
  func text(_ key: LimitMessage) -> String {
    switch key {
    case .atMost(let maximum): "at most \(maximum)"
    case .expressionLength: "an expression's characters"
    case .expressionNesting: "an expression's nesting"
    case .startCombinations: "the number of start combinations"
    case .histogramBins: "a histogram's bins"
    case .sliderPositions: "a slider's positions"
    case .taskItems: "the task's items (the questions slider's top)"
    case .headingsHelp: "each heading becomes an id and a table-of-contents entry"
    case .expressionLengthHelp: "inline values and =expressions"
    case .expressionNestingHelp: "parentheses and calls"
    case .familyItemsHelp: "10^12 items already give a score exact to about 10^-6"
    case .familyItemDrawsHelp: "use a hinge or logistic task, scored Binomial(items, p)"
    case .familyCheckpointsHelp: "use fewer checkpoints: 10^7 rows take gigabytes"
    case .fitGridSizeHelp(let d): "use a coarser grid: the default \(d) rates, or a few hundred, find the optimum"
    case .fitGridRefineHelp(let d): "polish fewer grid points: the default is \(d)"
    case .fitIterationsHelp: "a fit that needs more iterations than this will not converge; try other starts"
    case .fitHuberIterationsHelp(let d): "use fewer reweighting rounds: the default is \(d)"
    case .fitStartsHelp: "give fewer starting values per parameter: every combination of the lists is a separate fit"
    case .thresholdReplicatesHelp: "ask for fewer replicates: 10,000 already give p-values to ±0.005"
    case .thresholdCandidatesHelp: "use fewer candidate thresholds, or candidates: gaps (every gap between distinct x)"
    case .thresholdDaviesHelp(let d): "use fewer evaluation points: the default is \(d)"
    case .thresholdBreaksHelp(let d): "ask for fewer change points: the default is \(d)"
    case .thresholdMinSideHelp(let d): "use a smaller minimum: the default is \(d)"
    case .thresholdSegmentHelp(let d): "use a shorter segment: the default is \(d)"
    case .sweepReplicatesHelp: "10,000 replicates give a rate to within ±0.01; shard larger runs"
    case .sweepBootstrapHelp: "199 or 999 bootstrap replicates are usual for a p-value near 0.05"
    case .sweepFitsHelp: "shard the sweep over machines (render --shard K/N, then merge)"
    case .budgetReplicatesHelp(let d): "a few hundred draws are enough for a 95% interval; the default is \(d)"
    case .collapseReplicatesHelp(let d): "999 replicates give p-values to about ±0.01; the default is \(d)"
    case .plotBinsHelp(let d): "the default is \(d)"
    case .exploreControlsHelp: "sliders per explorer"
    case .exploreSliderPositionsHelp: "threshold, midpoint and slope sliders over a wider range move in larger steps"
    case .exploreQuestionsHelp(let maximum):
      "leave items out of controls (the figure keeps the task's own items), or give the task at most \(maximum) items"
    }
  }
}
