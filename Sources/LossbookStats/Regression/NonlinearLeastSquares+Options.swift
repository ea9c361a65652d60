/// Tolerances and method choices of the trust-region Levenberg–Marquardt solver.
///
/// Every field is a documented knob; nothing in the solver is a hidden constant.
public struct NonlinearOptions: Sendable, Equatable {
  /// Step-size test: stop when every `|dx_i| <= xtol (xtol + |x_i|)` (GSL's `xtol`).
  public var xtol: Double
  /// Gradient test: stop when `max_i |g_i| max(x_i, 1) <= gtol max(RSS / 2, 1)` (GSL's `gtol`).
  public var gtol: Double
  /// Residual-change tolerance, passed to GSL; GSL 2.7 compiles this test out.
  public var ftol: Double
  /// The most trust-region iterations before giving up.
  public var maxIterations: Int
  /// Levenberg–Marquardt with geodesic acceleration (`trs_lmaccel`) instead of plain LM.
  public var geodesicAcceleration: Bool
  /// The trust-region subproblem method (``geodesicAcceleration`` turns plain LM into `lmaccel`).
  public var method: TrustRegionMethod
  /// Record (iteration, RSS, parameters) after every iteration; turn off in bootstrap loops.
  public var recordTrace: Bool
  /// Return the last iterate, marked not converged, instead of throwing
  /// ``FitError/didNotConverge(iterations:reason:)``.
  public var acceptNonConvergence: Bool
  /// A parameter counts as not identified when `1 / VIF_j = 1 / (C_jj ‖J_j‖²)` falls below
  /// this (C = (JᵀJ)⁻¹, J_j the Jacobian's column j): the scale-free share of column j not
  /// explained by the others. 1e-14 means collinear to about seven digits.
  public var collinearityTolerance: Double
  /// Throw ``FitError/singularJacobian`` when a parameter is not identified at the solution;
  /// false returns the result with ``NonlinearResult/identification`` filled in instead.
  public var rejectUnidentified: Bool

  /// The project's defaults: xtol = gtol = 1e-10, ftol = 0, 500 iterations, plain LM, traced,
  /// non-convergence is an error.
  public init(
    xtol: Double = 1e-10, gtol: Double = 1e-10, ftol: Double = 0, maxIterations: Int = 500,
    geodesicAcceleration: Bool = false, recordTrace: Bool = true,
    acceptNonConvergence: Bool = false, collinearityTolerance: Double = 1e-14,
    method: TrustRegionMethod = .levenbergMarquardt, rejectUnidentified: Bool = true
  ) {
    self.method = method
    self.rejectUnidentified = rejectUnidentified
    self.xtol = xtol
    self.gtol = gtol
    self.ftol = ftol
    self.maxIterations = maxIterations
    self.geodesicAcceleration = geodesicAcceleration
    self.recordTrace = recordTrace
    self.acceptNonConvergence = acceptNonConvergence
    self.collinearityTolerance = collinearityTolerance
  }
}

/// GSL's trust-region subproblem methods (`gsl_multifit_nlinear_trs_*`).
public enum TrustRegionMethod: String, Sendable, Equatable, CaseIterable {
  /// Levenberg–Marquardt (`trs_lm`), the default.
  case levenbergMarquardt = "lm"
  /// Levenberg–Marquardt with geodesic acceleration (`trs_lmaccel`).
  case geodesicAcceleration = "lmaccel"
  /// Powell's dogleg (`trs_dogleg`).
  case dogleg
  /// The double dogleg (`trs_ddogleg`).
  case doubleDogleg = "ddogleg"
  /// The two-dimensional subspace method (`trs_subspace2D`).
  case subspace2D
}
