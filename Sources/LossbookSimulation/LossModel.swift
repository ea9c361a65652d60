import LossbookStats

/// How a checkpoint's true loss follows from its size N and its tokens D: a law with five
/// constants, or any formula in N and D.
public enum LossModel: Sendable {
  /// E + A / N^alpha + B / D^beta.
  case law(LossLaw)
  /// A formula written by the user, compiled elsewhere (the simulator knows no expressions).
  case formula(LossFormula)

  /// The true loss at `n` parameters and `d` tokens.
  @inline(__always)
  public func loss(parameters n: Double, tokens d: Double) -> Double {
    switch self {
    case .law(let law): law.loss(parameters: n, tokens: d)
    case .formula(let f): f.evaluate(n, d)
    }
  }
}

/// A loss formula L(N, D): its text (for the report) and a function that computes it.
public struct LossFormula: Sendable {
  /// The formula as written, such as `1.69 + 406.4 / N^0.34 + 410.7 / D^0.28`.
  public var text: String
  /// L(N, D).
  public var evaluate: @Sendable (_ n: Double, _ d: Double) -> Double

  public init(text: String, evaluate: @escaping @Sendable (_ n: Double, _ d: Double) -> Double) {
    self.text = text
    self.evaluate = evaluate
  }
}
