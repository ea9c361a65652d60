import Foundation
import LossbookSimulation
import LossbookStats
import Testing

@Suite("Scaling family") struct ScalingFamilyTests {
  @Test func chinchillaLawExactly() {
    // E + A / N^alpha + B / D^beta at N = 1.5B, D = 300B, computed independently.
    let expected = 1.69 + 406.4 / pow(1.5e9, 0.34) + 410.7 / pow(3e11, 0.28)
    #expect(LossLaw.chinchilla.loss(parameters: 1.5e9, tokens: 3e11) == expected)
    #expect(abs(LossLaw.chinchilla.loss(parameters: 1.5e9, tokens: 3e11) - 2.2495) < 1e-4)
    #expect(trainingCompute(parameters: 2e9, tokens: 5e10) == 6e20)
  }

  @Test func tokenGrids() {
    let log = TokenGrid.range(from: 1e9, to: 1e12, checkpoints: 4, logSpaced: true).points
    #expect(log.count == 4)
    #expect(abs(log[1] - 1e10) / 1e10 < 1e-12)
    #expect(log[3] == 1e12)
    #expect(TokenGrid.range(from: 10, to: 40, checkpoints: 4, logSpaced: false).points == [10, 20, 30, 40])
    #expect(TokenGrid.list([3, 1]).points == [3, 1])
  }

  @Test func shapes() {
    let hinge = TaskShape.hinge(random: 0.25, eta: 2.2, slope: 0.9, ceiling: 0.95)
    #expect(hinge.probability(loss: 2.5) == 0.25)
    #expect(hinge.probability(loss: 2.2) == 0.25)
    #expect(abs(hinge.probability(loss: 2.0) - (0.25 + 0.9 * 0.2)) < 1e-15)
    #expect(hinge.probability(loss: 0.5) == 0.95)
    let logistic = TaskShape.logistic(random: 0.25, ceiling: 0.95, mid: 2.4, width: 0.2)
    #expect(abs(logistic.probability(loss: 2.4) - 0.6) < 1e-15)
    let linear = TaskShape.linear(value: 0.5, at: 2.3, slope: 0.8, random: 0.1, ceiling: 0.9)
    #expect(abs(linear.probability(loss: 2.05) - 0.7) < 1e-12)
    #expect(linear.probability(loss: 5) == 0.1)
    let em = TaskShape.exactMatch(tokens: 5, rate: 1.2, floor: 1.8)
    let q = exp(-1.2 * (2.385 - 1.8))
    #expect(abs(em.probability(loss: 2.385) - pow(q, 5)) < 1e-15)
    #expect(em.probability(loss: 1.0) == 1)
  }

  func family(items: Int?, lossNoise: Double = 0) -> ScalingFamily {
    ScalingFamily(
      law: .chinchilla, sizes: [3e8, 1e9, 6e9], tokens: .range(from: 2e10, to: 2e12, checkpoints: 50, logSpaced: true),
      lossNoise: lossNoise, scoreNoise: 0,
      tasks: [
        .init(name: "T", shape: .linear(value: 0.3, at: 2.4, slope: 0.5, random: 0.2, ceiling: 0.9), items: items)
      ])
  }

  @Test func withoutNoiseScoresAreTheProbabilities() {
    let f = family(items: nil)
    let c = f.simulate(seed: 1, block: "f")
    #expect(c.loss == c.lossTrue)
    for k in 0..<c.loss.count {
      #expect(c.scores[0][k] == f.tasks[0].shape.probability(loss: c.lossTrue[k]))
    }
  }

  @Test func binomialScoresHaveTheRightMeanAndVariance() {
    // Over 200 seeds, each checkpoint's score has mean p and variance p (1 - p) / n.
    let f = family(items: 400)
    let n = 400.0
    let reference = f.simulate(seed: 0, block: "f")
    var sum = [Double](repeating: 0, count: reference.loss.count)
    var sumSq = sum
    let seeds = 200
    for s in 0..<seeds {
      let c = f.simulate(seed: UInt32(s + 1), block: "f")
      for k in 0..<sum.count {
        sum[k] += c.scores[0][k]
        sumSq[k] += c.scores[0][k] * c.scores[0][k]
      }
    }
    var zMean = 0.0
    var ratio = 0.0
    for k in 0..<sum.count {
      let p = f.tasks[0].shape.probability(loss: reference.lossTrue[k])
      let mean = sum[k] / Double(seeds)
      let variance = (sumSq[k] - Double(seeds) * mean * mean) / Double(seeds - 1)
      zMean += (mean - p) / sqrt(p * (1 - p) / n / Double(seeds))
      ratio += variance / (p * (1 - p) / n)
    }
    zMean /= Double(sum.count)
    ratio /= Double(sum.count)
    // The average z of 150 means has sd 1/sqrt(150) ≈ 0.08; the variance ratio averages 1 ± 0.02.
    #expect(abs(zMean) < 0.35)
    #expect(abs(ratio - 1) < 0.08)
  }

  @Test func streamsAreKeyedAndReproducible() {
    let f = family(items: 100, lossNoise: 0.01)
    let a = f.simulate(seed: 7, block: "ladder")
    let b = f.simulate(seed: 7, block: "ladder")
    #expect(a.scores == b.scores && a.loss == b.loss)
    let other = f.simulate(seed: 7, block: "other")
    #expect(other.loss != a.loss)
    // Adding a task leaves the first task's draws as they were.
    var g = f
    g.tasks.append(.init(name: "U", shape: .hinge(random: 0.25, eta: 2.2, slope: 1, ceiling: 1), items: 50))
    #expect(g.simulate(seed: 7, block: "ladder").scores[0] == a.scores[0])
  }
}
