import Foundation
import Testing

@testable import LossbookStats

/// The threshold's default interval covers the true threshold at least 93% of the time at the
/// 95% level (STATS.md section 4, issue 11), over 200 simulated W1-shaped data sets per
/// emergent shape (``W1ShapedData``: six sizes × 40 checkpoints, binomial scores), the
/// floor-at-0 task included.
///
/// The default (`ci.method: bootstrap-profile`) is the profile-likelihood interval with its
/// cut-off calibrated by a case bootstrap and never below chi-square(1). Measured on these data
/// sets (seeds 9001 to 9200, 100 replicates each) and printed by the test: bootstrap-profile 96.0%,
/// 95.0%, 98.0% for MMLU-like, GSM8K-like (floor at 0) and CEval-like; the percentile bootstrap
/// of the same replicates 94.0%, 92.0%, 97.0%; the chi-square profile interval 96.0%, 73.0%,
/// 97.0% (too narrow where the scores sit exactly at 0 above the threshold: the pooled RSS
/// understates the noise below it). On another 200 (seeds 7001 to 7200) bootstrap-profile gave
/// 95.5%, 94.5%, 92.0% with 100 replicates and 95.0%, 93.5%, 93.5% with 500; resampling W1's six
/// runs instead of cases covered 80% to 93% in the same study. A coverage from 200 data sets has a Monte Carlo
/// error of about ±1.5 points.
///
/// Each data set uses 100 bootstrap replicates (the notebook's default is 500) to keep the test
/// to a few tens of seconds in a debug build; the calibrated cut-off moves by Monte Carlo error
/// only.
@Suite struct ThresholdIntervalCoverageTests {
  /// The data sets per shape.
  static let dataSets = 200
  /// Bootstrap replicates per data set.
  static let replicates = 100
  /// The data sets (of 200) whose interval held the truth, per shape: the default
  /// (bootstrap-profile) and the percentile bootstrap. `Notebooks/emergence-w1.md` states
  /// these figures; the tests below check both the figures and the statement.
  static let measured: [(calibrated: Int, percentile: Int)] = [(192, 188), (190, 184), (196, 194)]

  @Test(arguments: 0..<3)
  func theDefaultIntervalCoversTheTruthAtLeast93TimesInAHundred(_ shape: Int) throws {
    let s = W1ShapedData.emergentShapes[shape]
    let bootstrap = ThresholdBootstrap(options: .init(replicates: Self.replicates, threads: 1))
    var covered = (calibrated: 0, percentile: 0, chiSquare: 0)
    var errors: [Double] = []
    for i in 1...Self.dataSets {
      let data = W1ShapedData.simulate(s, seed: 9000 + UInt64(i))
      let result = try bootstrap.run(
        x: data.x, y: data.y, streams: ReplicateStreams(seed: UInt64(i), block: "cov", stream: "ci"))
      let calibrated = try #require(
        try ProfileThresholdInterval.bootstrapCalibrated(x: data.x, y: data.y, bootstrap: result))
      let percentile = try #require(result.interval)
      let chiSquare = try ProfileThresholdInterval.compute(x: data.x, y: data.y).interval
      func holds(_ i: Interval) -> Int { i.lower <= s.eta && s.eta <= i.upper ? 1 : 0 }
      covered.calibrated += holds(calibrated.interval)
      covered.percentile += holds(percentile)
      covered.chiSquare += holds(chiSquare)
      // The calibrated cut-off is never below the theory's.
      #expect(calibrated.cutoff >= ProfileThresholdInterval.chiSquareCutoff(level: 0.95))
      errors.append(result.estimate - s.eta)
    }
    let figures =
      "\(s): bootstrap-profile \(covered.calibrated), percentile \(covered.percentile), "
      + "chi-square profile \(covered.chiSquare) of \(Self.dataSets)"
    print("coverage " + figures)
    #expect(Double(covered.calibrated) >= 0.93 * Double(Self.dataSets), "\(figures)")
    #expect(covered.calibrated == Self.measured[shape].calibrated, "\(figures)")
    #expect(covered.percentile == Self.measured[shape].percentile, "\(figures)")
    // The estimate is unbiased to within a fraction of its spread.
    let mean = errors.reduce(0, +) / Double(errors.count)
    let sd = (errors.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(errors.count - 1)).squareRoot()
    #expect(abs(mean) < 3 * sd / 10, "\(s): mean error \(mean), sd \(sd)")
  }

  /// The W1 report states the measured figures, as percentages with one decimal.
  @Test func theW1ReportStatesTheseFigures() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let text = try String(contentsOf: root.appendingPathComponent("Notebooks/emergence-w1.md"), encoding: .utf8)
      .replacingOccurrences(of: "\n", with: " ")
    func percentages(_ counts: [Int]) -> String {
      let p = counts.map { String(format: "%.1f%%", 100 * Double($0) / Double(Self.dataSets)) }
      return "\(p[0]), \(p[1]) and \(p[2])"
    }
    #expect(text.contains("held the true threshold \(percentages(Self.measured.map(\.calibrated)))"))
    #expect(text.contains("percentile bootstrap held it \(percentages(Self.measured.map(\.percentile)))"))
  }
}
