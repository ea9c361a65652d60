import Foundation
import Testing

@testable import LossbookStats

/// Determinism, independent recomputations and typed errors of the threshold methods.
@Suite struct ThresholdMethodTests {
  static let data = ChangePointFixture.hingeAtChance
  static let streams = ReplicateStreams(seed: 2024, block: "task-a", stream: "supf")

  @Test func supFBootstrapIsIdenticalOnOneOrManyThreads() throws {
    var results: [SupFTest.Result] = []
    for threads in [1, 2, 5] {
      for perStream in [1, 100] {
        let streams = ReplicateStreams(seed: 7, block: "b", stream: "supf", replicatesPerStream: perStream)
        let grid = ThresholdCandidates.grid(count: 100, from: 0.1, to: 0.9)
        // A line, so that replicates do exceed the statistic.
        let line = ChangePointFixture.line
        let result = try SupFTest(options: .init(candidates: grid, replicates: 300, threads: threads))
          .run(x: line.x, y: line.y, streams: streams)
        if perStream == 1 { results.append(result) }
        #expect(result.exceedances > 0)
      }
    }
    #expect(results.allSatisfy { $0 == results[0] })
  }

  @Test func supFPValueCountsExceedances() throws {
    let strong = try SupFTest(options: .init(replicates: 200)).run(
      x: Self.data.x, y: Self.data.y, streams: Self.streams)
    #expect(strong.exceedances == 0)
    #expect(strong.p == 1.0 / 201)
    let line = ChangePointFixture.line
    let weak = try SupFTest(options: .init(replicates: 400)).run(x: line.x, y: line.y, streams: Self.streams)
    #expect(weak.p == Double(1 + weak.exceedances) / 401)
    #expect(try #require(weak.p) > 0.2)
  }

  @Test func bootstrapIntervalIsIdenticalOnOneOrManyThreadsAndCoversTheTruth() throws {
    let one = try ThresholdBootstrap(options: .init(replicates: 200, threads: 1))
      .run(x: Self.data.x, y: Self.data.y, streams: Self.streams)
    let two = try ThresholdBootstrap(options: .init(replicates: 200, threads: 2))
      .run(x: Self.data.x, y: Self.data.y, streams: Self.streams)
    #expect(one == two)
    let interval = try #require(one.interval)
    #expect(interval.lower < 2.2 && 2.2 < interval.upper)
    #expect(interval.upper - interval.lower < 0.03)
    #expect(one.failures == 0)
  }

  @Test func runResamplingDrawsWholeRuns() throws {
    let groups = Self.data.x.indices.map { "run\($0 % 6)" }
    let result = try ThresholdBootstrap(options: .init(replicates: 100))
      .run(x: Self.data.x, y: Self.data.y, resample: .runs(groups: groups), streams: Self.streams)
    #expect(result.interval != nil)
    #expect(throws: ThresholdError.countMismatch(what: "runs", expected: 240, actual: 3)) {
      try ThresholdBootstrap().run(
        x: Self.data.x, y: Self.data.y, resample: .runs(groups: ["a", "b", "c"]), streams: Self.streams)
    }
  }

  @Test func chowMatchesSeparateRegressions() throws {
    let d = ChangePointFixture.hingeAtChance
    let at = 2.2
    let result = try ChowTest().run(x: d.x, y: d.y, at: at)
    let belowRows = d.x.indices.filter { d.x[$0] < at }
    let aboveRows = d.x.indices.filter { d.x[$0] >= at }
    func rss(_ rows: [Int]) throws -> Double {
      try SimpleRegression(x: rows.map { d.x[$0] }, y: rows.map { d.y[$0] }).rss
    }
    let pooled = try SimpleRegression(x: d.x, y: d.y).rss
    let separate = try rss(belowRows) + rss(aboveRows)
    let f = ((pooled - separate) / 2) / (separate / Double(d.x.count - 4))
    #expect(relativeError(result.f, f) < 1e-10)
    #expect(result.dfDenominator == d.x.count - 4)
    #expect(relativeError(result.p, Distribution.fUpperTail(f, d1: 2, d2: Double(d.x.count - 4))) < 1e-12)
    #expect(result.p < 1e-10)
  }

  @Test(arguments: ChangePointFixture.all)
  func spearmanMatchesSciPy(reference: ChangePointFixture) throws {
    let rho = try SpearmanCorrelation.coefficient(x: reference.x, y: reference.y)
    #expect(abs(rho - reference.spearman) < 1e-12)
  }

  @Test func deltaMethodIntervalUsesTheHingeFit() throws {
    let fit = try BuiltinModel.hinge.fit(x: Self.data.x, y: Self.data.y)
    let delta = try DeltaMethodInterval.from(fit)
    #expect(delta.estimate == fit.estimates[2])
    #expect(abs(delta.interval.lower - fit.intervals[2].lower) < 1e-12)
    #expect(abs(delta.interval.upper - fit.intervals[2].upper) < 1e-12)
  }

  @Test func peltPenaltyFallsBackOnlyWhenAsked() throws {
    let stuck = try ThresholdSample(x: ChangePointFixture.stuckAtZero.x, y: ChangePointFixture.stuckAtZero.y)
    #expect(throws: ThresholdError.self) { try PeltPenalty.standard.value(for: stuck.y) }
    let value = try PeltPenalty.meanSquaredDifferences(multiplier: 2).value(for: stuck.y)
    #expect(relativeError(value, ChangePointFixture.stuckAtZero.penalty) < 1e-12)
  }

  @Test func untestableDataGetTypedErrors() throws {
    let streams = Self.streams
    #expect(throws: ThresholdError.constantScores) {
      try SupFTest().run(x: [1, 2, 3, 4, 5, 6, 7], y: [0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25], streams: streams)
    }
    #expect(throws: ThresholdError.tooFewDistinctX(count: 2, needed: 3)) {
      try DaviesTest().run(x: [1, 1, 1, 2, 2, 2], y: [0.1, 0.2, 0.3, 0.4, 0.5, 0.7])
    }
    #expect(throws: ThresholdError.tooFewPointsOnSide(side: .above, count: 2, needed: 3)) {
      try ChowTest().run(x: [1, 2, 3, 4, 5, 6, 7, 8], y: [1, 3, 2, 5, 4, 6, 8, 7], at: 7)
    }
    #expect(throws: ThresholdError.chanceOutsideRange(chance: 25, lower: -1, upper: 2)) {
      try ThresholdInputChecks.checkChanceLevel(25, y: [0, 0.5, 1])
    }
    try ThresholdInputChecks.checkChanceLevel(0.25, y: [0.4, 0.6, 0.9])
    // A task above chance everywhere, on the 0-1 scale: a correct random: 0.25 (issue 15).
    try ThresholdInputChecks.checkChanceLevel(0.25, y: [0.55, 0.62, 0.71, 0.84])
    // A percent-scale mistake on 0-1 scores is still caught, and so is 0.25 for scores in percent.
    let refused = { (chance: Double, y: [Double]) -> Double? in
      let error = #expect(throws: ThresholdError.self) { try ThresholdInputChecks.checkChanceLevel(chance, y: y) }
      guard case .chanceOutsideRange(let c, _, _)? = error else { return nil }
      return c
    }
    #expect(refused(25, [0.55, 0.62, 0.71, 0.84]) == 25)
    #expect(refused(0.25, [55, 62, 71, 84]) == 0.25)
    #expect(refused(-0.5, [0.55, 0.62, 0.71, 0.84]) == -0.5)
    try ThresholdInputChecks.checkChanceLevel(25, y: [55, 62, 71, 84])
    #expect(throws: ThresholdError.noCandidates) {
      try SupFTest(options: .init(minSide: 5)).run(
        x: [1, 2, 3, 4, 5, 6, 7, 8], y: [1, 3, 2, 5, 4, 6, 8, 7], streams: streams)
    }
    #expect(throws: ThresholdError.nonFinite(rows: [2])) {
      try OLSCusumTest().run(x: [1, 2, .nan, 4], y: [1, 2, 3, 4])
    }
    #expect(throws: ThresholdError.tooFewPoints(count: 6, needed: 8)) {
      try BinarySegmentation(breaks: 3, minSize: 2).run(sortedY: [1, 2, 3, 4, 5, 6])
    }
  }

  @Test func verdictNeedsAChanceLevelAndEnoughPointsPerSide() throws {
    let sides = try ThresholdSides.split(x: Self.data.x, y: Self.data.y, at: 2.2)
    let noChance = ThresholdEvidence(
      supFP: 0.001, sides: sides, thresholdOnBoundary: false, chance: nil, bicLinear: 0,
      bicLogistic: 0, bicHinge: -100)
    #expect(VerdictRules().decide(noChance) == VerdictOutcome(verdict: .inconclusive, reasons: [.noChanceLevel]))
    var evidence = noChance
    evidence.chance = 0.25
    #expect(VerdictRules().decide(evidence).verdict == .emergent)
    evidence.bicLogistic = -99
    #expect(VerdictRules().decide(evidence).verdict == .inconclusive)
    evidence.bicLogistic = 0
    evidence.supFP = 0.07
    #expect(VerdictRules().decide(evidence).reasons == [.pValueInGreyZone(p: 0.07, alpha: 0.05, upper: 0.1)])
    evidence.sideCounts = (below: 100, above: 3)
    #expect(VerdictRules().decide(evidence).verdict == .inconclusive)
  }
}
