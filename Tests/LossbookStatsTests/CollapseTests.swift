import Foundation
import LossbookTestSupport
import Testing

@testable import LossbookStats

/// `collapse` (STATS.md section 6) against R (lm, anova, a per-gap optimize() profile and nls;
/// Scripts/reference/make_collapse_fixtures.R), the exact hinge profile against lossbook's
/// own single-curve hinge, and the bootstrap's determinism and calibration.
@Suite struct CollapseTests {
  static let cases: [(String, CollapseFixture)] = [
    ("linearShift", .linearShift), ("linearNull", .linearNull), ("hingeShift", .hingeShift),
    ("hingeNull", .hingeNull),
  ]

  static func run(_ c: CollapseFixture, replicates: Int = 0, threads: Int = 1) throws -> CollapseOutcome {
    try CollapseTest(options: CollapseOptions(replicates: replicates, threads: threads)).run(
      x: c.x, y: c.y, group: c.group, groupCount: 4, curve: c.curve, difference: .shift,
      streams: ReplicateStreams(seed: 7, block: "c", stream: "collapse"))
  }

  /// H0 and H1 estimates and RSS, F, its degrees of freedom and p-value, every shift, SE and
  /// interval: the line to 8 significant digits or better; the hinge to 6 (R's optimize() stops
  /// within about sqrt(machine epsilon) of the threshold, and nls differentiates numerically
  /// for the SEs), with its RSS to 10.
  @Test(arguments: cases.map(\.0))
  func matchesR(name: String) throws {
    let c = Self.cases.first { $0.0 == name }!.1
    let o = try Self.run(c)
    let digits = c.curve == .linear ? 1e-8 : 1e-6
    for j in c.h0.indices {
      #expect(relativeError(o.h0[j], c.h0[j]) < digits, "\(name) H0 parameter \(j)")
      #expect(relativeError(o.h1[j], c.h1[j]) < digits, "\(name) H1 parameter \(j)")
    }
    #expect(relativeError(o.rss0, c.rss0) < 1e-10, "\(name) RSS0")
    #expect(relativeError(o.rss1, c.rss1) < 1e-10, "\(name) RSS1")
    #expect(o.d1 == c.d1 && o.d2 == c.d2)
    #expect(relativeError(o.f, c.f) < 1e-8, "\(name) F")
    #expect(relativeError(o.pF, c.pF) < 1e-6, "\(name) p")
    let seTolerance = c.curve == .linear ? 1e-9 : 1e-5
    for g in 1..<4 {
      let s = o.shifts[g]
      #expect(abs(s.estimate - c.shifts[g - 1]) < 1e-3 * digits, "\(name) shift \(g)")
      #expect(relativeError(s.se, c.se[g - 1]) < seTolerance, "\(name) SE \(g)")
      let i = try #require(s.interval)
      let e = try #require(s.equivalenceInterval)
      let ends = c.curve == .linear ? 1e-11 : 1e-7
      #expect(abs(i.lower - c.ci95[2 * (g - 1)]) < ends && abs(i.upper - c.ci95[2 * (g - 1) + 1]) < ends)
      #expect(abs(e.lower - c.ci90[2 * (g - 1)]) < ends && abs(e.upper - c.ci90[2 * (g - 1) + 1]) < ends)
    }
  }

  /// With one group, the grouped hinge is the plain hinge: the same threshold and RSS as
  /// ``HingeProfile``, whose exactness is tested against SciPy.
  @Test func oneGroupIsThePlainHinge() throws {
    let c = CollapseFixture.hingeShift
    let plain = try HingeProfile(x: c.x, y: c.y, minSide: 5).minimum()
    let grouped = try GroupedHinge(x: c.x, group: c.x.map { _ in 0 }, groupCount: 1, minSide: 5).fit(c.y)
    #expect(abs(grouped.eta - plain.eta) < 1e-10)
    #expect(relativeError(grouped.rss, plain.rss) < 1e-10)
    #expect(abs(grouped.k - plain.k) < 1e-8)
  }

  /// The grouped hinge's threshold is the global minimum: no threshold on a fine grid over
  /// every allowed gap does better (RSS by ordinary least squares with group dummies).
  @Test func groupedHingeBeatsAFineGrid() throws {
    let c = CollapseFixture.hingeShift
    let profile = try GroupedHinge(x: c.x, group: c.group, groupCount: 4, minSide: 5)
    let best = profile.fit(c.y)
    let lo = profile.gaps.first!.lower + profile.shift
    let hi = profile.gaps.last!.upper + profile.shift
    for j in 0...2000 {
      let eta = lo + (hi - lo) * Double(j) / 2000
      let columns =
        [c.x.map { _ in 1.0 }, c.x.map { Swift.max(eta - $0, 0) }]
        + (1..<4).map { g in c.group.map { $0 == g ? 1.0 : 0.0 } }
      let rss = try LinearLeastSquares.fit(columns: columns, y: c.y).rss
      #expect(rss >= best.rss * (1 - 1e-12), "eta \(eta)")
    }
  }

  /// Per-group thresholds: data whose threshold moves with the group are fitted with each
  /// group's own threshold, and the shift below both thresholds is k times their difference.
  @Test func groupThresholdsFindMovingThresholds() throws {
    var x: [Double] = []
    var y: [Double] = []
    var group: [Int] = []
    let etas = [2.1, 2.2, 2.3]
    var random = SplitMix64(seed: 11)
    for g in 0..<3 {
      for j in 0..<40 {
        let v = 1.8 + 0.8 * Double(j) / 39
        x.append(v)
        y.append(0.25 + 0.9 * Swift.max(etas[g] - v, 0) + 0.004 * (random.uniform() - 0.5))
        group.append(g)
      }
    }
    let o = try CollapseTest(options: CollapseOptions(replicates: 99)).run(
      x: x, y: y, group: group, groupCount: 3, curve: .hinge, difference: .threshold,
      streams: ReplicateStreams(seed: 1, block: "t", stream: "collapse"))
    for g in 0..<3 { #expect(abs((o.shifts[g].threshold ?? .nan) - etas[g]) < 0.01, "group \(g)") }
    #expect(abs(o.shifts[2].estimate - 0.9 * 0.2) < 0.01)
    #expect(o.pBootstrap < 0.05)
  }

  /// The bootstrap's replicates come from streams keyed by replicate batch: 1 and 2 threads
  /// give the same p-value to the bit.
  @Test(arguments: [CollapseCurve.linear, .hinge, .logistic])
  func sameAtOneAndTwoThreads(curve: CollapseCurve) throws {
    let c = CollapseFixture.hingeNull
    let run = { (threads: Int) in
      try CollapseTest(options: CollapseOptions(replicates: 250, threads: threads)).run(
        x: c.x, y: c.y, group: c.group, groupCount: 4, curve: curve, difference: .shift,
        streams: ReplicateStreams(seed: 7, block: "c", stream: "collapse"))
    }
    let one = try run(1)
    let two = try run(2)
    #expect(one.pBootstrap == two.pBootstrap)
    #expect(one.replicates == 250 && one.failures == two.failures)
  }

  /// Under H0 with normal errors and a linear curve the F distribution is exact, so the
  /// parametric bootstrap's p-value must agree with R's pf() within Monte Carlo error
  /// (999 replicates: SD at most 0.016).
  @Test func bootstrapAgreesWithTheFDistribution() throws {
    for c in [CollapseFixture.linearNull, .linearShift] {
      let o = try Self.run(c, replicates: 999, threads: 2)
      #expect(abs(o.pBootstrap - c.pF) < 0.05, "bootstrap \(o.pBootstrap) against F \(c.pF)")
    }
  }

  /// Equivalence: on one curve every 90% interval is inside ±0.02; with shifts of 0.03 it is not.
  @Test func equivalenceFollowsTheIntervals() throws {
    let null = try Self.run(.linearNull)
    #expect(null.equivalent)
    #expect(null.equivalenceBound < 0.02)
    let shifted = try Self.run(.linearShift)
    #expect(!shifted.equivalent)
    #expect(abs(shifted.maxShift - 0.029642265819146776) < 1e-8 && shifted.maxShiftGroup == 3)
  }

  /// The overlap rule: a group that shares too little of the x range with every other is left
  /// out, and a group whose only partner is left out goes too.
  @Test func overlapRule() {
    let x: [Double] = [1, 2, 3, 4, 5, 3, 4, 5, 6, 7, 20, 21, 22, 23, 24]
    let group = [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2]
    #expect(GroupOverlap.counting(x: x, group: group, groupCount: 3, minOverlap: 3) == [true, true, false])
    #expect(GroupOverlap.counting(x: x, group: group, groupCount: 3, minOverlap: 4) == [false, false, false])
  }
}
