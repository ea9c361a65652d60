/// The English text of the diagnostics, the command line's words in every report language
/// (`DiagnosticMessage`).
extension English {
  func text(_ key: DiagnosticMessage) -> String {
    switch key {
    case .fit(let k): text(k)
    case .plot(let k): text(k)
    case .threshold(let k): text(k)
    }
  }

  /// A list of names as a diagnostic writes it: "a, b, c".
  private func list(_ names: [String]) -> String { names.joined(separator: ", ") }

  // MARK: - Fit

  func text(_ key: FitProblem) -> String {
    switch key {
    case .modelFailed(let model, let reason): "the \(model) model: \(reason)"
    case .noModelOK(let model, let reason):
      "the \(model) model: \(reason); no model of this block is ok or at a bound"
    case .leftOut(let model, let status, let reason):
      "the \(model) model is left out of the comparison (\(status)): \(reason)"
    case .chinchillaPredictors: "the chinchilla model takes two predictors, x: [N, D]"
    case .chinchillaPredictorsHelp: "write x: [N, D]"
    case .onePredictor(let model, let count): "the \(model) model takes one predictor, but x names \(count)"
    case .onePredictorHelp: "fit it in a block of its own with one x"
    case .binomialFloor: "binomial_floor must be above 0"
    case .binomialOutside(let rows, let more):
      "binomial weights need y between 0 and 1, but not in rows \(rows)\(more > 0 ? " and \(more) more" : "")"
    case .mustBeAbove0(let option): "\(option) must be above 0"
    case .mustBeOneOrMore(let option): "\(option) must be 1 or more"
    case .ftolNegative: "ftol must be 0 or more"
    case .noBound(let model, let parameter, let why): "the \(model) model takes no bound on \(parameter): \(text(why))"
    case .removeBounds: "remove bounds"
    case .boundsTake(let parameters): "bounds here take \(list(parameters))"
    case .noStarts(let model, let why): "the \(model) model takes no starts: \(text(why))"
    case .removeStarts: "remove starts"
    case .startNotFinite(let parameter): "the start of \(parameter) must be a finite number"
    case .notAParameter(let name, let field, let parameters):
      "'\(name)' in \(field) is not a parameter of this model (\(list(parameters)))"
    case .formulaUnknownName(let model, let name):
      "the formula of '\(model)' uses '\(name)', which is neither a parameter named in start nor a numeric column"
    case .formulaNamesHelp(let parameters, let columns): "parameters: \(list(parameters)); columns: \(list(columns))"
    case .unusedStart(let parameter): "the parameter '\(parameter)' is given a start but the formula does not use it"
    case .unusedStartHelp: "remove it from start, or use it in the formula"
    case .positiveNotAParameter(let name): "'\(name)' in positive is not a parameter named in start"
    case .didNotConvergeHelp: "raise max_iterations, loosen xtol or gtol, try other starts, or drop this model"
    case .nonFiniteHelp: "drop or fix those rows (a data block's where: can filter them)"
    case .singularJacobianHelp: "the data cannot pin down every parameter of this model; simplify it or add data"
    case .singularDesignHelp: "the data cannot pin down every parameter of this model"
    }
  }

  private func text(_ why: FitFixedBy) -> String {
    switch why {
    case .closedForm: "it is fitted in closed form by least squares"
    case .profiledThreshold: "its threshold is found exactly by profiling, and r and k by least squares for it"
    case .profiledBreakpoint: "its breakpoint is found exactly by profiling, and the slopes by least squares for it"
    case .hoffmannGrid: "it always uses the Hoffmann grid of starts with E, A and B positive"
    case .nothing: ""
    }
  }

  /// "a whole number of at least 1", after "... must be".
  private func text(_ rule: NumberRule) -> String {
    switch rule {
    case .number: "a number"
    case .zeroOrMore: "0 or more"
    case .oneOrMore: "1 or more"
    case .above0: "above 0"
    case .between0And1: "strictly between 0 and 1"
    case .quantile: "a quantile between 0 and 1"
    case .atLeast(let n): "a number of at least \(n)"
    case .wholeAtLeast(let n): "a whole number of at least \(n)"
    }
  }

  // MARK: - Plot

  func text(_ key: PlotProblem) -> String {
    switch key {
    case .notOverlayable(let block): "'\(block)' is not a fit, threshold or collapse block"
    case .overlayTakesHelp: "overlay takes fit, threshold and collapse blocks"
    case .noRows(let table): "the table '\(table)' has no rows to draw"
    case .noModel(let fit, let model, let models): "the fit '\(fit)' has no model '\(model)' (models: \(list(models)))"
    case .badLevel: "level must lie strictly between 0 and 1"
    case .noFiniteValues(let column): "the column '\(column)' has no finite values to count"
    case .histogramLeavesOutHelp: "a histogram leaves out NaN and infinite values"
    case .histogramCannotShowFit(let fit): "a histogram's y axis is a count, so it cannot show the fit '\(fit)'"
    case .overlayThresholdHelp: "overlay a threshold block, which marks its threshold and interval"
    case .notFitOrThreshold(let block): "'\(block)' is neither a fit nor a threshold block"
    case .histogramOverlayTakesHelp: "overlay takes threshold blocks on a histogram"
    }
  }

  // MARK: - Threshold

  func text(_ key: ThresholdProblem) -> String {
    switch key {
    case .stepFailed(let step, let reason): "\(text(step)): \(reason)"
    case .minSideHelp: "a threshold needs min_side points on each side; add checkpoints or lower min_side"
    case .distinctXHelp: "a threshold lies between distinct values of x; add checkpoints at other losses"
    case .constantScoresHelp: "every score is the same, so nothing changes with the loss; check the column"
    case .candidatesHelp: "widen candidates (from, to) or lower min_side"
    case .badDataHelp: "drop or fix those rows (a data block's where: can filter them)"
    case .chanceScaleHelp: "give random on the scores' scale (0.25 for four options, not 25)"
    case .chancePercentHelp: "the scores look like percentages: give random in percent too (25, not 0.25)"
    case .chanceFarHelp(let chance):
      "if \(chance) is the right chance level, every score is far from it, so these data have no stage at "
        + "chance to find a threshold in; raise chance_slack (default 1) to run the tests anyway, or check that y "
        + "is the score you mean"
    case .mustBe(let option, let rule): "\(option) must be \(text(rule))"
    case .chowWithoutThreshold: "the Chow test needs a known threshold"
    case .chowWithoutThresholdHelp: "add chow: {at: 2.2}, or drop chow from tests"
    case .candidatesOrder(let from, let to): "candidates: from (\(from)) must not exceed to (\(to))"
    case .tooManyReplicates(let option, let asked, let limit):
      "\(option) asks for \(asked) replicates, more than limits.replicates (\(limit))"
    case .tooManyReplicatesHelp: "ask for fewer, or raise limits: {replicates: …} if you mean it"
    }
  }

  private func text(_ step: ThresholdStep) -> String {
    switch step {
    case .data: "the data"
    case .random: "random"
    case .supF: "sup-F"
    case .interval: "the threshold's interval"
    case .segmented: "the segmented fit"
    case .hinge: "the hinge fit"
    case .verdict: "the verdict"
    case .spearman: "Spearman"
    case .davies: "the Davies test"
    case .chow: "the Chow test"
    case .pelt: "PELT"
    case .binarySegmentation: "binary segmentation"
    case .cusum: "OLS-CUSUM"
    }
  }
}
