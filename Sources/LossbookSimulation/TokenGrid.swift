import Foundation
/// The token counts at which a run is observed (its checkpoints).
public enum TokenGrid: Sendable, Equatable {
  /// `checkpoints` points from `from` to `to`, evenly spaced on a linear or a log scale.
  case range(from: Double, to: Double, checkpoints: Int, logSpaced: Bool)
  /// The token counts given.
  case list([Double])

  public var points: [Double] {
    switch self {
    case .list(let xs): return xs
    case .range(let a, let b, let n, let logSpaced):
      guard n > 1 else { return [b] }
      return (0..<n).map { i in
        let t = Double(i) / Double(n - 1)
        if i == n - 1 { return b }
        return logSpaced ? exp(log(a) + t * (log(b) - log(a))) : a + t * (b - a)
      }
    }
  }
}
