import Foundation

/// The constants of a loss law `L(N, D) = E + A N^−alpha + B D^−beta` (STATS.md section 1): the
/// law a family simulates, a chinchilla fit estimates and a budget inverts.
public struct LossLaw: Sendable, Equatable {
  public var E: Double
  public var A: Double
  public var B: Double
  public var alpha: Double
  public var beta: Double

  /// Creates a law from its five constants.
  public init(E: Double, A: Double, B: Double, alpha: Double, beta: Double) {
    self.E = E
    self.A = A
    self.B = B
    self.alpha = alpha
    self.beta = beta
  }

  /// A law from `[E, A, B, alpha, beta]` (the chinchilla model's parameter order); nil for
  /// another count.
  public init?(parameters p: [Double]) {
    guard p.count == 5 else { return nil }
    self.init(E: p[0], A: p[1], B: p[2], alpha: p[3], beta: p[4])
  }

  /// The five constants in the chinchilla model's order.
  public var parameters: [Double] { [E, A, B, alpha, beta] }

  /// Whether the law can be used for a budget: E finite, A, B, alpha and beta finite and above 0.
  public var isUsable: Bool {
    E.isFinite && [A, B, alpha, beta].allSatisfy { $0.isFinite && $0 > 0 }
  }

  /// Hoffmann et al. (2022), the Chinchilla fit.
  public static let chinchilla = LossLaw(E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28)
  /// Besiroglu et al. (2024), the Epoch AI replication of the Chinchilla fit.
  public static let epoch = LossLaw(E: 1.8172, A: 482.01, B: 2085.43, alpha: 0.3478, beta: 0.3658)

  /// The loss of a model with `n` parameters trained on `d` tokens.
  public func loss(parameters n: Double, tokens d: Double) -> Double {
    E + A / pow(n, alpha) + B / pow(d, beta)
  }
}

/// What it takes to reach a target loss under a ``LossLaw`` (STATS.md section 7).
public enum LossBudget {
  /// The loss floor of size N, `E + A N^−alpha`: no amount of data goes below it.
  public static func floor(_ law: LossLaw, N: Double) -> Double { law.E + law.A * pow(N, -law.alpha) }

  /// The tokens size N needs to reach loss `eta`, `(B / (eta − floor(N)))^(1/beta)`; nil when
  /// the floor is not below eta (unreachable at this size) or the result is not finite.
  public static func tokens(_ law: LossLaw, eta: Double, N: Double) -> Double? {
    let gap = eta - floor(law, N: N)
    guard gap > 0 else { return nil }
    let d = pow(law.B / gap, 1 / law.beta)
    return d.isFinite && d > 0 ? d : nil
  }

  /// The compute-optimal size, tokens and training compute (6 N D) to reach `eta`:
  /// `A N*^−alpha = beta / (alpha + beta) (eta − E)`, `B D*^−beta = alpha / (alpha + beta) (eta − E)`.
  /// nil when eta ≤ E (unreachable at any size) or the numbers overflow.
  public static func optimal(_ law: LossLaw, eta: Double) -> (N: Double, tokens: Double, flops: Double)? {
    let gap = eta - law.E
    guard gap > 0 else { return nil }
    let sum = law.alpha + law.beta
    let n = pow(law.A * sum / (law.beta * gap), 1 / law.alpha)
    let d = pow(law.B * sum / (law.alpha * gap), 1 / law.beta)
    let c = 6 * n * d
    guard n.isFinite, d.isFinite, c.isFinite, n > 0, d > 0 else { return nil }
    return (n, d, c)
  }

  /// The `level` interval of draws that may be +∞ (a draw that cannot reach the loss): the
  /// type-7 quantiles (1 − level)/2 and (1 + level)/2 of the finite-or-infinite draws, the
  /// upper end +∞ whenever any draw is. NaN draws are left out; nil below 2 draws.
  public static func interval(_ draws: [Double], level: Double) -> Interval? {
    let sorted = draws.filter { !$0.isNaN }.sorted()
    guard sorted.count >= 2 else { return nil }
    let tail = (1 - level) / 2
    func quantile(_ q: Double) -> Double {
      let h = Double(sorted.count - 1) * q
      let below = Swift.min(Swift.max(Int(h.rounded(.down)), 0), sorted.count - 1)
      let above = Swift.min(below + 1, sorted.count - 1)
      let fraction = h - Double(below)
      if sorted[below].isInfinite || (fraction > 0 && sorted[above].isInfinite) { return .infinity }
      return SampleQuantile.typeSeven(sorted: sorted, q)
    }
    let upper = sorted.last!.isInfinite ? Double.infinity : quantile(1 - tail)
    return Interval(lower: quantile(tail), upper: upper)
  }
}
