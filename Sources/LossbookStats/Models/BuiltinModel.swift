internal import CGSL

/// The models lossbook fits without a formula: `linear` (the null), `logistic` (smooth),
/// `hinge` (a threshold).
///
/// Parameter names are a stable contract (they appear in notebooks and results files):
/// - `linear`: b0, b1 — `y = b0 + b1 x`;
/// - `logistic`: lo, hi, mid, width — `y = lo + (hi − lo) / (1 + exp((x − mid) / width))`;
/// - `hinge`: r, k, eta — `y = r + k · max(eta − x, 0)`.
public enum BuiltinModel: String, CaseIterable, Sendable {
  /// `y = b0 + b1 x`, by closed-form (weighted) least squares.
  case linear
  /// `y = lo + (hi − lo) / (1 + exp((x − mid) / width))`, by LM from several starts.
  case logistic
  /// `y = r + k · max(eta − x, 0)`, at the global optimum by profiling eta.
  case hinge

  /// The parameter names, in the order of every estimate array.
  public var parameterNames: [String] {
    switch self {
    case .linear: return LinearModel.parameterNames
    case .logistic: return LogisticModel.parameterNames
    case .hinge: return HingeModel.parameterNames
    }
  }

  /// The model's value at `x` for `parameters` (in ``parameterNames`` order).
  public func value(at x: Double, parameters: [Double]) -> Double {
    switch self {
    case .linear: return LinearModel.value(at: x, parameters: parameters)
    case .logistic: return LogisticModel.value(at: x, parameters: parameters)
    case .hinge: return HingeModel.value(at: x, parameters: parameters)
    }
  }

  /// Fits the model to (x, y), optionally weighted, with a fresh solver.
  ///
  /// - Throws: ``FitError``; inputs are checked before any GSL call (lengths, finite values,
  ///   positive weights, more points than parameters, x and y not constant).
  public func fit(
    x: [Double], y: [Double], weights: [Double]? = nil, options: FitOptions = FitOptions()
  ) throws(FitError) -> ModelFit {
    try fit(x: x, y: y, weights: weights, options: options, solver: NonlinearLeastSquares())
  }

  /// Fits the model reusing `solver` (and its GSL workspace), for loops of refits.
  public func fit(
    x: [Double], y: [Double], weights: [Double]?, options: FitOptions,
    solver: NonlinearLeastSquares
  ) throws(FitError) -> ModelFit {
    switch self {
    case .linear:
      return try LinearModel.fit(x: x, y: y, weights: weights)
    case .logistic:
      return try LogisticModel.fit(x: x, y: y, weights: weights, options: options, solver: solver)
    case .hinge:
      return try HingeModel.fit(x: x, y: y, weights: weights, options: options, solver: solver)
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
      iterations: result.iterations, trace: result.trace,
      evaluate: { x, parameters in builtin.value(at: x, parameters: parameters) })
  }
}
