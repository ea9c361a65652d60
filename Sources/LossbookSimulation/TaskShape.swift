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
  /// One latent threshold per item (Du et al.): see ``ItemModel``.
  case items(ItemModel)

  /// The success probability at loss `loss`, in [0, 1].
  ///
  /// For the `items` shape this is the curve of an item whose threshold is exactly `eta`
  /// (the task's score averages such curves over the drawn thresholds; see ``ItemModel``).
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
      p = pow(Self.tokenProbability(loss: loss, rate: rate, floor: floor), Double(m))
    case .items(let model):
      p = model.correctChoiceProbability(threshold: model.eta, loss: loss)
    }
    return min(max(p, 0), 1)
  }

  /// Exact match's per-token probability q(L) = exp(-rate (L - floor)), clamped to [0, 1].
  public static func tokenProbability(loss: Double, rate: Double, floor: Double) -> Double {
    min(max(exp(-rate * (loss - floor)), 0), 1)
  }

  /// The chance level, when the shape has one.
  public var chance: Double? {
    switch self {
    case .linear(_, _, _, let r, _), .logistic(let r, _, _, _), .hinge(let r, _, _, _): r
    case .items(let model): 1 / Double(model.options)
    case .exactMatch: nil
    }
  }

  /// The best score the shape can reach, when it has a ceiling.
  public var ceiling: Double? {
    switch self {
    case .linear(_, _, _, _, let c), .logistic(_, let c, _, _), .hinge(_, _, _, let c): c
    case .items(let model): model.ceiling
    case .exactMatch: nil
    }
  }

  /// The loss at which the task starts to rise, when the shape has one (hinge and items:
  /// eta; logistic: its midpoint).
  public var threshold: Double? {
    switch self {
    case .hinge(_, let eta, _, _): eta
    case .items(let model): model.eta
    case .logistic(_, _, let mid, _): mid
    case .linear, .exactMatch: nil
    }
  }
}

/// The `items` shape: each of the task's items (questions with K answer options) has its own
/// threshold eta_i ~ Normal(eta, spread), drawn once for the benchmark. At loss L the model
/// puts probability c_i(L) = 1/K + (ceiling - 1/K) sigmoid((eta_i - L) / sharpness) on the
/// right option and shares the rest equally among the K - 1 wrong ones.
public struct ItemModel: Sendable, Equatable {
  /// The mean threshold in loss.
  public var eta: Double
  /// The sd of the item thresholds around `eta` (0: every item shares it).
  public var spread: Double
  /// How gradually one item goes from guessing to knowing, in units of loss (> 0).
  public var sharpness: Double
  /// K, the number of answer options (chance = 1/K).
  public var options: Int
  /// The probability of the right option once the item is learned (1: certain).
  public var ceiling: Double

  public init(eta: Double, spread: Double, sharpness: Double, options: Int, ceiling: Double = 1) {
    self.eta = eta
    self.spread = spread
    self.sharpness = sharpness
    self.options = options
    self.ceiling = ceiling
  }

  /// c_i(L) for an item with threshold `threshold`.
  @inline(__always)
  public func correctChoiceProbability(threshold: Double, loss: Double) -> Double {
    let guess = 1 / Double(options)
    return guess + (ceiling - guess) / (1 + exp((loss - threshold) / sharpness))
  }
}
