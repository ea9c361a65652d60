/// Why a solver run stopped without meeting a convergence test (the words are the catalogue's).
public enum NonConvergence: Sendable, Hashable {
  /// No step from the starting values reduced the RSS (GSL_ENOPROG on the first iteration).
  case noProgress
  /// Neither the step nor the gradient test was met within the iteration limit (GSL_EMAXITER).
  case iterationLimit(xtol: Double, gtol: Double, maxIterations: Int)
  /// The estimates are NaN or infinite.
  case nonFiniteEstimates
  /// The model was given no starting values.
  case noStartingValues
  /// No point of the Hoffmann grid converged.
  case noGridPointConverged
  /// Brent's bracket did not shrink below the tolerance.
  case bracketDidNotShrink
  /// The logistic curve a collapse needs ended neither `ok` nor `at_bound`, for this reason.
  indirect case logisticLeftOut(FitStatusReason)
}

/// The domain a model's inputs must lie in.
public enum DomainRequirement: Sendable, Hashable {
  /// The power law needs x > 0.
  case powerLawPositiveX
  /// Chinchilla needs N, D and the loss > 0.
  case chinchillaPositive
}

/// Why a model has the status it has; `none` for `ok`.
public enum FitStatusReason: Sendable, Hashable {
  case none
  /// The column-scaled Jacobian is numerically rank-deficient in this parameter.
  case rankDeficient(parameter: String)
  /// This parameter's standard error exceeds ``FitClassifier/standardErrorLimit`` times its estimate.
  case largeStandardError(parameter: String)
  /// A threshold (hinge `eta`, segmented `psi`) on an end of its range.
  case noThresholdInside
  /// The logistic `width` on its upper bound.
  case noSShape
  /// The logistic `width` on its lower bound.
  case stepSharperThanSpacing
  /// The logistic `mid` on a bound.
  case middleOutside
  /// Any other parameter on a bound, and which.
  case pushedPastBound(parameter: String, side: BoundSide)
  /// No run converged; `first` is the first run's error.
  case noRunConverged(runs: Int, starts: Int, first: FitError)
  /// The fit stopped without converging.
  case notConverged(NonConvergence)
  /// The fit threw this error.
  case failed(FitError)
}

/// What to do about a status that leaves a model out.
public enum FitAdvice: Sendable, Hashable {
  /// Bound the parameter, give starts nearer the data, or drop the model.
  case boundOrStart(parameter: String)
  /// Raise max_iterations, give starts nearer the data, bound the parameters, or drop the model.
  case moreIterations
  /// Simplify the model or add data.
  case simplifyOrAddData
  /// Drop the model (the flat line describes constant data).
  case dropForConstantData
  /// Add data, or compare models with fewer parameters.
  case addDataOrFewerParameters
  /// Lower min_side, add data, or drop the model.
  case lowerMinSide
  /// Bound the parameter, or drop the model.
  case boundOrDrop
}
