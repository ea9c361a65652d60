import Foundation
import Testing

@testable import LossbookStats

/// Verdicts on simulated tasks with known truth (WORKLOAD-W1.md section 2 shapes): hinges at
/// chance are emergent, lines and logistic curves above chance are smooth, and small or weak
/// cases are never called the wrong way.
@Suite struct VerdictSimulationTests {
  /// Loss of n checkpoints, uniform on [1.95, 2.76], and binomial scores of `items` items.
  static func simulate(
    n: Int, items: Int, seed: UInt64, noise: Double = 0, probability: (Double) -> Double
  ) -> (x: [Double], y: [Double]) {
    let stream = RandomStream(seed: seed, key: RandomStreamKey(block: "sim", stream: "data"))
    let x = (0..<n).map { _ in 1.95 + 0.81 * stream.uniform() }
    let y = x.map { loss -> Double in
      let p = min(max(probability(loss), 0), 1)
      return Double(stream.binomial(p: p, trials: items)) / Double(items) + stream.gaussian(sd: noise)
        * (noise > 0 ? 1 : 0)
    }
    return (x, y)
  }

  static func verdict(x: [Double], y: [Double], chance: Double, seed: UInt64) throws -> VerdictOutcome {
    let supF = try SupFTest(options: .init(replicates: 999, threads: 2))
      .run(x: x, y: y, streams: ReplicateStreams(seed: seed, block: "sim", stream: "supf"))
    let bicLinear = try BuiltinModel.linear.fit(x: x, y: y).bic
    let bicLogistic = try? BuiltinModel.logistic.fit(x: x, y: y).bic
    let profile = try HingeProfile(x: x, y: y).minimum()
    let n = Double(x.count)
    let bicHinge = n * log(profile.rss / n) + 3 * log(n)
    let evidence = try ThresholdEvidence.gather(
      x: x, y: y, chance: chance, supFP: supF.p ?? 1, bicLinear: bicLinear, bicLogistic: bicLogistic,
      bicHinge: bicHinge)
    return VerdictRules().decide(evidence)
  }

  @Test(
    arguments: [(0.25, 2.2, 0.9, 1000), (0.0, 2.15, 1.2, 1319), (0.25, 2.25, 0.8, 1000)]
      as [(Double, Double, Double, Int)])
  func hingesAtChanceAreEmergent(chance: Double, eta: Double, slope: Double, items: Int) throws {
    for seed: UInt64 in [11, 12, 13] {
      let data = Self.simulate(n: 240, items: items, seed: seed) { chance + slope * max(eta - $0, 0) }
      let outcome = try Self.verdict(x: data.x, y: data.y, chance: chance, seed: seed)
      #expect(outcome.verdict == .emergent, "eta \(eta) seed \(seed): \(outcome.reasons)")
    }
  }

  /// A task stuck at a floor of 0 (GSM8K-like) has a high-loss slope whose interval can just
  /// miss 0, because the few checkpoints between the estimated and the true threshold score a
  /// little; the change it implies across the side is far below the chance tolerance, so the
  /// side is flat and the verdict emergent.
  @Test func aHingeAtAFloorOfZeroIsEmergent() throws {
    for seed: UInt64 in 20..<30 {
      let data = Self.simulate(n: 240, items: 1319, seed: seed) { 1.2 * max(2.15 - $0, 0) }
      let outcome = try Self.verdict(x: data.x, y: data.y, chance: 0, seed: seed)
      #expect(outcome.verdict == .emergent, "seed \(seed): \(outcome.reasons)")
    }
  }

  /// The same on the W1 family's GSM8K-like task (seed 2024), where the high-loss slope's
  /// interval is [-0.0008, -0.00002]: without the practical-flatness rule it is inconclusive.
  @Test func theW1FloorTaskIsEmergent() throws {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }
    let text = try String(
      contentsOf: url.appendingPathComponent("Tests/LossbookEndToEndTests/Fixtures/w1/family.csv"), encoding: .utf8)
    let rows = text.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
    let header = rows[0]
    let lossColumn = try #require(header.firstIndex(of: "loss"))
    let taskColumn = try #require(header.firstIndex(of: "GSM8K_like"))
    let x = rows.dropFirst().compactMap { Double($0[lossColumn]) }
    let y = rows.dropFirst().compactMap { Double($0[taskColumn]) }
    let outcome = try Self.verdict(x: x, y: y, chance: 0, seed: 2024)
    #expect(outcome.verdict == .emergent, "\(outcome.reasons)")
  }

  @Test func linesAndLogisticCurvesAboveChanceAreSmooth() throws {
    let shapes: [(String, Double, (Double) -> Double)] = [
      ("TriviaQA-like line", 0.0, { 0.9 - 0.6 * ($0 - 1.9) }),
      ("line above chance", 0.25, { 0.35 + 0.5 * (2.76 - $0) }),
      ("HellaSwag-like logistic", 0.25, { 0.25 + 0.7 / (1 + exp(($0 - 2.4) / 0.25)) }),
      ("WinoGrande-like line", 0.5, { 0.5 + 0.35 * (2.8 - $0) }),
    ]
    for (name, chance, p) in shapes {
      for seed: UInt64 in [21, 22] {
        let data = Self.simulate(n: 240, items: 1000, seed: seed, probability: p)
        let outcome = try Self.verdict(x: data.x, y: data.y, chance: chance, seed: seed)
        #expect(outcome.verdict == .smooth, "\(name) seed \(seed): \(outcome.reasons)")
      }
    }
  }

  @Test func smallOrWeakHingesAreNeverSmooth() throws {
    for seed: UInt64 in [31, 32, 33, 34] {
      // Weak: a small slope under noise of 0.02 around binomial scores.
      let weak = Self.simulate(n: 60, items: 200, seed: seed, noise: 0.02) { 0.25 + 0.08 * max(2.3 - $0, 0) }
      let weakOutcome = try Self.verdict(x: weak.x, y: weak.y, chance: 0.25, seed: seed)
      #expect(weakOutcome.verdict != .smooth, "weak seed \(seed): \(weakOutcome.reasons)")
      // Small: 14 checkpoints.
      let small = Self.simulate(n: 14, items: 100, seed: seed) { 0.25 + 0.9 * max(2.3 - $0, 0) }
      let smallOutcome = try Self.verdict(x: small.x, y: small.y, chance: 0.25, seed: seed)
      #expect(smallOutcome.verdict != .smooth, "small seed \(seed): \(smallOutcome.reasons)")
    }
  }

  @Test func linesAreNeverEmergent() throws {
    for seed: UInt64 in [41, 42, 43] {
      let data = Self.simulate(n: 80, items: 300, seed: seed) { 0.3 + 0.2 * (2.76 - $0) }
      let outcome = try Self.verdict(x: data.x, y: data.y, chance: 0.25, seed: seed)
      #expect(outcome.verdict != .emergent, "seed \(seed): \(outcome.reasons)")
    }
  }
}
