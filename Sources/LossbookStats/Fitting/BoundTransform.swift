import Foundation

/// The allowed range of one parameter: a box `[low, high]`, or one side only (the other end
/// infinite). `positive` is `[0, ∞)`.
public struct ParameterBound: Sendable, Equatable {
  /// The lower end (−∞ when there is none).
  public var low: Double
  /// The upper end (+∞ when there is none).
  public var high: Double

  /// A bound; at least one end should be finite and `low < high`.
  public init(low: Double, high: Double) {
    self.low = low
    self.high = high
  }

  /// `(0, ∞)`: a parameter fitted on the log scale.
  public static let positive = ParameterBound(low: 0, high: .infinity)

  /// Whether `value` lies strictly inside the range.
  public func contains(_ value: Double) -> Bool { value > low && value < high }

  /// The side `value` sits on, if any.
  ///
  /// A box: `value` lies within `tolerance` times the box's width of an end. A one-sided
  /// range: moving the parameter all the way to its end would change the fitted values by
  /// less than `tolerance` times the residual norm, that is `effect <= tolerance · ‖f‖`, with
  /// `effect` the solver's Jacobian column norm `|θ − end| ‖∂f/∂θ‖` (scale-free: a start of
  /// 1 or of 1e10 makes no difference).
  public func side(of value: Double, tolerance: Double, effect: Double, residualNorm: Double) -> BoundSide? {
    if low.isFinite && high.isFinite {
      let width = high - low
      if value - low <= tolerance * width { return .low }
      if high - value <= tolerance * width { return .high }
      return nil
    }
    guard effect <= tolerance * residualNorm else { return nil }
    return low.isFinite ? .low : .high
  }

  /// The end on `side`.
  public func end(_ side: BoundSide) -> Double { side == .low ? low : high }
}

/// Bounds by transformation: the solver works on unconstrained u, the model on θ.
///
/// A box `[a, b]` maps `θ = a + (b − a) / (1 + e^(−u))`; a lower end only `θ = a + e^u`; an
/// upper end only `θ = b − e^u`; a free parameter `θ = u`. The Jacobian column j of the
/// model in u is the column in θ times `dθ_j/du_j`. Standard errors are computed on the
/// natural scale (see ``MultiStartFit``), which at an interior optimum equals the delta
/// method `D Cov(u) D`, `D = diag(dθ/du)`.
struct BoundTransform: Sendable {
  /// Each parameter's range; nil for a free parameter.
  let bounds: [ParameterBound?]

  /// True when no parameter is transformed.
  var isIdentity: Bool { bounds.allSatisfy { $0 == nil } }

  /// u from θ.
  ///
  /// - Throws: ``FitError/badStart(name:)`` when a start is not strictly inside its range.
  func toSolver(_ natural: [Double], names: [String]) throws(FitError) -> [Double] {
    var result = natural
    for j in natural.indices {
      guard let bound = bounds[j] else { continue }
      let theta = natural[j]
      guard bound.contains(theta) else { throw .badStart(name: names[j]) }
      if bound.low.isFinite && bound.high.isFinite {
        result[j] = log((theta - bound.low) / (bound.high - theta))
      } else if bound.low.isFinite {
        result[j] = log(theta - bound.low)
      } else {
        result[j] = log(bound.high - theta)
      }
    }
    return result
  }

  /// θ_j from u_j.
  @inline(__always)
  func natural(_ u: Double, _ j: Int) -> Double {
    guard let bound = bounds[j] else { return u }
    if bound.low.isFinite && bound.high.isFinite {
      return bound.low + (bound.high - bound.low) / (1 + exp(-u))
    }
    return bound.low.isFinite ? bound.low + exp(u) : bound.high - exp(u)
  }

  /// dθ_j/du_j at θ_j.
  @inline(__always)
  func derivative(_ theta: Double, _ j: Int) -> Double {
    guard let bound = bounds[j] else { return 1 }
    if bound.low.isFinite && bound.high.isFinite {
      return (theta - bound.low) * (bound.high - theta) / (bound.high - bound.low)
    }
    return bound.low.isFinite ? theta - bound.low : theta - bound.high
  }

  /// θ from u.
  func toNatural(_ solver: [Double]) -> [Double] {
    solver.indices.map { natural(solver[$0], $0) }
  }

  /// The model in u: values unchanged, Jacobian columns times dθ/du.
  func wrap(_ model: NonlinearModel) -> NonlinearModel {
    if isIdentity { return model }
    let transform = self
    switch model.evaluator {
    case .bulk(let evaluate):
      let scratch = ScratchParameters(count: bounds.count)
      return NonlinearModel(parameterNames: model.parameterNames) { u, values, jacobian in
        let p = transform.bounds.count
        for j in 0..<p { scratch.values[j] = transform.natural(u[j], j) }
        try scratch.values.withUnsafeBufferPointer { theta in
          try evaluate(theta, values, jacobian)
        }
        guard let jacobian else { return }
        for j in 0..<p where transform.bounds[j] != nil {
          let scale = transform.derivative(scratch.values[j], j)
          for i in 0..<values.count { jacobian[i * p + j] *= scale }
        }
      }
    case .rows(let evaluate):
      return NonlinearModel(parameterNames: model.parameterNames) { u, row in
        let theta = transform.toNatural(u)
        var (value, gradient) = try evaluate(theta, row)
        for j in gradient.indices where transform.bounds[j] != nil {
          gradient[j] *= transform.derivative(theta[j], j)
        }
        return (value, gradient)
      }
    }
  }

  /// A trace in u rewritten in θ.
  func naturalTrace(_ trace: [TraceStep]) -> [TraceStep] {
    trace.map { TraceStep(iteration: $0.iteration, rss: $0.rss, parameters: toNatural($0.parameters)) }
  }
}

/// A model with some parameters held at fixed values: the solver sees only the others.
struct FixedParameterModel {
  /// The full model wrapped so that its parameters are `free` (indices into the full vector),
  /// the rest taken from `values`.
  static func wrap(_ model: NonlinearModel, free: [Int], values: [Double]) -> NonlinearModel {
    let names = free.map { model.parameterNames[$0] }
    let full = values.count
    switch model.evaluator {
    case .bulk(let evaluate):
      let scratch = ScratchParameters(count: full)
      let fullJacobian = ScratchParameters(count: 0)
      return NonlinearModel(parameterNames: names) { reduced, output, jacobian in
        scratch.values = values
        for (k, j) in free.enumerated() { scratch.values[j] = reduced[k] }
        let n = output.count
        if fullJacobian.values.count != n * full { fullJacobian.values = [Double](repeating: 0, count: n * full) }
        try scratch.values.withUnsafeBufferPointer { theta in
          if jacobian == nil {
            try evaluate(theta, output, nil)
          } else {
            try fullJacobian.values.withUnsafeMutableBufferPointer { buffer in try evaluate(theta, output, buffer) }
          }
        }
        guard let jacobian else { return }
        let p = free.count
        for i in 0..<n {
          for (k, j) in free.enumerated() { jacobian[i * p + k] = fullJacobian.values[i * full + j] }
        }
      }
    case .rows(let evaluate):
      return NonlinearModel(parameterNames: names) { reduced, row in
        var theta = values
        for (k, j) in free.enumerated() { theta[j] = reduced[k] }
        let (value, gradient) = try evaluate(theta, row)
        return (value, free.map { gradient[$0] })
      }
    }
  }
}

/// A reusable buffer for natural-scale parameters inside a bulk evaluator (one thread).
final class ScratchParameters: @unchecked Sendable {
  var values: [Double]
  init(count: Int) { values = [Double](repeating: 0, count: count) }
}
