import Foundation

/// A closed interval of real numbers, such as a confidence interval.
public struct Interval: Sendable, Equatable {
  /// The lower end.
  public var lower: Double
  /// The upper end.
  public var upper: Double

  /// Creates an interval.
  public init(lower: Double, upper: Double) {
    self.lower = lower
    self.upper = upper
  }
}

/// A fitted model: estimates, their uncertainty, and goodness-of-fit figures.
///
/// Conventions (STATS.md section 2), with RSS the weighted residual sum of squares when
/// weights are given:
/// - `p` counts the regression parameters only (not the noise variance): `dof = n − p`,
///   `sigma = sqrt(RSS / (n − p))`, `AIC = n ln(RSS / n) + 2p`, `BIC = n ln(RSS / n) + p ln n`.
///   AIC and BIC are therefore comparable between models fitted to the same data only.
/// - 95% intervals are `estimate ± t(0.975, n − p) · SE`.
/// - `R² = 1 − RSS / TSS`, with TSS about the (weighted) mean of y.
public struct ModelFit: Sendable {
  /// The model's name, for example `"hinge"`.
  public var model: String
  /// The parameter names, in the order of every array below.
  public var parameterNames: [String]
  /// The estimates.
  public var estimates: [Double]
  /// Standard errors (square roots of the covariance's diagonal).
  public var standardErrors: [Double]
  /// 95% confidence intervals, `estimate ± t(0.975, dof) · SE`.
  public var intervals: [Interval]
  /// The covariance of the estimates, row by row.
  public var covariance: [[Double]]
  /// The (weighted) residual sum of squares.
  public var rss: Double
  /// The residual standard deviation, `sqrt(RSS / dof)`.
  public var sigma: Double
  /// Residual degrees of freedom, `n − p`.
  public var dof: Int
  /// The number of observations.
  public var n: Int
  /// Akaike's criterion, `n ln(RSS / n) + 2p`.
  public var aic: Double
  /// Schwarz's criterion, `n ln(RSS / n) + p ln n`.
  public var bic: Double
  /// The coefficient of determination, `1 − RSS / TSS`.
  public var r2: Double
  /// Whether the solver met a convergence test (closed-form fits are converged).
  public var converged: Bool
  /// Which test stopped the solver, or ``StopReason/closedForm``; nil when not converged.
  public var stopReason: StopReason?
  /// Solver iterations (0 for closed-form fits).
  public var iterations: Int
  /// The solver's convergence trace (empty for closed-form fits or when not recorded).
  public var trace: [TraceStep]
  /// The Huber loss summary when the fit was robust (``FitOptions/huberDelta``), else nil.
  public var huber: HuberSummary?
  /// How many predictor values one row has (1 for curves in x; 2 for `chinchilla`'s N, D).
  public var predictorCount: Int
  /// How the fit ended: `ok`, `at_bound`, `unidentified` or `not_converged`.
  public var status: FitStatus = .ok
  /// The solver runs behind the estimates (empty for closed-form and profiled fits).
  public var attempts: [FitAttempt] = []
  /// Each parameter's allowed range (nil: free), as fitted.
  public var bounds: [ParameterBound?] = []
  private let evaluate: @Sendable (_ predictors: [Double], _ parameters: [Double]) -> Double
  private let gradient: (@Sendable (_ predictors: [Double], _ parameters: [Double]) -> [Double])?

  /// Assembles a fit from estimates, their covariance and the data they were fitted to.
  public init(
    model: String, parameterNames: [String], estimates: [Double], covariance: [[Double]],
    rss: Double, y: [Double], weights: [Double]?, converged: Bool, stopReason: StopReason?,
    iterations: Int, trace: [TraceStep],
    evaluate: @escaping @Sendable (_ x: Double, _ parameters: [Double]) -> Double
  ) {
    self.init(
      model: model, parameterNames: parameterNames, estimates: estimates, covariance: covariance,
      rss: rss, y: y, weights: weights, converged: converged, stopReason: stopReason,
      iterations: iterations, trace: trace, predictorCount: 1,
      evaluateRow: { row, parameters in evaluate(row[0], parameters) }, gradientRow: nil)
  }

  /// Assembles a fit whose model takes `predictorCount` predictor values per row, with an
  /// optional exact gradient (for confidence bands by the delta method).
  public init(
    model: String, parameterNames: [String], estimates: [Double], covariance: [[Double]],
    rss: Double, y: [Double], weights: [Double]?, converged: Bool, stopReason: StopReason?,
    iterations: Int, trace: [TraceStep], predictorCount: Int,
    evaluateRow: @escaping @Sendable (_ predictors: [Double], _ parameters: [Double]) -> Double,
    gradientRow: (@Sendable (_ predictors: [Double], _ parameters: [Double]) -> [Double])?
  ) {
    let n = y.count
    let p = parameterNames.count
    let dof = n - p
    self.model = model
    self.parameterNames = parameterNames
    self.estimates = estimates
    self.covariance = covariance
    self.standardErrors = (0..<p).map { covariance[$0][$0].squareRoot() }
    let t = Distribution.tQuantile(p: 0.975, dof: Double(dof))
    self.intervals = zip(estimates, standardErrors).map { estimate, se in
      Interval(lower: estimate - t * se, upper: estimate + t * se)
    }
    self.rss = rss
    self.sigma = (rss / Double(dof)).squareRoot()
    self.dof = dof
    self.n = n
    let logLikelihoodTerm = Double(n) * log(rss / Double(n))
    self.aic = logLikelihoodTerm + 2 * Double(p)
    self.bic = logLikelihoodTerm + Double(p) * log(Double(n))
    self.r2 = 1 - rss / ModelFit.totalSumOfSquares(y: y, weights: weights)
    self.converged = converged
    self.stopReason = stopReason
    self.iterations = iterations
    self.trace = trace
    self.huber = nil
    self.predictorCount = predictorCount
    self.evaluate = evaluateRow
    self.gradient = gradientRow
  }

  /// The fitted curve at `x` (for a model of one predictor).
  public func predict(_ x: Double) -> Double {
    evaluate([x], estimates)
  }

  /// The fitted model at one row of predictor values.
  public func predict(row: [Double]) -> Double {
    evaluate(row, estimates)
  }

  /// Whether ``band(at:level:)`` can be computed (the model supplied its gradient).
  public var hasGradient: Bool { gradient != nil }

  /// A pointwise confidence interval for the fitted curve at `x`, by the delta method:
  /// `f(x) ± t(1 − (1 − level) / 2, dof) · sqrt(gᵀ C g)`, g the gradient of f in the
  /// parameters and C their covariance. Nil when the model has no gradient.
  public func band(at x: Double, level: Double) -> Interval? {
    guard let gradient else { return nil }
    let g = gradient([x], estimates)
    var variance = 0.0
    // A parameter on a bound has NaN covariance: it is held fixed, so it adds nothing.
    for i in g.indices where covariance[i][i].isFinite {
      for j in g.indices where covariance[j][j].isFinite { variance += g[i] * covariance[i][j] * g[j] }
    }
    let t = Distribution.tQuantile(p: 1 - (1 - level) / 2, dof: Double(dof))
    let centre = predict(x)
    let half = t * Swift.max(variance, 0).squareRoot()
    return Interval(lower: centre - half, upper: centre + half)
  }

  /// The fit with its status, solver runs and bounds from a ``MultiStartFit`` outcome.
  func with(_ outcome: BoundedFitOutcome, bounds: [ParameterBound?]) -> ModelFit {
    var fit = self
    fit.status = outcome.status
    fit.attempts = outcome.attempts
    fit.bounds = bounds
    return fit
  }

  /// The estimate of the parameter called `name`, if the model has one.
  public func estimate(named name: String) -> Double? {
    parameterNames.firstIndex(of: name).map { estimates[$0] }
  }

  /// `Σ w (y − ȳ_w)²`, the (weighted) total sum of squares about the (weighted) mean.
  static func totalSumOfSquares(y: [Double], weights: [Double]?) -> Double {
    var sumW = 0.0
    var sumWY = 0.0
    for i in y.indices {
      let w = weights?[i] ?? 1
      sumW += w
      sumWY += w * y[i]
    }
    let mean = sumWY / sumW
    var total = 0.0
    for i in y.indices {
      let d = y[i] - mean
      total += (weights?[i] ?? 1) * d * d
    }
    return total
  }
}
