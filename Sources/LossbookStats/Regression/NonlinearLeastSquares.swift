internal import CGSL

/// Nonlinear least squares by GSL's trust-region Levenberg–Marquardt (`multifit_nlinear`).
///
/// The instance owns a GSL workspace and the `fdf` struct that GSL keeps a pointer to; both
/// live exactly as long as the instance, and the workspace is reused while n, p and the
/// method stay the same (bootstrap refits allocate nothing in GSL). The loop is GSL's own
/// driver written out (`init`, then `iterate` and `test`) so that a trace can be recorded and
/// every stop has a named reason. Not `Sendable`: use one instance per thread.
///
/// Residuals are `sqrt(w_i) (model_i − y_i)`; the covariance is `RSS / (n − p) · (JᵀWJ)⁻¹`
/// (`gsl_multifit_nlinear_covar` with `epsrel` 0, then scaled).
public final class NonlinearLeastSquares {
  private struct Shape: Equatable {
    var n: Int
    var p: Int
    var accelerated: Bool
  }

  private var workspace: UnsafeMutablePointer<gsl_multifit_nlinear_workspace>?
  private var shape: Shape?
  /// The p × p matrix `gsl_multifit_nlinear_covar` writes into, allocated with the workspace.
  private var covarianceMatrix: UnsafeMutablePointer<gsl_matrix>?
  private let fdf: UnsafeMutablePointer<gsl_multifit_nlinear_fdf>
  private let context = NonlinearCallbackContext()
  /// Where the last fit stopped (also when it threw after iterating), in the model's
  /// parameter order; empty before the first fit.
  public private(set) var lastPosition: [Double] = []

  /// Creates a solver; the GSL workspace is allocated by the first fit.
  public init() {
    GSLRuntime.start()
    fdf = UnsafeMutablePointer<gsl_multifit_nlinear_fdf>.allocate(capacity: 1)
    fdf.initialize(
      to: gsl_multifit_nlinear_fdf(
        f: nonlinearResidualTrampoline, df: nonlinearJacobianTrampoline, fvv: nil, n: 0, p: 0,
        params: Unmanaged.passUnretained(context).toOpaque(), nevalf: 0, nevaldf: 0,
        nevalfvv: 0))
  }

  deinit {
    if let workspace { gsl_multifit_nlinear_free(workspace) }
    if let covarianceMatrix { gsl_matrix_free(covarianceMatrix) }
    fdf.deinitialize(count: 1)
    fdf.deallocate()
  }

  /// Fits `model` to `y` (optionally weighted) from `start`.
  ///
  /// - Throws: ``FitError`` for bad inputs, a non-finite model at the start, non-convergence
  ///   (unless ``NonlinearOptions/acceptNonConvergence``), a singular Jacobian or a GSL
  ///   status; or the first error a model closure threw, unchanged.
  public func fit(
    _ model: NonlinearModel, y: [Double], weights: [Double]? = nil, start: [Double],
    options: NonlinearOptions = NonlinearOptions()
  ) throws -> NonlinearResult {
    let w = try begin(model, y: y, weights: weights, start: start, options: options)
    defer { context.unload() }
    var trace: [TraceStep] = []
    if options.recordTrace { trace.append(traceStep(0, w)) }
    var iterations = 0
    var stopReason: StopReason? = startMeetsGradientTest(w, gtol: options.gtol) ? .gradientAtStart : nil
    var failure: String?
    while stopReason == nil && failure == nil && iterations < options.maxIterations {
      let status = gsl_multifit_nlinear_iterate(w)
      try rethrowCallbackError()
      if status == GSL_ENOPROG && iterations == 0 {
        if startMeetsGradientTest(w, gtol: options.gtol.squareRoot()) {
          stopReason = .noImprovingStep
        } else {
          failure = "no step from the starting values reduced the RSS (GSL_ENOPROG)"
        }
        break
      }
      if status != GSL_SUCCESS && status != GSL_ENOPROG {
        throw FitError.gsl(GSLError(status: status))
      }
      iterations += 1
      if options.recordTrace { trace.append(traceStep(iterations, w)) }
      stopReason = try convergenceTest(w, options: options)
    }
    lastPosition = GSLAccess.array(w.pointee.x)
    if stopReason == nil && failure == nil {
      failure =
        "neither the step test (xtol \(options.xtol)) nor the gradient test (gtol \(options.gtol)) "
        + "was met within \(options.maxIterations) iterations (GSL_EMAXITER)"
    }
    if let failure, !options.acceptNonConvergence {
      throw FitError.didNotConverge(iterations: iterations, reason: failure)
    }
    return try result(w, stopReason: stopReason, iterations: iterations, trace: trace, options: options)
  }

  /// Evaluates `model` at `parameters` found elsewhere (for example by profiling) and returns
  /// the RSS and covariance there, without iterating.
  public func evaluate(
    _ model: NonlinearModel, y: [Double], weights: [Double]? = nil, at parameters: [Double],
    options: NonlinearOptions = NonlinearOptions()
  ) throws -> NonlinearResult {
    let w = try begin(model, y: y, weights: weights, start: parameters, options: options)
    defer { context.unload() }
    let trace = options.recordTrace ? [traceStep(0, w)] : []
    return try result(w, stopReason: .suppliedOptimum, iterations: 0, trace: trace, options: options)
  }

  /// Checks inputs, prepares the workspace and runs `gsl_multifit_nlinear_init` at `start`.
  private func begin(
    _ model: NonlinearModel, y: [Double], weights: [Double]?, start: [Double],
    options: NonlinearOptions
  ) throws -> UnsafeMutablePointer<gsl_multifit_nlinear_workspace> {
    let p = model.parameterCount
    if start.count != p {
      throw FitError.countMismatch(what: "starting values", expected: p, actual: start.count)
    }
    try InputChecks.checkResponse(y: y, weights: weights, parameters: p)
    let w = try workspace(n: y.count, p: p, accelerated: options.geodesicAcceleration)
    context.load(model: model, y: y, weights: weights)
    fdf.pointee.n = y.count
    fdf.pointee.p = p
    var x = start
    let status = x.withUnsafeMutableBufferPointer { buffer -> Int32 in
      var view = gsl_vector_view_array(buffer.baseAddress, buffer.count)
      return gsl_multifit_nlinear_init(&view.vector, fdf, w)
    }
    try rethrowCallbackError()
    if status != GSL_SUCCESS {
      context.unload()
      throw FitError.gsl(GSLError(status: status))
    }
    if let row = firstNonFiniteRow(w) {
      context.unload()
      throw FitError.nonFiniteModel(row: row)
    }
    return w
  }

  /// The workspace for (n, p, method), reusing the current one when it matches.
  private func workspace(
    n: Int, p: Int, accelerated: Bool
  ) throws -> UnsafeMutablePointer<gsl_multifit_nlinear_workspace> {
    let wanted = Shape(n: n, p: p, accelerated: accelerated)
    if let workspace, shape == wanted { return workspace }
    if let workspace { gsl_multifit_nlinear_free(workspace) }
    if let covarianceMatrix { gsl_matrix_free(covarianceMatrix) }
    workspace = nil
    covarianceMatrix = nil
    shape = nil
    var parameters = gsl_multifit_nlinear_default_parameters()
    parameters.trs = accelerated ? lb_trs_lmaccel() : lb_trs_lm()
    parameters.scale = lb_scale_more()
    parameters.solver = lb_solver_qr()
    guard let created = gsl_multifit_nlinear_alloc(lb_nlinear_trust(), &parameters, n, p) else {
      throw FitError.gsl(GSLError(status: Int32(GSL_ENOMEM)))
    }
    guard let matrix = gsl_matrix_alloc(p, p) else {
      gsl_multifit_nlinear_free(created)
      throw FitError.gsl(GSLError(status: Int32(GSL_ENOMEM)))
    }
    workspace = created
    covarianceMatrix = matrix
    shape = wanted
    return created
  }

  /// Rethrows (and clears) an error a model closure threw during the last GSL call.
  private func rethrowCallbackError() throws {
    if let error = context.pendingError {
      context.pendingError = nil
      context.unload()
      throw error
    }
  }

  /// GSL's `xtol`/`gtol` tests after an iteration: the stop reason, or nil to continue.
  private func convergenceTest(
    _ w: UnsafeMutablePointer<gsl_multifit_nlinear_workspace>, options: NonlinearOptions
  ) throws -> StopReason? {
    var info: Int32 = 0
    let status = gsl_multifit_nlinear_test(options.xtol, options.gtol, options.ftol, &info, w)
    if status == GSL_CONTINUE { return nil }
    if status != GSL_SUCCESS { throw FitError.gsl(GSLError(status: status)) }
    switch info {
    case 1: return .stepTolerance
    case 2: return .gradientTolerance
    default: return .residualTolerance
    }
  }

  /// GSL's gradient test applied to the starting point (whose gradient `init` computed).
  ///
  /// A start that is already optimal (a profiled hinge) would otherwise make the first
  /// iteration find no improving step and report `GSL_ENOPROG`.
  private func startMeetsGradientTest(
    _ w: UnsafeMutablePointer<gsl_multifit_nlinear_workspace>, gtol: Double
  ) -> Bool {
    let g = w.pointee.g.pointee
    let x = w.pointee.x.pointee
    guard let gradient = g.data, let position = x.data else { return false }
    let phi = 0.5 * GSLAccess.sumOfSquares(w.pointee.f)
    var norm = 0.0
    for i in 0..<g.size {
      norm = Swift.max(norm, abs(Swift.max(position[i * x.stride], 1) * gradient[i * g.stride]))
    }
    return norm <= gtol * Swift.max(phi, 1)
  }

  /// The first row whose residual or Jacobian entry is not finite, if any (read in place:
  /// this runs once per fit, so it allocates nothing).
  private func firstNonFiniteRow(
    _ w: UnsafeMutablePointer<gsl_multifit_nlinear_workspace>
  ) -> Int? {
    let f = w.pointee.f.pointee
    let jacobian = w.pointee.J.pointee
    guard let residuals = f.data, let entries = jacobian.data else { return nil }
    for i in 0..<f.size {
      if !residuals[i * f.stride].isFinite { return i }
      for j in 0..<jacobian.size2 where !entries[i * jacobian.tda + j].isFinite { return i }
    }
    return nil
  }

  private func traceStep(
    _ iteration: Int, _ w: UnsafeMutablePointer<gsl_multifit_nlinear_workspace>
  ) -> TraceStep {
    TraceStep(
      iteration: iteration, rss: GSLAccess.sumOfSquares(w.pointee.f),
      parameters: GSLAccess.array(w.pointee.x))
  }

  /// Estimates, RSS and the scaled covariance at the workspace's current point.
  private func result(
    _ w: UnsafeMutablePointer<gsl_multifit_nlinear_workspace>, stopReason: StopReason?,
    iterations: Int, trace: [TraceStep], options: NonlinearOptions
  ) throws -> NonlinearResult {
    let parameters = GSLAccess.array(w.pointee.x)
    let rss = GSLAccess.sumOfSquares(w.pointee.f)
    let n = context.n
    let p = context.p
    guard rss.isFinite, parameters.allSatisfy(\.isFinite) else {
      throw FitError.didNotConverge(iterations: iterations, reason: "the estimates are not finite")
    }
    let unscaled = try unscaledCovariance(w, p: p, tolerance: options.collinearityTolerance)
    let scale = rss / Double(n - p)
    let covariance = unscaled.map { row in row.map { $0 * scale } }
    return NonlinearResult(
      parameters: parameters, covariance: covariance,
      standardErrors: (0..<p).map { covariance[$0][$0].squareRoot() }, rss: rss, n: n,
      dof: n - p, converged: stopReason != nil, stopReason: stopReason, iterations: iterations,
      functionEvaluations: fdf.pointee.nevalf, jacobianEvaluations: fdf.pointee.nevaldf,
      trace: trace)
  }

  /// `(JᵀJ)⁻¹` at the current point; throws ``FitError/singularJacobian`` when a parameter
  /// is not identified (see ``NonlinearOptions/collinearityTolerance``).
  private func unscaledCovariance(
    _ w: UnsafeMutablePointer<gsl_multifit_nlinear_workspace>, p: Int, tolerance: Double
  ) throws -> [[Double]] {
    guard let jacobian = w.pointee.J, let matrix = covarianceMatrix else {
      throw FitError.gsl(GSLError(status: Int32(GSL_ENOMEM)))
    }
    let status = gsl_multifit_nlinear_covar(jacobian, 0.0, matrix)
    if status != GSL_SUCCESS { throw FitError.gsl(GSLError(status: status)) }
    let covariance = GSLAccess.rows(matrix)
    let norms = GSLAccess.columnNorms(jacobian)
    for j in 0..<p {
      let diagonal = covariance[j][j]
      let unexplained = 1 / (diagonal * norms[j] * norms[j])
      guard diagonal > 0, diagonal.isFinite, norms[j] > 0, unexplained >= tolerance else {
        throw FitError.singularJacobian
      }
    }
    return covariance
  }
}
