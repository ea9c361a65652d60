/// The outcome of one ``NonlinearLeastSquares`` fit.
public struct NonlinearResult: Sendable {
  /// The parameter estimates, in the model's order.
  public var parameters: [Double]
  /// The covariance of the estimates, `RSS / (n − p) · (JᵀWJ)⁻¹`, row by row.
  public var covariance: [[Double]]
  /// The square roots of the covariance's diagonal.
  public var standardErrors: [Double]
  /// The (weighted) residual sum of squares at the estimates.
  public var rss: Double
  /// The number of observations.
  public var n: Int
  /// The residual degrees of freedom, n − p.
  public var dof: Int
  /// Whether a convergence test was met (always true unless non-convergence was accepted).
  public var converged: Bool
  /// Which test stopped the iterations; nil when the fit did not converge.
  public var stopReason: StopReason?
  /// The number of trust-region iterations taken.
  public var iterations: Int
  /// Model evaluations for residuals and for Jacobians, as counted by GSL.
  public var functionEvaluations: Int
  /// Jacobian evaluations, as counted by GSL.
  public var jacobianEvaluations: Int
  /// The state at the start (iteration 0) and after each iteration, when recorded.
  public var trace: [TraceStep]
  /// How well the data determine each parameter at the estimates.
  public var identification: Identification
}

/// How well the data determine each parameter at a solution, from the column-scaled Jacobian.
public struct Identification: Sendable, Equatable {
  /// `1 / VIF_j = 1 / (C_jj ‖J_j‖²)` per parameter (C = (JᵀJ)⁻¹): the scale-free share of
  /// column j that the other columns do not explain; 0 when GSL found the column dependent.
  public var inverseVIF: [Double]
  /// The Euclidean norm of each (weighted) Jacobian column: how much the fitted values move
  /// per unit change of the parameter.
  public var columnNorms: [Double]

  /// Creates the figures for one solution.
  public init(inverseVIF: [Double], columnNorms: [Double] = []) {
    self.inverseVIF = inverseVIF
    self.columnNorms = columnNorms
  }

  /// A lower estimate of the column-scaled Jacobian's condition number, `sqrt(max VIF)`
  /// (the true one is at most `sqrt(p)` times larger); infinite when a column is dependent.
  public var conditionNumber: Double {
    guard let smallest = inverseVIF.min() else { return 1 }
    return smallest > 0 ? (1 / smallest).squareRoot() : .infinity
  }

  /// The index of the least determined parameter whose inverse VIF is below `tolerance`.
  public func weakest(tolerance: Double) -> Int? {
    guard let j = inverseVIF.indices.min(by: { inverseVIF[$0] < inverseVIF[$1] }) else { return nil }
    return inverseVIF[j] < tolerance ? j : nil
  }
}

/// Why an iterative fit stopped (or that it needed no iterations).
public enum StopReason: String, Sendable, Equatable {
  /// A closed-form solution; no iterations.
  case closedForm = "closed_form"
  /// The step-size test (`xtol`) was met.
  case stepTolerance = "xtol"
  /// The gradient test (`gtol`) was met.
  case gradientTolerance = "gtol"
  /// The residual-change test (`ftol`) was met.
  case residualTolerance = "ftol"
  /// The starting values already met the gradient test; no iteration was taken.
  case gradientAtStart = "gtol_at_start"
  /// The optimum was found elsewhere (for example by profiling) and only evaluated here.
  case suppliedOptimum = "optimum_supplied"
  /// No step improved on the starting values (GSL_ENOPROG on the first iteration) and their
  /// scaled gradient was within sqrt(gtol) of zero: a minimum to working precision, as when
  /// an iteratively reweighted fit restarts at its last solution.
  case noImprovingStep = "no_improving_step"
}

/// One row of a convergence trace: the state after an iteration (0 is the start).
public struct TraceStep: Sendable, Equatable {
  /// The iteration number; 0 for the starting values.
  public var iteration: Int
  /// The (weighted) residual sum of squares at `parameters`.
  public var rss: Double
  /// The parameter vector after this iteration.
  public var parameters: [Double]

  /// Creates a trace row.
  public init(iteration: Int, rss: Double, parameters: [Double]) {
    self.iteration = iteration
    self.rss = rss
    self.parameters = parameters
  }
}
