import Foundation

/// The token counts at which a run is observed (its checkpoints).
public enum TokenGrid: Sendable, Equatable {
  /// `checkpoints` points from `from` to `to`, evenly spaced on a linear or a log scale; the
  /// first is exactly `from` and the last exactly `to`.
  case range(from: Double, to: Double, checkpoints: Int, logSpaced: Bool)
  /// `from`, `from + every`, `from + 2 every`, ... up to `to`, and `to` itself (a run's last
  /// checkpoint is always observed): Du et al.'s checkpoints about every 43B tokens.
  case steps(from: Double, every: Double, to: Double)
  /// The token counts given.
  case list([Double])

  /// The token counts, in the order they are observed.
  public var points: [Double] {
    switch self {
    case .list(let xs): return xs
    case .range(let a, let b, let n, let logSpaced):
      guard n > 1 else { return n == 1 ? [b] : [] }
      return (0..<n).map { i in
        let t = Double(i) / Double(n - 1)
        if i == 0 { return a }
        if i == n - 1 { return b }
        return logSpaced ? exp(log(a) + t * (log(b) - log(a))) : a + t * (b - a)
      }
    case .steps(let a, let step, let b):
      guard step > 0, b >= a else { return [] }
      // The callers refuse grids over their checkpoint limit first (`count`); a span that
      // is not a whole number an Int holds has no points.
      guard let last = Int(exactly: ((b - a) / step).rounded(.down)) else { return [] }
      var xs = (0...last).map { a + Double($0) * step }
      if let end = xs.last, end < b { xs.append(b) }
      return xs
    }
  }

  /// How many checkpoints `points` holds, without making them.
  public var count: Int {
    switch self {
    case .list(let xs): xs.count
    case .range(_, _, let n, _): max(n, 0)
    case .steps(let a, let step, let b):
      step > 0 && b >= a ? Self.stepCount(from: a, every: step, to: b) : 0
    }
  }

  /// The number of points of `steps(from:every:to:)`, computed without allocating them
  /// (so a grid of 10^12 points can be refused before it is made).
  public static func stepCount(from a: Double, every step: Double, to b: Double) -> Int {
    let k = ((b - a) / step).rounded(.down)
    guard k < Double(Int.max / 2), let last = Int(exactly: k) else { return Int.max }
    return last + 1 + (a + Double(last) * step < b ? 1 : 0)
  }
}
