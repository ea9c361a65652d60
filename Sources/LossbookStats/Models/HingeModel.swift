/// The hinge `y = r + k · max(eta − x, 0)`: flat at r for x ≥ eta, linear below it.
///
/// Fitted to the global least-squares optimum in two steps:
/// 1. ``HingeProfile`` finds the best threshold exactly, over every allowed gap.
/// 2. The nonlinear solver starts from that optimum, polishes it on the actual residuals
///    and supplies the covariance (∂/∂r = 1, ∂/∂k = max(eta − x, 0), ∂/∂eta = k · 1[x < eta]).
///
/// Why not a local solver alone: RSS(eta) is only piecewise smooth (it has a kink at every
/// data point) and usually has several local minima, so Levenberg–Marquardt from a guess
/// stops at the nearest one; `HingeTests` shows a data set where it does.
enum HingeModel {
  static let parameterNames = ["r", "k", "eta"]

  /// `r + k · max(eta − x, 0)`.
  static func value(at x: Double, parameters: [Double]) -> Double {
    parameters[0] + parameters[1] * Swift.max(parameters[2] - x, 0)
  }

  /// The model with its analytic Jacobian, for the predictor values `x`.
  static func nonlinearModel(x: [Double]) -> NonlinearModel {
    NonlinearModel(parameterNames: parameterNames) { parameters, values, jacobian in
      let r = parameters[0]
      let k = parameters[1]
      let eta = parameters[2]
      x.withUnsafeBufferPointer { x in
        for i in 0..<x.count {
          let z = Swift.max(eta - x[i], 0)
          values[i] = r + k * z
          guard let jacobian else { continue }
          jacobian[i * 3] = 1
          jacobian[i * 3 + 1] = z
          jacobian[i * 3 + 2] = x[i] < eta ? k : 0
        }
      }
    }
  }

  /// Profiles the threshold, then polishes with the nonlinear solver.
  ///
  /// The polished result is kept when its RSS is no worse than the profile's (relative
  /// slack 1e-10) and eta stays in the allowed range; otherwise (for example an optimum at
  /// a kink, where the solver can find no improving step) the profile optimum is reported
  /// with the covariance evaluated there and 0 iterations.
  ///
  /// When the best threshold is an end of the allowed range the fit is `at_bound` ("no
  /// threshold inside the data"): r and k are reported with eta held there (eta has no
  /// standard error).
  ///
  /// - Throws: the usual input errors.
  static func fit(
    x: [Double], y: [Double], weights: [Double]?, options: FitOptions,
    solver: NonlinearLeastSquares
  ) throws(FitError) -> ModelFit {
    try InputChecks.checkCurve(x: x, y: y, weights: weights, parameters: 3)
    let profile = try HingeProfile(x: x, y: y, weights: weights, minSide: options.minSide)
    let best: HingeProfileMinimum
    let edges: [Double]
    if let bound = options.bounds["eta"] {
      let range = Swift.max(bound.low, -.greatestFiniteMagnitude)...Swift.min(bound.high, .greatestFiniteMagnitude)
      guard let within = profile.minimum(within: range) else {
        throw .parameterAtBound(name: "eta")
      }
      (best, edges) = within
    } else {
      best = profile.minimum()
      edges = [profile.gaps[0].lower, profile.gaps[profile.gaps.count - 1].upper]
    }
    let model = nonlinearModel(x: x)
    if best.onBoundary {
      return try ProfiledFit.atEdge(
        .hinge, model: model, estimates: [best.r, best.k, best.eta], edge: 2,
        side: best.eta == edges[0] ? .low : .high, y: y, weights: weights, options: options, solver: solver)
    }
    let start = [best.r, best.k, best.eta]
    let lowest = edges[0]
    let highest = edges[1]
    var result: NonlinearResult?
    if let polished = try? solver.fitBuiltin(
      model, y: y, weights: weights, start: start, options: options.nonlinear),
      polished.converged, polished.rss <= best.rss * (1 + 1e-10),
      polished.parameters[2] > lowest, polished.parameters[2] < highest
    {
      result = polished
    }
    if let result { return ModelFit(builtin: .hinge, result: result, y: y, weights: weights) }
    let evaluated = try solver.evaluateBuiltin(
      model, y: y, weights: weights, at: start, options: options.nonlinear)
    return ModelFit(builtin: .hinge, result: evaluated, y: y, weights: weights)
  }
}
