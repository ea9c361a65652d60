import LossbookStats

/// The English words of the statistics codes (LossbookStats says what went wrong with values,
/// never in words): fitting errors, statuses and their advice, threshold errors.
extension English {
  func text(_ error: FitError) -> String {
    switch error {
    case .nonFinite(let rows): "\(rowsHave(rows)) a missing or non-finite value (NaN or infinity)"
    case .nonPositiveWeights(let rows): "\(rowsHave(rows)) a weight that is zero or negative"
    case .countMismatch(let what, let expected, let actual): "\(what) has \(actual) values, but \(expected) are needed"
    case .tooFewPoints(let n, let parameters):
      "\(n) points are too few to fit \(parameters) parameters: at least \(parameters + 1) are needed"
    case .constantX: "x takes a single value, so no curve in x can be fitted"
    case .constantY: "y takes a single value, so there is no variation to fit"
    case .singularDesign(let rank, let columns):
      "the design matrix has rank \(rank) but \(columns) columns: some columns are collinear"
    case .singularJacobian: "the Jacobian is singular at the solution: some parameters are not identified by these data"
    case .nonFiniteModel(let row): "the model is not finite at row \(row + 1) for the starting values"
    case .didNotConverge(let iterations, let reason):
      "the fit did not converge after \(iterations) iterations: \(text(reason))"
    case .parameterAtBound(let name):
      "the best value of \(name) lies on the edge of its allowed range, so it is not located by the data"
    case .notEnoughPointsPerSide(let minSide): "no threshold leaves at least \(minSide) points on each side"
    case .badStart(let name):
      "the starting value of \(name) must lie strictly inside its bounds "
        + "(above 0 for a positive parameter, which is fitted on the log scale)"
    case .outsideDomain(let rows, let requirement):
      "\(rowsHave(rows)) a value outside the model's domain: \(text(requirement))"
    case .gsl(let error): "GSL error \(error.name): \(error.reason)"
    }
  }

  /// "row 3 has" or "rows 3, 7 and 9 have", listing at most five 1-based row numbers.
  private func rowsHave(_ rows: [Int]) -> String {
    let shown = rows.prefix(5).map { String($0 + 1) }
    let rest = rows.count - shown.count
    guard let last = shown.last else { return "no row has" }
    if shown.count == 1 && rest == 0 { return "row \(last) has" }
    if rest > 0 { return "rows \(shown.joined(separator: ", ")) and \(rest) more have" }
    return "rows \(shown.dropLast().joined(separator: ", ")) and \(last) have"
  }

  func text(_ reason: NonConvergence) -> String {
    switch reason {
    case .noProgress: "no step from the starting values reduced the RSS (GSL_ENOPROG)"
    case .iterationLimit(let xtol, let gtol, let maxIterations):
      "neither the step test (xtol \(xtol)) nor the gradient test (gtol \(gtol)) "
        + "was met within \(maxIterations) iterations (GSL_EMAXITER)"
    case .nonFiniteEstimates: "the estimates are not finite"
    case .noStartingValues: "no starting values were given"
    case .noGridPointConverged: "no grid point converged"
    case .bracketDidNotShrink: "the bracket did not shrink below the tolerance"
    case .logisticLeftOut(let status): "the logistic curve is \(text(status))"
    }
  }

  func text(_ requirement: DomainRequirement) -> String {
    switch requirement {
    case .powerLawPositiveX: "power-law needs x > 0"
    case .chinchillaPositive: "chinchilla needs N, D and the loss > 0"
    }
  }

  func text(_ reason: FitStatusReason) -> String {
    switch reason {
    case .none: ""
    case .rankDeficient(let parameter):
      "the data do not determine \(parameter) at the solution "
        + "(the column-scaled Jacobian is numerically rank-deficient)"
    case .largeStandardError(let parameter):
      "the data do not determine \(parameter) at the solution "
        + "(its standard error is more than a million times its estimate)"
    case .noThresholdInside: "no threshold inside the data"
    case .noSShape: "no S-shape within the data"
    case .stepSharperThanSpacing: "a step sharper than the spacing of the data"
    case .middleOutside: "the curve's middle lies outside the data"
    case .pushedPastBound(let parameter, let side):
      "the data push \(parameter) \(side == .low ? "below" : "above") its allowed range"
    case .noRunConverged(let runs, let starts, let first):
      "no run converged, after \(runs) runs from \(starts) starts; the first: \(firstRun(first))"
    case .notConverged(let why): text(why)
    case .failed(let error): text(error)
    }
  }

  /// Why the first run failed: the solver's reason when it did not converge, else the error.
  private func firstRun(_ error: FitError) -> String {
    if case .didNotConverge(_, let why) = error { return text(why) }
    return text(error)
  }

  func text(_ advice: FitAdvice) -> String {
    switch advice {
    case .boundOrStart(let parameter):
      "bound it (bounds: {\(parameter): [low, high]}), give starts nearer the data (starts:), or drop this model"
    case .moreIterations:
      "raise max_iterations, give starts nearer the data (starts:), bound the parameters, or drop this model"
    case .simplifyOrAddData: "the data cannot pin down every parameter of this model; simplify it or add data"
    case .dropForConstantData: "the flat line describes constant data; drop this model"
    case .addDataOrFewerParameters: "add data, or compare models with fewer parameters"
    case .lowerMinSide: "lower min_side, add data, or drop this model"
    case .boundOrDrop: "bound it, or drop this model"
    }
  }

  func text(_ error: ThresholdError) -> String {
    switch error {
    case .countMismatch(let what, let expected, let actual): "\(what) has \(actual) values, but \(expected) are needed"
    case .nonFinite(let rows):
      "rows \(rows.prefix(5).map { String($0 + 1) }.joined(separator: ", "))\(rows.count > 5 ? " and more" : "") "
        + "hold a missing or non-finite value"
    case .tooFewPoints(let count, let needed): "\(count) points are too few: this test needs at least \(needed)"
    case .tooFewPointsOnSide(let side, let count, let needed):
      "only \(count) points lie \(side.rawValue) the threshold: at least \(needed) are needed"
    case .tooFewDistinctX(let count, let needed): "x takes only \(count) distinct values: at least \(needed) are needed"
    case .constantScores: "every score is the same value, so there is nothing to test"
    case .chanceOutsideRange(let chance, let lower, let upper):
      "the chance level \(chance) lies outside the plausible range [\(lower), \(upper)] of these scores"
    case .noCandidates: "no candidate threshold is left after trimming"
    case .invalidParameter(let name, let rule): "\(name): \(text(rule))"
    case .fit(let error): text(error)
    }
  }

  func text(_ rule: SettingRule) -> String {
    switch rule {
    case .atLeastOne: "needs at least 1"
    case .atLeastOnePoint: "needs at least 1 point"
    case .atLeastTwoPoints: "needs at least 2 evaluation points"
    case .notNegative: "cannot be negative"
    case .replicatesNotNegative: "the number of replicates cannot be negative"
    case .strictlyBetween0And1: "must lie strictly between 0 and 1"
    case .finiteAtLeast0: "must be a finite number of at least 0"
    case .orderedFractions(let from, let to): "from \(from) and to \(to) must satisfy 0 <= from <= to <= 1"
    case .positivePenalty(let penalty):
      "the penalty is \(penalty); it must be positive (give one, or use the mean-squared-difference rule)"
    case .parameterOf(let model, let parameter): "the \(model) fit has no parameter \(parameter)"
    }
  }
}
