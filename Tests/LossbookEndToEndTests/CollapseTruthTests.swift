import Foundation
import LossbookSimulation
import LossbookStats
import LossbookTestSupport
import Testing

@testable import LossbookBlocks

/// `collapse` on data sets whose truth is known (issue 12): W1's six sizes on the Chinchilla law
/// (40 checkpoints each from 20B to 2T tokens, loss noise 0.005), scored with binomial noise on
/// a hinge of the true loss (chance 0.25, slope 0.9). Each scenario is simulated `sets` times;
/// the verdicts are counted with the block's own rule (alpha 0.05, tolerance 0.02, 199
/// bootstrap replicates). `COLLAPSE_STUDY_SETS=N` runs a larger study and prints the rates.
@Suite struct CollapseTruthTests {
  static let sizes = [3e8, 5.4e8, 1e9, 1.5e9, 6e9, 3.2e10]
  static let sets = Int(ProcessInfo.processInfo.environment["COLLAPSE_STUDY_SETS"] ?? "") ?? 30

  struct Scenario: Sendable {
    var name: String
    /// The success probability of size index g at true loss L.
    var p: @Sendable (Int, Double) -> Double
    var items: Int
  }

  static func hinge(_ eta: Double, _ L: Double) -> Double { Swift.min(0.25 + 0.9 * Swift.max(eta - L, 0), 0.95) }

  static let oneCurve = Scenario(name: "one curve", p: { _, L in hinge(2.2, L) }, items: 1000)
  static let sizeShift = Scenario(
    name: "6B and 32B 4 points higher", p: { g, L in hinge(2.2, L) + (g >= 4 ? 0.04 : 0) }, items: 1000)
  static let movingThreshold = Scenario(
    name: "threshold 2.15 + 0.03 g", p: { g, L in hinge(2.15 + 0.03 * Double(g), L) }, items: 1000)
  static let fewQuestions = Scenario(name: "one curve, 30 questions", p: { _, L in hinge(2.2, L) }, items: 30)

  /// One simulated set: observed loss, score, size index.
  static func simulate(_ s: Scenario, seed: UInt32) -> (x: [Double], y: [Double], group: [Int]) {
    let family = ScalingFamily(
      law: .chinchilla, sizes: sizes, tokens: .range(from: 2e10, to: 2e12, checkpoints: 40, logSpaced: true),
      lossNoise: 0.005, scoreNoise: 0, tasks: [])
    let c = family.simulate(seed: seed, block: "truth")
    let random = RandomStream(seed: UInt64(seed), key: RandomStreamKey(block: "truth", stream: s.name, replicate: 0))
    var y: [Double] = []
    for k in 0..<c.loss.count {
      y.append(Double(random.binomial(p: s.p(c.run[k], c.lossTrue[k]), trials: s.items)) / Double(s.items))
    }
    return (c.loss, y, c.run)
  }

  /// The verdicts and p-values of `sets` simulated sets.
  static func study(_ s: Scenario, difference: CollapseDifference = .shift) throws -> (
    verdicts: [CollapseVerdict: Int], p: [Double]
  ) {
    var verdicts: [CollapseVerdict: Int] = [:]
    var ps: [Double] = []
    for seed in 1...sets {
      let d = simulate(s, seed: UInt32(seed))
      let o = try CollapseTest(options: CollapseOptions(replicates: 199, threads: 2)).run(
        x: d.x, y: d.y, group: d.group, groupCount: sizes.count, curve: .hinge, difference: difference,
        streams: ReplicateStreams(seed: UInt64(seed), block: "truth", stream: "collapse"))
      let (v, _) = CollapseDecision.decide(
        o, p: o.pBootstrap, alpha: 0.05, tolerance: 0.02, labels: sizes.map { "\($0)" }, leftOut: 0, minOverlap: 5)
      verdicts[v, default: 0] += 1
      ps.append(o.pBootstrap)
    }
    if ProcessInfo.processInfo.environment["COLLAPSE_STUDY_SETS"] != nil {
      let small = ps.filter { $0 < 0.05 }.count
      let mean = ps.reduce(0, +) / Double(ps.count)
      print(
        "collapse study: \(s.name) (\(difference)), \(sets) sets: "
          + "loss-only \(verdicts[.lossOnly] ?? 0), size-matters \(verdicts[.sizeMatters] ?? 0), "
          + "inconclusive \(verdicts[.inconclusive] ?? 0); p < 0.05 in \(small), mean p \(mean)")
    }
    return (verdicts, ps)
  }

  /// Sizes on one curve: never size-matters here, mostly loss-only, and the p-value is not small
  /// (about uniform: few below 0.05, a mean near 0.5).
  @Test func oneCurveIsLossOnly() throws {
    let r = try Self.study(Self.oneCurve)
    let n = Double(Self.sets)
    #expect(Double(r.verdicts[.sizeMatters] ?? 0) <= 0.1 * n)
    #expect(Double(r.verdicts[.lossOnly] ?? 0) >= 0.6 * n)
    #expect(Double(r.p.filter { $0 < 0.05 }.count) <= 0.1 * n)
    let mean = r.p.reduce(0, +) / n
    #expect(mean > 0.35 && mean < 0.65, "mean p \(mean)")
  }

  /// A shift of 4 points at equal loss for the two largest sizes: size-matters.
  @Test func aSizeShiftIsFound() throws {
    let r = try Self.study(Self.sizeShift)
    #expect(Double(r.verdicts[.sizeMatters] ?? 0) >= 0.9 * Double(Self.sets))
    #expect(r.verdicts[.lossOnly] == nil)
  }

  /// A threshold that moves with size (2.15 to 2.30): size-matters with the default shift model.
  @Test func aMovingThresholdIsFound() throws {
    let r = try Self.study(Self.movingThreshold)
    #expect(Double(r.verdicts[.sizeMatters] ?? 0) >= 0.9 * Double(Self.sets))
    #expect(r.verdicts[.lossOnly] == nil)
  }

  /// One curve, 30 questions per checkpoint: too noisy to claim anything, and never size-matters
  /// in these sets (at most alpha in the long run: the verdict needs the F test's rejection).
  @Test func fewQuestionsAreNeverSizeMatters() throws {
    let r = try Self.study(Self.fewQuestions)
    #expect(Double(r.verdicts[.sizeMatters] ?? 0) <= 0.05 * Double(Self.sets))
    #expect(Double(r.p.filter { $0 < 0.05 }.count) <= 0.1 * Double(Self.sets))
  }

  /// `differ: threshold` where every group's losses cross its threshold (four groups, 40 points
  /// each from 1.9 to 2.6, binomial scores of 1000 items): thresholds 2.1, 2.2, 2.3, 2.4 are
  /// size-matters and recovered; one threshold for all is never size-matters.
  @Test func differThreshold() throws {
    func set(_ etas: [Double], seed: UInt64) -> (x: [Double], y: [Double], group: [Int]) {
      var random = SplitMix64(seed: seed)
      let binomial = RandomStream(seed: seed, key: RandomStreamKey(block: "t", stream: "scores", replicate: 0))
      var x: [Double] = []
      var y: [Double] = []
      var group: [Int] = []
      for g in 0..<etas.count {
        for j in 0..<40 {
          let L = 1.9 + 0.7 * Double(j) / 39 + 0.005 * random.gaussian()
          let p = Self.hinge(etas[g], L)
          x.append(L)
          y.append(Double(binomial.binomial(p: p, trials: 1000)) / 1000)
          group.append(g)
        }
      }
      return (x, y, group)
    }
    var moving: [CollapseVerdict: Int] = [:]
    var fixed: [CollapseVerdict: Int] = [:]
    let count = Swift.max(Self.sets / 2, 10)
    for seed in 1...count {
      for (etas, tally) in [([2.1, 2.2, 2.3, 2.4], 0), ([2.2, 2.2, 2.2, 2.2], 1)] {
        let d = set(etas, seed: UInt64(seed))
        let o = try CollapseTest(options: CollapseOptions(replicates: 199, threads: 2)).run(
          x: d.x, y: d.y, group: d.group, groupCount: 4, curve: .hinge, difference: .threshold,
          streams: ReplicateStreams(seed: UInt64(seed), block: "t", stream: "collapse"))
        let (v, _) = CollapseDecision.decide(
          o, p: o.pBootstrap, alpha: 0.05, tolerance: 0.02, labels: ["a", "b", "c", "d"], leftOut: 0, minOverlap: 5)
        if tally == 0 {
          moving[v, default: 0] += 1
          for g in 0..<4 { #expect(abs((o.shifts[g].threshold ?? .nan) - etas[g]) < 0.03) }
        } else {
          fixed[v, default: 0] += 1
        }
      }
    }
    if ProcessInfo.processInfo.environment["COLLAPSE_STUDY_SETS"] != nil {
      print("collapse study: differ threshold, \(count) sets: moving \(moving), one threshold \(fixed)")
    }
    #expect(moving[.sizeMatters] == count)
    #expect((fixed[.sizeMatters] ?? 0) <= count / 10)
  }
}
