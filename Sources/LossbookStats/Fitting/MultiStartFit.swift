/// What ``MultiStartFit`` found: the reported solution on the natural scale, its status and
/// every solver run that led to it.
struct BoundedFitOutcome {
  /// Estimates, covariance (NaN in the rows and columns of parameters on a bound, which are
  /// held fixed), RSS and convergence figures of the chosen run.
  var result: NonlinearResult
  /// The model's status.
  var status: FitStatus
  /// Every solver run, in order; the chosen one is marked.
  var attempts: [FitAttempt]
}

/// The nonlinear path shared by formula models and the built-in nonlinear models: bounds by
/// transformation, several starts (the lowest converged RSS wins), the status of the result,
/// and restarts when that status is `not_converged` or `unidentified` (STATS.md 2.1).
///
/// Restarts, in order: the first method again from where the best (or first) run stopped,
/// then every start and restart start with geodesic acceleration, then with the dogleg,
/// then the first start with the 2-D subspace method. The lowest converged RSS of all runs
/// is reported.
struct MultiStartFit {
  /// The model in natural parameters θ.
  var model: NonlinearModel
  /// The model's name (for what a bound means).
  var modelName: String
  /// Each parameter's allowed range; nil for a free parameter.
  var bounds: [ParameterBound?]

  /// A run that converged, in the solver's parameters u.
  private struct Candidate {
    var result: NonlinearResult
    var start: [Double]
    var attempt: Int
  }

  /// Fits from each of `starts` (natural scale); restarts from `starts` and `retryStarts`
  /// when the best run is not eligible (unless `restarts` is false: then a failure throws).
  ///
  /// - Throws: ``FitError/badStart(name:)`` for a start outside its bounds, and the first
  ///   run's error when no run left finite numbers to report.
  func run(
    y: [Double], weights: [Double]?, starts: [[Double]], retryStarts: [[Double]] = [], options: FitOptions,
    solver: NonlinearLeastSquares, restarts: Bool = true
  ) throws(FitError) -> BoundedFitOutcome {
    let transform = BoundTransform(bounds: bounds)
    let solverModel = transform.wrap(model)
    var attempts: [FitAttempt] = []
    var candidates: [Candidate] = []
    var firstFailure: (error: FitError, start: [Double], stoppedAt: [Double])?
    let firstMethod =
      options.nonlinear.geodesicAcceleration && options.nonlinear.method == .levenbergMarquardt
      ? TrustRegionMethod.geodesicAcceleration : options.nonlinear.method

    /// One solver run from `natural` (or from `solverStart`, already in u).
    func attempt(
      _ natural: [Double], label: String, method: TrustRegionMethod, solverStart: [Double]? = nil
    ) throws(FitError) {
      var settings = options.nonlinear
      settings.method = method
      settings.geodesicAcceleration = false
      settings.rejectUnidentified = false
      settings.acceptNonConvergence = false
      do {
        let u: [Double]
        if let solverStart { u = solverStart } else { u = try transform.toSolver(natural, names: model.parameterNames) }
        let result = try solver.fitBuiltin(solverModel, y: y, weights: weights, start: u, options: settings)
        candidates.append(Candidate(result: result, start: natural, attempt: attempts.count))
        attempts.append(
          FitAttempt(
            start: label, method: method, rss: result.rss, iterations: result.iterations, converged: true,
            stop: result.stopReason))
      } catch {
        if case .badStart = error { throw error }
        let stopped = solver.lastPosition.count == natural.count ? solver.lastPosition : nil
        if firstFailure == nil, let stopped { firstFailure = (error, natural, stopped) }
        var iterations = 0
        if case .didNotConverge(let n, _) = error { iterations = n }
        attempts.append(
          FitAttempt(
            start: label, method: method, rss: nil, iterations: iterations, converged: false, error: error))
      }
    }

    for (i, start) in starts.enumerated() {
      try attempt(start, label: "start \(i + 1)", method: firstMethod)
    }
    if let best = lowest(candidates) {
      let outcome = finish(best, transform: transform, y: y, weights: weights, options: options, solver: solver)
      if outcome.status.isEligible || !restarts { return mark(outcome, attempts, best.attempt) }
    }
    if !restarts, let failure = firstFailure { throw failure.error }
    let labelled =
      starts.enumerated().map { ($1, "start \($0 + 1)") } + retryStarts.enumerated().map { ($1, "grid \($0 + 1)") }
    if let from = lowest(candidates) {
      try attempt(from.start, label: "continued", method: firstMethod, solverStart: from.result.parameters)
    } else if let failure = firstFailure {
      try attempt(failure.start, label: "continued", method: firstMethod, solverStart: failure.stoppedAt)
    }
    for method in [TrustRegionMethod.geodesicAcceleration, .dogleg] where method != firstMethod {
      for (start, label) in labelled { try attempt(start, label: label, method: method) }
    }
    if let first = labelled.first {
      try attempt(first.0, label: first.1, method: .subspace2D)
    }
    if let best = lowest(candidates) {
      let outcome = finish(best, transform: transform, y: y, weights: weights, options: options, solver: solver)
      return mark(outcome, attempts, best.attempt)
    }
    guard let failure = firstFailure else {
      throw .didNotConverge(iterations: 0, reason: .noStartingValues)
    }
    var settings = options.nonlinear
    settings.rejectUnidentified = false
    guard
      var stopped = try? solver.evaluateBuiltin(
        solverModel, y: y, weights: weights, at: failure.stoppedAt, options: settings)
    else { throw failure.error }
    stopped.converged = false
    stopped.stopReason = nil
    let natural = finish(
      Candidate(result: stopped, start: failure.start, attempt: 0), transform: transform, y: y, weights: weights,
      options: options, solver: solver)
    var outcome = natural
    outcome.status = FitStatus(
      .notConverged, reason: .noRunConverged(runs: attempts.count, starts: labelled.count, first: failure.error),
      advice: .moreIterations)
    outcome.attempts = attempts
    return outcome
  }

  /// The converged run of least RSS (the first on ties).
  private func lowest(_ candidates: [Candidate]) -> Candidate? {
    var best: Candidate?
    for candidate in candidates where candidate.result.rss < (best?.result.rss ?? .infinity) { best = candidate }
    return best
  }

  /// The outcome with `attempts` attached and the run at `chosen` marked.
  private func mark(_ outcome: BoundedFitOutcome, _ attempts: [FitAttempt], _ chosen: Int) -> BoundedFitOutcome {
    var marked = outcome
    marked.attempts = attempts
    if chosen < marked.attempts.count { marked.attempts[chosen].chosen = true }
    return marked
  }

  /// A converged run on the natural scale with its status: parameters on a bound are found
  /// and held fixed, and the covariance of the others is evaluated in θ (the delta method).
  private func finish(
    _ candidate: Candidate, transform: BoundTransform, y: [Double], weights: [Double]?, options: FitOptions,
    solver: NonlinearLeastSquares
  ) -> BoundedFitOutcome {
    let names = model.parameterNames
    let p = names.count
    var result = candidate.result
    let theta = transform.toNatural(result.parameters)
    var onBound: [(index: Int, side: BoundSide)] = []
    let norms = result.identification.columnNorms
    let residualNorm = result.rss.squareRoot()
    for j in 0..<p {
      let effect = j < norms.count ? norms[j] : .infinity
      if let side = bounds[j]?.side(
        of: theta[j], tolerance: options.boundTolerance, effect: effect, residualNorm: residualNorm)
      {
        onBound.append((j, side))
      }
    }
    var inverseVIF = result.identification.inverseVIF
    if !transform.isIdentity {
      let held = Set(onBound.map(\.index))
      let free = (0..<p).filter { !held.contains($0) }
      var covariance = [[Double]](repeating: [Double](repeating: .nan, count: p), count: p)
      inverseVIF = [Double](repeating: 1, count: p)
      var settings = options.nonlinear
      settings.rejectUnidentified = false
      settings.recordTrace = false
      let reduced = free.count == p ? model : FixedParameterModel.wrap(model, free: free, values: theta)
      if !free.isEmpty {
        if let evaluated = try? solver.evaluateBuiltin(
          reduced, y: y, weights: weights, at: free.map { theta[$0] }, options: settings)
        {
          for (a, i) in free.enumerated() {
            inverseVIF[i] = evaluated.identification.inverseVIF[a]
            for (b, j) in free.enumerated() { covariance[i][j] = evaluated.covariance[a][b] }
          }
        } else {
          for i in free { inverseVIF[i] = 0 }
        }
      }
      result.parameters = theta
      result.covariance = covariance
      result.standardErrors = (0..<p).map { covariance[$0][$0].squareRoot() }
      result.trace = transform.naturalTrace(result.trace)
      result.identification = Identification(inverseVIF: inverseVIF)
    }
    let status = FitClassifier.classify(
      model: modelName, names: names, estimates: result.parameters, standardErrors: result.standardErrors,
      inverseVIF: inverseVIF, onBound: onBound, collinearityTolerance: options.nonlinear.collinearityTolerance)
    if status.kind == .unidentified, let j = status.parameter.flatMap(names.firstIndex(of:)) {
      // The data do not determine it: no standard error is reported for it.
      for i in 0..<p {
        result.covariance[i][j] = .nan
        result.covariance[j][i] = .nan
      }
      result.standardErrors[j] = .nan
    }
    return BoundedFitOutcome(result: result, status: status, attempts: [])
  }
}
