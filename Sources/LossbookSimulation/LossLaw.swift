import Foundation

/// A pre-training loss law L(N, D) = E + A / N^alpha + B / D^beta (N parameters, D tokens).
public struct LossLaw: Sendable, Equatable {
  public var E: Double
  public var A: Double
  public var B: Double
  public var alpha: Double
  public var beta: Double

  public init(E: Double, A: Double, B: Double, alpha: Double, beta: Double) {
    self.E = E
    self.A = A
    self.B = B
    self.alpha = alpha
    self.beta = beta
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

/// Training compute in FLOPs, C = 6 N D.
public func trainingCompute(parameters n: Double, tokens d: Double) -> Double { 6 * n * d }
