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
    var method: TrustRegionMethod
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
    var stopReason: StopReason? =
      meetsGradientTest(w, gtol: options.gtol) || residualIsOrthogonal(w, gtol: options.gtol) ? .gradientAtStart : nil
    var failure: NonConvergence?
    while stopReason == nil && failure == nil && iterations < options.maxIterations {
      let status = gsl_multifit_nlinear_iterate(w)
      try rethrowCallbackError()
      if status == GSL_ENOPROG && iterations == 0 {
        if meetsGradientTest(w, gtol: options.gtol.squareRoot(), relative: false) {
          stopReason = .noImprovingStep
        } else {
          failure = .noProgress
        }
        break
      }
      if status != GSL_SUCCESS && status != GSL_ENOPROG {
        throw FitError.gsl(GSLError(status: status))
      }
      iterations += 1
      if options.recordTrace { trace.append(traceStep(iterations, w)) }
      if status == GSL_ENOPROG, meetsGradientTest(w, gtol: options.gtol.squareRoot(), relative: false) {
        stopReason = .noImprovingStep
        break
      }
      stopReason = try convergenceTest(w, options: options)
    }
    lastPosition = GSLAccess.array(w.pointee.x)
    if stopReason == nil && failure == nil {
      failure = .iterationLimit(xtol: options.xtol, gtol: options.gtol, maxIterations: options.maxIterations)
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
      throw FitError.countMismatch(what: "start", expected: p, actual: start.count)
    }
    try InputChecks.checkResponse(y: y, weights: weights, parameters: p)
    let method =
      options.geodesicAcceleration && options.method == .levenbergMarquardt
      ? TrustRegionMethod.geodesicAcceleration : options.method
    let w = try workspace(n: y.count, p: p, method: method)
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
    n: Int, p: Int, method: TrustRegionMethod
  ) throws -> UnsafeMutablePointer<gsl_multifit_nlinear_workspace> {
    let wanted = Shape(n: n, p: p, method: method)
    if let workspace, shape == wanted { return workspace }
    if let workspace { gsl_multifit_nlinear_free(workspace) }
    if let covarianceMatrix { gsl_matrix_free(covarianceMatrix) }
    workspace = nil
    covarianceMatrix = nil
    shape = nil
    var parameters = gsl_multifit_nlinear_default_parameters()
    switch method {
    case .levenbergMarquardt: parameters.trs = lb_trs_lm()
    case .geodesicAcceleration: parameters.trs = lb_trs_lmaccel()
    case .dogleg: parameters.trs = lb_trs_dogleg()
    case .doubleDogleg: parameters.trs = lb_trs_ddogleg()
    case .subspace2D: parameters.trs = lb_trs_subspace2D()
    }
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
  ///
  /// GSL scales its gradient test by `max(RSS / 2, 1)`, which makes it absolute when the RSS
  /// is small (NIST's Lanczos problems, RSS ~ 1e-25, would stop in their seventh digit).
  /// The `gtol` passed to GSL is therefore multiplied by `min(RSS / 2, 1)`: the test reads
  /// `max_i |g_i| max(x_i, 1) <= gtol · RSS / 2` at every scale (GSL's own above RSS 2).
  /// Because that test can sit below round-off for a small RSS, MINPACK's scale-free
  /// gradient test also stops the fit (``residualIsOrthogonal(_:gtol:)``).
  private func convergenceTest(
    _ w: UnsafeMutablePointer<gsl_multifit_nlinear_workspace>, options: NonlinearOptions
  ) throws -> StopReason? {
    var info: Int32 = 0
    let phi = 0.5 * GSLAccess.sumOfSquares(w.pointee.f)
    let gtol = options.gtol * Swift.min(phi, 1)
    let status = gsl_multifit_nlinear_test(options.xtol, gtol, options.ftol, &info, w)
    if status == GSL_CONTINUE { return residualIsOrthogonal(w, gtol: options.gtol) ? .gradientTolerance : nil }
    if status != GSL_SUCCESS { throw FitError.gsl(GSLError(status: status)) }
    switch info {
    case 1: return .stepTolerance
    case 2: return .gradientTolerance
    default: return .residualTolerance
    }
  }

  /// MINPACK's gradient test: the residual vector is orthogonal, to `gtol`, to every column
  /// of the Jacobian, `max_j |J_jᵀ f| / (‖J_j‖ ‖f‖) <= gtol`. It does not change when y, x
  /// or a parameter is rescaled, so it works for any RSS. Reads GSL's J, f and g = Jᵀf in place.
  private func residualIsOrthogonal(
    _ w: UnsafeMutablePointer<gsl_multifit_nlinear_workspace>, gtol: Double
  ) -> Bool {
    let jacobian = w.pointee.J.pointee
    let g = w.pointee.g.pointee
    guard let entries = jacobian.data, let gradient = g.data else { return false }
    let residualNorm = GSLAccess.sumOfSquares(w.pointee.f).squareRoot()
    guard residualNorm > 0 else { return true }
    for j in 0..<jacobian.size2 {
      var columnSquares = 0.0
      for i in 0..<jacobian.size1 {
        let entry = entries[i * jacobian.tda + j]
        columnSquares += entry * entry
      }
      let columnNorm = columnSquares.squareRoot()
      guard columnNorm > 0 else { continue }
      if !(abs(gradient[j * g.stride]) <= gtol * columnNorm * residualNorm) { return false }
    }
    return true
  }

  /// GSL's gradient test at the workspace's current point (whose gradient `init` or the last
  /// iteration computed), relative like ``convergenceTest(_:options:)`` unless `relative` is
  /// false (then GSL's `max(RSS / 2, 1)` scale).
  ///
  /// A start that is already optimal (a profiled hinge) would otherwise make the first
  /// iteration find no improving step and report `GSL_ENOPROG`.
  private func meetsGradientTest(
    _ w: UnsafeMutablePointer<gsl_multifit_nlinear_workspace>, gtol: Double, relative: Bool = true
  ) -> Bool {
    let g = w.pointee.g.pointee
    let x = w.pointee.x.pointee
    guard let gradient = g.data, let position = x.data else { return false }
    let phi = 0.5 * GSLAccess.sumOfSquares(w.pointee.f)
    var norm = 0.0
    for i in 0..<g.size {
      norm = Swift.max(norm, abs(Swift.max(position[i * x.stride], 1) * gradient[i * g.stride]))
    }
    return norm <= gtol * (relative ? phi : Swift.max(phi, 1))
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
      throw FitError.didNotConverge(iterations: iterations, reason: .nonFiniteEstimates)
    }
    let (unscaled, identification) = try unscaledCovariance(w, p: p, options: options)
    let scale = rss / Double(n - p)
    let covariance = unscaled.map { row in row.map { $0 * scale } }
    return NonlinearResult(
      parameters: parameters, covariance: covariance,
      standardErrors: (0..<p).map { covariance[$0][$0].squareRoot() }, rss: rss, n: n,
      dof: n - p, converged: stopReason != nil, stopReason: stopReason, iterations: iterations,
      functionEvaluations: fdf.pointee.nevalf, jacobianEvaluations: fdf.pointee.nevaldf,
      trace: trace, identification: identification)
  }

  /// `(JᵀJ)⁻¹` at the current point and how well it determines each parameter; throws
  /// ``FitError/singularJacobian`` when a parameter is not identified (see
  /// ``NonlinearOptions/collinearityTolerance``) and ``NonlinearOptions/rejectUnidentified`` is set.
  private func unscaledCovariance(
    _ w: UnsafeMutablePointer<gsl_multifit_nlinear_workspace>, p: Int, options: NonlinearOptions
  ) throws -> (covariance: [[Double]], identification: Identification) {
    guard let jacobian = w.pointee.J, let matrix = covarianceMatrix else {
      throw FitError.gsl(GSLError(status: Int32(GSL_ENOMEM)))
    }
    let status = gsl_multifit_nlinear_covar(jacobian, 0.0, matrix)
    if status != GSL_SUCCESS { throw FitError.gsl(GSLError(status: status)) }
    let covariance = GSLAccess.rows(matrix)
    let norms = GSLAccess.columnNorms(jacobian)
    let inverseVIF = (0..<p).map { j -> Double in
      let diagonal = covariance[j][j]
      guard diagonal > 0, diagonal.isFinite, norms[j] > 0 else { return 0 }
      let share = 1 / (diagonal * norms[j] * norms[j])
      return share.isFinite ? share : 0
    }
    let identification = Identification(inverseVIF: inverseVIF, columnNorms: norms)
    if options.rejectUnidentified, identification.weakest(tolerance: options.collinearityTolerance) != nil {
      throw FitError.singularJacobian
    }
    return (covariance, identification)
  }
}
