import Foundation
/// How a task's success probability depends on the loss (STATS.md section 1).
public enum TaskShape: Sendable, Equatable {
  /// clamp(value - slope (L - at), random, ceiling).
  case linear(value: Double, at: Double, slope: Double, random: Double, ceiling: Double)
  /// random + (ceiling - random) / (1 + exp((L - mid) / width)).
  case logistic(random: Double, ceiling: Double, mid: Double, width: Double)
  /// random for L >= eta; min(ceiling, random + slope (eta - L)) below.
  case hinge(random: Double, eta: Double, slope: Double, ceiling: Double)
  /// q(L)^m with q(L) = exp(-rate (L - floor)) clamped to [0, 1] (Schaeffer et al.).
  case exactMatch(tokens: Int, rate: Double, floor: Double)

  /// The success probability at loss `loss`, in [0, 1].
  public func probability(loss: Double) -> Double {
    let p: Double
    switch self {
    case .linear(let value, let at, let slope, let random, let ceiling):
      p = min(max(value - slope * (loss - at), random), ceiling)
    case .logistic(let random, let ceiling, let mid, let width):
      p = random + (ceiling - random) / (1 + exp((loss - mid) / width))
    case .hinge(let random, let eta, let slope, let ceiling):
      p = loss >= eta ? random : min(ceiling, random + slope * (eta - loss))
    case .exactMatch(let m, let rate, let floor):
      let q = min(max(exp(-rate * (loss - floor)), 0), 1)
      p = pow(q, Double(m))
    }
    return min(max(p, 0), 1)
  }

  /// The chance level, when the shape has one.
  public var chance: Double? {
    switch self {
    case .linear(_, _, _, let r, _), .logistic(let r, _, _, _), .hinge(let r, _, _, _): r
    case .exactMatch: nil
    }
  }
}
