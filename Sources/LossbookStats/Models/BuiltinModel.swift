internal import CGSL

/// The models lossbook fits without a formula.
///
/// Parameter names are a stable contract (they appear in notebooks and results files):
/// - `linear`: b0, b1 — `y = b0 + b1 x`;
/// - `quadratic`: b0, b1, b2 — `y = b0 + b1 x + b2 x²`;
/// - `logistic`: lo, hi, mid, width — `y = lo + (hi − lo) / (1 + exp((x − mid) / width))`;
/// - `hinge`: r, k, eta — `y = r + k · max(eta − x, 0)`;
/// - `segmented`: b0, b1, b2, psi — `y = b0 + b1 x + b2 max(x − psi, 0)` (R's segmented);
/// - `exp-decay`: eps, k, gamma — `y = eps − k exp(−gamma x)`;
/// - `power-law`: a, b, c — `y = a + b x^(−c)`;
/// - `chinchilla`: E, A, B, alpha, beta — `log L = log(E + A N^−alpha + B D^−beta)`, x = (N, D).
public enum BuiltinModel: String, CaseIterable, Sendable {
  /// `y = b0 + b1 x`, by closed-form (weighted) least squares.
  case linear
  /// `y = b0 + b1 x + b2 x²`, by closed-form (weighted) least squares.
  case quadratic
  /// `y = lo + (hi − lo) / (1 + exp((x − mid) / width))`, by LM from several starts.
  case logistic
  /// `y = r + k · max(eta − x, 0)`, at the global optimum by profiling eta.
  case hinge
  /// `y = b0 + b1 x + b2 max(x − psi, 0)`, at the global optimum by profiling psi.
  case segmented
  /// `y = eps − k exp(−gamma x)`, gamma > 0, from a profiled grid of rates.
  case expDecay = "exp-decay"
  /// `y = a + b x^(−c)`, c > 0, x > 0, from a profiled grid of exponents.
  case powerLaw = "power-law"
  /// `L = E + A / N^alpha + B / D^beta` on the log scale, from the Hoffmann grid.
  case chinchilla

  /// The parameter names, in the order of every estimate array.
  public var parameterNames: [String] {
    switch self {
    case .linear: return LinearModel.parameterNames
    case .quadratic: return QuadraticModel.parameterNames
    case .logistic: return LogisticModel.parameterNames
    case .hinge: return HingeModel.parameterNames
    case .segmented: return SegmentedModel.parameterNames
    case .expDecay: return ExpDecayModel.parameterNames
    case .powerLaw: return PowerLawModel.parameterNames
    case .chinchilla: return ChinchillaModel.parameterNames
    }
  }

  /// How many predictor columns the model takes (2 for `chinchilla`: N and D).
  public var predictorCount: Int { self == .chinchilla ? 2 : 1 }

  /// The model's value at `x` for `parameters` (in ``parameterNames`` order); NaN for
  /// `chinchilla`, which needs a row (N, D).
  public func value(at x: Double, parameters: [Double]) -> Double {
    value(row: [x], parameters: parameters)
  }

  /// The model's value at a row of predictors (one value; N and D for `chinchilla`, whose
  /// value is log L̂).
  public func value(row: [Double], parameters: [Double]) -> Double {
    guard row.count == predictorCount else { return .nan }
    let x = row[0]
    switch self {
    case .linear: return LinearModel.value(at: x, parameters: parameters)
    case .quadratic: return QuadraticModel.value(at: x, parameters: parameters)
    case .logistic: return LogisticModel.value(at: x, parameters: parameters)
    case .hinge: return HingeModel.value(at: x, parameters: parameters)
    case .segmented: return SegmentedModel.value(at: x, parameters: parameters)
    case .expDecay: return ExpDecayModel.value(at: x, parameters: parameters)
    case .powerLaw: return PowerLawModel.value(at: x, parameters: parameters)
    case .chinchilla: return ChinchillaModel.value(row: row, parameters: parameters)
    }
  }

  /// The exact gradient of ``value(row:parameters:)`` in the parameters.
  public func gradient(row: [Double], parameters p: [Double]) -> [Double] {
    guard row.count == predictorCount else { return p.map { _ in .nan } }
    let x = row[0]
    switch self {
    case .linear: return [1, x]
    case .quadratic: return QuadraticModel.gradient(at: x, parameters: p)
    case .logistic: return LogisticModel.gradient(at: x, parameters: p)
    case .hinge: return [1, Swift.max(p[2] - x, 0), x < p[2] ? p[1] : 0]
    case .segmented: return SegmentedModel.gradient(at: x, parameters: p)
    case .expDecay: return ExpDecayModel.gradient(at: x, parameters: p)
    case .powerLaw: return PowerLawModel.gradient(at: x, parameters: p)
    case .chinchilla: return ChinchillaModel.gradient(row: row, parameters: p)
    }
  }

  /// The model with its analytic Jacobian over predictor values `x`, for
  /// ``NonlinearLeastSquares`` directly (no starts, no profiling); nil for the closed-form
  /// `linear` and `quadratic` and for `chinchilla` (two predictors).
  public func solverModel(x: [Double]) -> NonlinearModel? {
    switch self {
    case .linear, .quadratic, .chinchilla: return nil
    case .logistic: return LogisticModel.nonlinearModel(x: x)
    case .hinge: return HingeModel.nonlinearModel(x: x)
    case .segmented: return SegmentedModel.nonlinearModel(x: x)
    case .expDecay: return ExpDecayModel.nonlinearModel(x: x)
    case .powerLaw: return PowerLawModel.nonlinearModel(x: x)
    }
  }

  /// Fits the model to (x, y), optionally weighted, with a fresh solver.
  ///
  /// - Throws: ``FitError``; inputs are checked before any GSL call (lengths, finite values,
  ///   positive weights, more points than parameters, x and y not constant).
  public func fit(
    x: [Double], y: [Double], weights: [Double]? = nil, options: FitOptions = FitOptions()
  ) throws(FitError) -> ModelFit {
    try fit(predictors: [x], y: y, weights: weights, options: options, solver: NonlinearLeastSquares())
  }

  /// Fits the model reusing `solver` (and its GSL workspace), for loops of refits.
  public func fit(
    x: [Double], y: [Double], weights: [Double]?, options: FitOptions,
    solver: NonlinearLeastSquares
  ) throws(FitError) -> ModelFit {
    try fit(predictors: [x], y: y, weights: weights, options: options, solver: solver)
  }

  /// Fits the model to predictor columns (one; N and D for `chinchilla`) and y, by least
  /// squares or, with ``FitOptions/huberDelta``, by the Huber loss (``HuberIRLS``).
  public func fit(
    predictors: [[Double]], y: [Double], weights: [Double]?, options: FitOptions,
    solver: NonlinearLeastSquares
  ) throws(FitError) -> ModelFit {
    if predictors.count != predictorCount {
      throw .countMismatch(what: "x", expected: predictorCount, actual: predictors.count)
    }
    if self == .chinchilla {
      return try ChinchillaModel.fit(
        n: predictors[0], d: predictors[1], loss: y, weights: weights, options: options, solver: solver)
    }
    let x = predictors[0]
    guard let delta = options.huberDelta else {
      return try plainFit(x: x, y: y, weights: weights, start: nil, options: options, solver: solver)
    }
    return try HuberIRLS.run(
      y: y, predictors: predictors, baseWeights: weights, delta: delta, options: options
    ) { (w, start) throws(FitError) -> ModelFit in
      try plainFit(x: x, y: y, weights: w, start: start, options: options, solver: solver)
    }
  }

  /// One least-squares fit; `start` (used by the iterative models only) replaces their own
  /// starting values.
  private func plainFit(
    x: [Double], y: [Double], weights: [Double]?, start: [Double]?, options: FitOptions,
    solver: NonlinearLeastSquares
  ) throws(FitError) -> ModelFit {
    switch self {
    case .linear:
      return try LinearModel.fit(x: x, y: y, weights: weights)
    case .quadratic:
      return try QuadraticModel.fit(x: x, y: y, weights: weights)
    case .logistic:
      return try LogisticModel.fit(x: x, y: y, weights: weights, options: options, solver: solver)
    case .hinge:
      return try HingeModel.fit(x: x, y: y, weights: weights, options: options, solver: solver)
    case .segmented:
      return try SegmentedModel.fit(x: x, y: y, weights: weights, options: options, solver: solver)
    case .expDecay:
      return try ExpDecayModel.fit(x: x, y: y, weights: weights, start: start, options: options, solver: solver)
    case .powerLaw:
      return try PowerLawModel.fit(x: x, y: y, weights: weights, start: start, options: options, solver: solver)
    case .chinchilla:
      throw .countMismatch(what: "x", expected: 2, actual: 1)
    }
  }
}

extension NonlinearLeastSquares {
  /// Runs ``fit(_:y:weights:start:options:)`` for a built-in model, whose closures never
  /// throw, so every error is a ``FitError``.
  func fitBuiltin(
    _ model: NonlinearModel, y: [Double], weights: [Double]?, start: [Double],
    options: NonlinearOptions
  ) throws(FitError) -> NonlinearResult {
    do {
      return try fit(model, y: y, weights: weights, start: start, options: options)
    } catch let error as FitError {
      throw error
    } catch {
      throw .gsl(GSLError(status: Int32(GSL_EBADFUNC)))  // unreachable: built-in closures never throw
    }
  }

  /// Runs ``evaluate(_:y:weights:at:options:)`` for a built-in model.
  func evaluateBuiltin(
    _ model: NonlinearModel, y: [Double], weights: [Double]?, at parameters: [Double],
    options: NonlinearOptions
  ) throws(FitError) -> NonlinearResult {
    do {
      return try evaluate(model, y: y, weights: weights, at: parameters, options: options)
    } catch let error as FitError {
      throw error
    } catch {
      throw .gsl(GSLError(status: Int32(GSL_EBADFUNC)))  // unreachable: built-in closures never throw
    }
  }
}

extension ModelFit {
  /// A built-in model's fit from a nonlinear solver result.
  init(
    builtin: BuiltinModel, result: NonlinearResult, y: [Double], weights: [Double]?
  ) {
    self.init(
      model: builtin.rawValue, parameterNames: builtin.parameterNames,
      estimates: result.parameters, covariance: result.covariance, rss: result.rss, y: y,
      weights: weights, converged: result.converged, stopReason: result.stopReason,
      iterations: result.iterations, trace: result.trace, predictorCount: builtin.predictorCount,
      evaluateRow: { row, parameters in builtin.value(row: row, parameters: parameters) },
      gradientRow: { row, parameters in builtin.gradient(row: row, parameters: parameters) })
  }
}
