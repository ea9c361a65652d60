import Foundation

/// Bounds by transformation: parameters constrained positive are fitted on the log scale
/// (θ = exp(φ)) and reported on the natural scale.
///
/// The solver sees φ; the model still computes in θ, and its Jacobian column j is
/// multiplied by ∂θ_j/∂φ_j = θ_j. At the optimum the covariance of θ by the delta method,
/// `D Cov(φ) D` with `D = diag(θ)`, equals the covariance of a direct fit in θ, so the
/// reported standard errors are the natural-scale ones.
struct LogScaleTransform: Sendable {
  /// Which parameters are constrained positive.
  let positive: [Bool]

  /// True when no parameter is transformed.
  var isIdentity: Bool { !positive.contains(true) }

  /// φ from θ: the log of each positive parameter.
  ///
  /// - Throws: ``FitError/badStart(name:)`` when a positive parameter starts at 0 or below.
  func toSolver(_ natural: [Double], names: [String]) throws(FitError) -> [Double] {
    var result = natural
    for j in natural.indices where positive[j] {
      guard natural[j] > 0 else { throw .badStart(name: names[j]) }
      result[j] = log(natural[j])
    }
    return result
  }

  /// θ from φ.
  func toNatural(_ solver: [Double]) -> [Double] {
    var result = solver
    for j in solver.indices where positive[j] { result[j] = exp(solver[j]) }
    return result
  }

  /// The model in φ: values unchanged, Jacobian columns of positive parameters times θ.
  func wrap(_ model: NonlinearModel) -> NonlinearModel {
    if isIdentity { return model }
    let positive = self.positive
    switch model.evaluator {
    case .bulk(let evaluate):
      let scratch = ScratchParameters(count: positive.count)
      return NonlinearModel(parameterNames: model.parameterNames) { phi, values, jacobian in
        let p = positive.count
        for j in 0..<p { scratch.values[j] = positive[j] ? exp(phi[j]) : phi[j] }
        try scratch.values.withUnsafeBufferPointer { theta in
          try evaluate(theta, values, jacobian)
        }
        guard let jacobian else { return }
        for j in 0..<p where positive[j] {
          let theta = scratch.values[j]
          for i in 0..<values.count { jacobian[i * p + j] *= theta }
        }
      }
    case .rows(let evaluate):
      return NonlinearModel(parameterNames: model.parameterNames) { phi, row in
        let theta = self.toNatural(phi)
        var (value, gradient) = try evaluate(theta, row)
        for j in gradient.indices where positive[j] { gradient[j] *= theta[j] }
        return (value, gradient)
      }
    }
  }

  /// A solver result in φ rewritten in θ: estimates, covariance, standard errors, trace.
  func naturalResult(_ result: NonlinearResult) -> NonlinearResult {
    if isIdentity { return result }
    let theta = toNatural(result.parameters)
    let scale = positive.indices.map { positive[$0] ? theta[$0] : 1 }
    var natural = result
    natural.parameters = theta
    natural.covariance = result.covariance.indices.map { i in
      result.covariance[i].indices.map { j in scale[i] * result.covariance[i][j] * scale[j] }
    }
    natural.standardErrors = natural.covariance.indices.map { natural.covariance[$0][$0].squareRoot() }
    natural.trace = result.trace.map {
      TraceStep(iteration: $0.iteration, rss: $0.rss, parameters: toNatural($0.parameters))
    }
    return natural
  }
}

/// A reusable buffer for natural-scale parameters inside a bulk evaluator (one thread).
final class ScratchParameters: @unchecked Sendable {
  var values: [Double]
  init(count: Int) { values = [Double](repeating: 0, count: count) }
}
