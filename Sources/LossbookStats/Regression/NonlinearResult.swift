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
}
