import LossbookEngine
import LossbookStats
import LossbookWords

/// The tests of STATS.md section 4 that a `threshold` block reports, each run only when
/// asked for (sup-F always runs: the verdict reads it).
struct ThresholdTestRuns: Sendable {
  var supF: SupFTest.Result?
  var davies: DaviesTest.Result?
  var chow: ChowTest.Result?
  var pelt: PeltOutcome?
  var binseg: BinarySegmentation.Result?
  var cusum: OLSCusumTest.Result?

  /// PELT's breakpoints with the rule that set its penalty and where its changes fall.
  struct PeltOutcome: Sendable {
    var result: PeltSegmentation.Result
    /// `fixed`, `mad` or `mean-square` (after the fallback of a zero MAD).
    var rule: String
    /// The number of change points.
    var changes: Int
    /// The largest x at which a change falls: the midpoint of the two sorted x values that
    /// straddle it (WORKLOAD-W1.md section 5); nil without changes.
    var onset: Double?
  }

  static func run(
    _ settings: ThresholdSettings, sample: ThresholdSample, x: [Double], y: [Double], supF: SupFTest.Result,
    guard check: ThresholdGuard
  ) throws(BlockFailure) -> ThresholdTestRuns {
    var out = ThresholdTestRuns()
    let tests = settings.tests
    if tests.contains(.supf) { out.supF = supF }
    if tests.contains(.davies) {
      out.davies = try check.run(.davies) { () throws(ThresholdError) in
        try DaviesTest(k: settings.daviesK).run(x: x, y: y)
      }
    }
    if tests.contains(.chow), let at = settings.chowAt {
      out.chow = try check.run(.chow) { () throws(ThresholdError) in try ChowTest().run(x: x, y: y, at: at) }
    }
    if tests.contains(.pelt) {
      out.pelt = try check.run(.pelt) { () throws(ThresholdError) in try pelt(settings, sample: sample) }
    }
    if tests.contains(.binseg) {
      out.binseg = try check.run(.binarySegmentation) { () throws(ThresholdError) in
        try BinarySegmentation(breaks: settings.binsegBreaks, minSize: settings.binsegMinSize).run(sortedY: sample.y)
      }
    }
    if tests.contains(.cusum) {
      out.cusum = try check.run(.cusum) { () throws(ThresholdError) in try OLSCusumTest().run(x: x, y: y) }
    }
    return out
  }

  /// PELT on the scores in x order; a MAD penalty of 0 (more than half the differences
  /// equal, as for scores stuck at 0) falls back to the mean-square estimate.
  static func pelt(_ settings: ThresholdSettings, sample: ThresholdSample) throws(ThresholdError) -> PeltOutcome {
    var penalty = settings.peltPenalty
    var rule: String
    switch penalty {
    case .fixed: rule = "fixed"
    case .madOfDifferences(let m):
      rule = "mad"
      if (try? penalty.value(for: sample.y)) == nil {
        penalty = .meanSquaredDifferences(multiplier: m)
        rule = "mean-square"
      }
    case .meanSquaredDifferences: rule = "mean-square"
    }
    let result = try PeltSegmentation(penalty: penalty, minSize: settings.peltMinSize).run(sortedY: sample.y)
    let inner = result.breakpoints.dropLast()
    let onset = inner.map { (sample.x[$0 - 1] + sample.x[$0]) / 2 }.max()
    return PeltOutcome(result: result, rule: rule, changes: inner.count, onset: onset)
  }
}
