import Foundation
import LossbookSimulation
import LossbookStats
import Testing

/// The simulator against the formulas of STATS.md section 1, over many seeds, each tolerance
/// stated with its reason.
@Suite("Simulator statistics") struct SimulatorStatisticsTests {
  /// A family of three sizes, 40 checkpoints each, on a log grid from 20B to 2T tokens.
  func family(_ tasks: [ScalingFamily.Task], lossNoise: Double = 0, scoreNoise: Double = 0) -> ScalingFamily {
    ScalingFamily(
      law: .chinchilla, sizes: [3e8, 1.5e9, 3.2e10],
      tokens: .range(from: 2e10, to: 2e12, checkpoints: 40, logSpaced: true),
      lossNoise: lossNoise, scoreNoise: scoreNoise, tasks: tasks)
  }

  @Test func theLossLawIsExactWithoutNoise() {
    let f = family([])
    let c = f.simulate(seed: 11, block: "f")
    for k in 0..<c.loss.count {
      // The same expression, computed here independently of LossLaw.
      let expected = 1.69 + 406.4 / pow(c.N[k], 0.34) + 410.7 / pow(c.D[k], 0.28)
      #expect(c.lossTrue[k] == expected)
      #expect(c.loss[k] == c.lossTrue[k])
      #expect(c.C[k] == 6 * c.N[k] * c.D[k])
    }
    // Epoch's constants at a point worked by hand: 1.8172 + 482.01 / 1e9^0.3478 + 2085.43 / 1e11^0.3658.
    let epoch = LossLaw.epoch.loss(parameters: 1e9, tokens: 1e11)
    #expect(abs(epoch - (1.8172 + 482.01 / pow(1e9, 0.3478) + 2085.43 / pow(1e11, 0.3658))) < 1e-15)
  }

  @Test func lossNoiseHasTheStatedSd() {
    // 120 checkpoints × 100 seeds = 12,000 residuals: their sd is within 3% of 0.02
    // (the sd of a sample sd is about sd / sqrt(2n) ≈ 0.65%).
    let f = family([], lossNoise: 0.02)
    var sumSq = 0.0
    var sum = 0.0
    var n = 0.0
    for s in 1...100 {
      let c = f.simulate(seed: UInt32(s), block: "noise")
      for k in 0..<c.loss.count {
        let r = c.loss[k] - c.lossTrue[k]
        sum += r
        sumSq += r * r
        n += 1
      }
    }
    #expect(abs(sum / n) < 4 * 0.02 / sqrt(n))
    #expect(abs(sqrt(sumSq / n) / 0.02 - 1) < 0.03)
  }

  @Test func gaussianScoreNoiseHasTheStatedSd() {
    let task = ScalingFamily.Task(
      name: "T", shape: .logistic(random: 0.25, ceiling: 0.9, mid: 2.3, width: 0.1), items: nil)
    let f = family([task], scoreNoise: 0.01)
    var sumSq = 0.0
    var n = 0.0
    for s in 1...100 {
      let c = f.simulate(seed: UInt32(s), block: "f")
      for k in 0..<c.loss.count {
        let r = c.scores[0][k] - task.shape.probability(loss: c.lossTrue[k])
        sumSq += r * r
        n += 1
      }
    }
    #expect(abs(sqrt(sumSq / n) / 0.01 - 1) < 0.03)
  }

  @Test(arguments: [
    TaskShape.hinge(random: 0.25, eta: 2.3, slope: 0.9, ceiling: 0.95),
    TaskShape.logistic(random: 0.25, ceiling: 0.9, mid: 2.3, width: 0.08),
  ])
  func binomialScoresHaveTheRightMeanAndVariance(_ shape: TaskShape) {
    // 300 seeds. Per checkpoint, z = (mean - p) / sqrt(p(1-p)/n/seeds) is about N(0, 1): the
    // average of 120 z's has sd 0.09, so |average| < 0.4 (4.4 sd). The variance ratio
    // (sample variance / p(1-p)/n) averages 1 with sd about sqrt(2/299)/sqrt(120) ≈ 0.0075,
    // so it is within 0.05.
    let n = 500
    let f = family([.init(name: "T", shape: shape, items: n)])
    let seeds = 300
    let reference = f.simulate(seed: 0, block: "f")
    var sum = [Double](repeating: 0, count: reference.loss.count)
    var sumSq = sum
    for s in 1...seeds {
      let c = f.simulate(seed: UInt32(s), block: "f", jobs: 2)
      for k in 0..<sum.count {
        sum[k] += c.scores[0][k]
        sumSq[k] += c.scores[0][k] * c.scores[0][k]
      }
    }
    var z = 0.0
    var ratio = 0.0
    for k in 0..<sum.count {
      let p = shape.probability(loss: reference.lossTrue[k])
      let mean = sum[k] / Double(seeds)
      let variance = (sumSq[k] - Double(seeds) * mean * mean) / Double(seeds - 1)
      let binomial = p * (1 - p) / Double(n)
      z += (mean - p) / sqrt(binomial / Double(seeds))
      ratio += variance / binomial
    }
    #expect(abs(z / Double(sum.count)) < 0.4)
    #expect(abs(ratio / Double(sum.count) - 1) < 0.05)
  }

  @Test(arguments: [2, 4, 5])
  func aUniformGuessHasBrierOneMinusOneOverK(_ k: Int) {
    // Far above every threshold (loss ≥ 2.19 here, thresholds near 1.2), c_i = 1/K to within
    // exp(-(2.19 - 1.2) / 0.02) ≈ 3e-22, so CorrectChoiceProb = 1/K and Brier = 1 - 1/K to
    // rounding (1e-12), whatever the seed.
    let model = ItemModel(eta: 1.2, spread: 0.01, sharpness: 0.02, options: k)
    let task = ScalingFamily.Task(name: "Q", shape: .items(model), items: 300, metrics: [.prob, .brier])
    let f = family([task])
    for s in 1...5 {
      let c = f.simulate(seed: UInt32(s), block: "f")
      let prob = c.tasks[0][1].values
      let brier = c.tasks[0][2].values
      #expect(c.tasks[0].map(\.metric) == [.accuracy, .prob, .brier])
      for v in prob { #expect(abs(v - 1 / Double(k)) < 1e-12) }
      for v in brier { #expect(abs(v - (1 - 1 / Double(k))) < 1e-12) }
    }
    #expect(TaskMetric.brierChance(options: 4) == 0.75)
    // The formula itself: c = 1/K spreads (1 - 1/K)/(K - 1) = 1/K on each wrong option.
    let c = 1 / Double(k)
    let direct = (1 - c) * (1 - c) + Double(k - 1) * pow((1 - c) / Double(k - 1), 2)
    #expect(abs(TaskMetric.brier(correct: c, options: k) - direct) < 1e-15)
  }

  @Test func itemAccuracyIsBernoulliPerItem() {
    // Accuracy of an items task at a checkpoint is the mean of n Bernoulli(c_i): over 200 seeds
    // its mean is CorrectChoiceProb (z averaged over 120 checkpoints: |.| < 0.4) and its variance
    // is sum c_i(1 - c_i) / n^2 (ratio averaged over checkpoints within 0.06).
    let model = ItemModel(eta: 2.3, spread: 0.05, sharpness: 0.03, options: 4, ceiling: 0.97)
    let task = ScalingFamily.Task(name: "Q", shape: .items(model), items: 400, metrics: [.prob])
    let f = family([task])
    let seeds = 200
    let reference = f.simulate(seed: 1, block: "f")
    // The thresholds are drawn per seed, so fix them by comparing against each run's own c_i.
    var z = 0.0
    var ratio = 0.0
    var count = 0.0
    var sum = [Double](repeating: 0, count: reference.loss.count)
    var sumSq = sum
    var expectedVar = sum
    var expectedMean = sum
    for s in 1...seeds {
      let c = f.simulate(seed: UInt32(s), block: "f", jobs: 3)
      for k in 0..<sum.count {
        let a = c.tasks[0][0].values[k]
        let centred = a - c.tasks[0][1].values[k]
        sum[k] += centred
        sumSq[k] += centred * centred
        let cs = c.thresholds[0].map { model.correctChoiceProbability(threshold: $0, loss: c.lossTrue[k]) }
        expectedVar[k] += cs.reduce(0) { $0 + $1 * (1 - $1) } / 160_000
        expectedMean[k] += cs.reduce(0, +) / 400
        #expect(abs(c.tasks[0][1].values[k] - cs.reduce(0, +) / 400) < 1e-12)
      }
    }
    for k in 0..<sum.count {
      let v = expectedVar[k] / Double(seeds)
      z += (sum[k] / Double(seeds)) / sqrt(v / Double(seeds))
      ratio += (sumSq[k] / Double(seeds)) / v
      count += 1
    }
    #expect(abs(z / count) < 0.4)
    #expect(abs(ratio / count - 1) < 0.06)
  }

  @Test func correctChoiceProbIsOneOverKBeforeTheThreshold() {
    // Before emergence (loss far above eta) the items task guesses: prob = 1/K, and accuracy
    // averages 1/K (120 checkpoints × 1,000 items: sd of the mean 0.0013, so within 0.006).
    let model = ItemModel(eta: 1.0, spread: 0.05, sharpness: 0.03, options: 4)
    let f = family([.init(name: "Q", shape: .items(model), items: 1000, metrics: [.prob])])
    let c = f.simulate(seed: 5, block: "f")
    for v in c.tasks[0][1].values { #expect(abs(v - 0.25) < 1e-12) }
    let acc = c.tasks[0][0].values
    #expect(abs(acc.reduce(0, +) / Double(acc.count) - 0.25) < 0.006)
  }

  @Test func exactMatchIsQToTheM() {
    let shape = TaskShape.exactMatch(tokens: 7, rate: 1.3, floor: 1.85)
    let f = family([.init(name: "A", shape: shape, items: nil, metrics: [.prob, .token])])
    let c = f.simulate(seed: 3, block: "f")
    for k in 0..<c.loss.count {
      let q = min(1, exp(-1.3 * (c.lossTrue[k] - 1.85)))
      #expect(abs(c.tasks[0][2].values[k] - q) < 1e-15)
      #expect(abs(c.tasks[0][0].values[k] - pow(q, 7)) <= 1e-15 * max(1, pow(q, 7)))
      #expect(c.tasks[0][1].values[k] == c.tasks[0][0].values[k])
    }
  }

  @Test func theSameNumbersOnAnyThreadCount() {
    let tasks: [ScalingFamily.Task] = [
      .init(name: "H", shape: .hinge(random: 0.25, eta: 2.3, slope: 1, ceiling: 0.9), items: 1000),
      .init(
        name: "Q", shape: .items(ItemModel(eta: 2.3, spread: 0.1, sharpness: 0.02, options: 4)), items: 500,
        metrics: [.brier]),
      .init(name: "L", shape: .logistic(random: 0.5, ceiling: 1, mid: 2.4, width: 0.1), items: nil),
    ]
    let f = family(tasks, lossNoise: 0.01, scoreNoise: 0.02)
    let one = f.simulate(seed: 9, block: "b", jobs: 1)
    for jobs in [2, 3, 8] {
      let other = f.simulate(seed: 9, block: "b", jobs: jobs)
      #expect(other.tasks == one.tasks && other.loss == one.loss)
    }
  }

  @Test func steppedGridsEndAtTheirLastTokenCount() {
    // Du et al.: a checkpoint every 43B tokens; the 2.5T run has 58 steps and its final one.
    let grid = TokenGrid.steps(from: 43e9, every: 43e9, to: 2.5e12)
    let points = grid.points
    #expect(points.count == 59 && grid.count == 59)
    #expect(points[57] == 43e9 * 58 && points.last == 2.5e12)
    #expect(TokenGrid.steps(from: 10, every: 10, to: 100).points == [10, 20, 30, 40, 50, 60, 70, 80, 90, 100])
    #expect(TokenGrid.steps(from: 43e9, every: 43e9, to: 3e12).count == 70)
    #expect(TokenGrid.range(from: 1, to: 2, checkpoints: 0, logSpaced: true).points.isEmpty)
  }

  @Test func aFormulaLawIsUsedAsWritten() {
    let formula = LossFormula(text: "2 + 1e3 / N^0.5") { n, _ in 2 + 1e3 / n.squareRoot() }
    let f = ScalingFamily(
      loss: .formula(formula), runs: [FamilyRun(label: "a", parameters: 1e6, tokens: [1, 2])], lossNoise: 0,
      scoreNoise: 0,
      tasks: [])
    #expect(f.simulate(seed: 1, block: "f").lossTrue == [3, 3])
  }
}
