import Foundation

@testable import LossbookStats

/// Simulated data shaped like WORKLOAD-W1.md section 1 and 2: six model sizes times 40
/// checkpoints log-spaced from 20B to 2T tokens, Chinchilla loss plus Normal(0, 0.005) noise,
/// and a hinge task scored as a binomial share of its items at the observed loss.
enum W1ShapedData {
  /// An emergent W1 task: chance level, true threshold, slope below it, items per checkpoint.
  struct Shape: Sendable, CustomStringConvertible {
    var chance: Double
    var eta: Double
    var slope: Double
    var items: Int
    var description: String { "eta \(eta), chance \(chance)" }
  }

  /// The three emergent shapes of W1: MMLU-like, GSM8K-like (a floor at 0) and CEval-like.
  static let emergentShapes = [
    Shape(chance: 0.25, eta: 2.2, slope: 0.9, items: 1000),
    Shape(chance: 0.0, eta: 2.15, slope: 1.2, items: 1319),
    Shape(chance: 0.25, eta: 2.25, slope: 0.8, items: 1000),
  ]

  static let sizes = [0.3e9, 0.54e9, 1e9, 1.5e9, 6e9, 32e9]

  /// One data set: x the observed loss, y the score, runs the model size of each row.
  static func simulate(_ shape: Shape, seed: UInt64) -> (x: [Double], y: [Double], runs: [String]) {
    let stream = RandomStream(seed: seed, key: RandomStreamKey(block: "w1-shaped", stream: "data"))
    var x: [Double] = []
    var runs: [String] = []
    for (s, size) in sizes.enumerated() {
      for j in 0..<40 {
        let tokens = exp(log(2e10) + Double(j) / 39 * (log(2e12) - log(2e10)))
        let loss = 1.69 + 406.4 / pow(size, 0.34) + 410.7 / pow(tokens, 0.28)
        x.append(loss + stream.gaussian(sd: 0.005))
        runs.append("size\(s)")
      }
    }
    let y = x.map { loss -> Double in
      let p = min(max(shape.chance + shape.slope * max(shape.eta - loss, 0), 0), 1)
      return Double(stream.binomial(p: p, trials: shape.items)) / Double(shape.items)
    }
    return (x, y, runs)
  }
}
