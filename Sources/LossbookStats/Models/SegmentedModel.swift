/// R's segmented line `y = b0 + b1 x + b2 max(x − psi, 0)`: slope b1 below psi, b1 + b2
/// above it.
///
/// Fitted like ``HingeModel``: ``SegmentedProfile`` finds the breakpoint of least RSS over
/// every allowed gap exactly, then the nonlinear solver polishes from there and supplies the
/// covariance (∂/∂b0 = 1, ∂/∂b1 = x, ∂/∂b2 = max(x − psi, 0), ∂/∂psi = −b2 · 1[x > psi]).
enum SegmentedModel {
  static let parameterNames = ["b0", "b1", "b2", "psi"]

  /// `b0 + b1 x + b2 max(x − psi, 0)`.
  static func value(at x: Double, parameters: [Double]) -> Double {
    parameters[0] + parameters[1] * x + parameters[2] * Swift.max(x - parameters[3], 0)
  }

  /// The gradient in (b0, b1, b2, psi) at `x`.
  static func gradient(at x: Double, parameters: [Double]) -> [Double] {
    [1, x, Swift.max(x - parameters[3], 0), x > parameters[3] ? -parameters[2] : 0]
  }

  /// The model with its analytic Jacobian, for the predictor values `x`.
  static func nonlinearModel(x: [Double]) -> NonlinearModel {
    NonlinearModel(parameterNames: parameterNames) { parameters, values, jacobian in
      let b0 = parameters[0]
      let b1 = parameters[1]
      let b2 = parameters[2]
      let psi = parameters[3]
      for i in x.indices {
        let z = Swift.max(x[i] - psi, 0)
        values[i] = b0 + b1 * x[i] + b2 * z
        guard let jacobian else { continue }
        jacobian[i * 4] = 1
        jacobian[i * 4 + 1] = x[i]
        jacobian[i * 4 + 2] = z
        jacobian[i * 4 + 3] = x[i] > psi ? -b2 : 0
      }
    }
  }

  /// Profiles the breakpoint, then polishes with the nonlinear solver (kept only when its
  /// RSS is no worse, relative slack 1e-10, and psi stays inside the allowed range).
  ///
  /// When the best breakpoint is an end of the allowed range the fit is `at_bound` ("no
  /// threshold inside the data"), with psi held there.
  ///
  /// - Throws: the usual input errors.
  static func fit(
    x: [Double], y: [Double], weights: [Double]?, options: FitOptions,
    solver: NonlinearLeastSquares
  ) throws(FitError) -> ModelFit {
    try InputChecks.checkCurve(x: x, y: y, weights: weights, parameters: 4)
    let profile = try SegmentedProfile(x: x, y: y, weights: weights, minSide: options.minSide)
    let best: SegmentedProfileMinimum
    let edges: [Double]
    if let bound = options.bounds["psi"] {
      let range = Swift.max(bound.low, -.greatestFiniteMagnitude)...Swift.min(bound.high, .greatestFiniteMagnitude)
      guard let within = profile.minimum(within: range) else {
        throw .parameterAtBound(name: "psi")
      }
      (best, edges) = within
    } else {
      best = profile.minimum()
      edges = [profile.gaps[0].lower, profile.gaps[profile.gaps.count - 1].upper]
    }
    let model = nonlinearModel(x: x)
    if best.onBoundary {
      return try ProfiledFit.atEdge(
        .segmented, model: model, estimates: best.coefficients + [best.psi], edge: 3,
        side: best.psi == edges[0] ? .low : .high, y: y, weights: weights, options: options, solver: solver)
    }
    let start = best.coefficients + [best.psi]
    let lowest = edges[0]
    let highest = edges[1]
    if let polished = try? solver.fitBuiltin(
      model, y: y, weights: weights, start: start, options: options.nonlinear),
      polished.converged, polished.rss <= best.rss * (1 + 1e-10),
      polished.parameters[3] > lowest, polished.parameters[3] < highest
    {
      return ModelFit(builtin: .segmented, result: polished, y: y, weights: weights)
    }
    let evaluated = try solver.evaluateBuiltin(
      model, y: y, weights: weights, at: start, options: options.nonlinear)
    return ModelFit(builtin: .segmented, result: evaluated, y: y, weights: weights)
  }
}
