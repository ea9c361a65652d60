import Foundation
import Testing

@testable import LossbookStats

/// The profile-likelihood interval of the threshold: its ends are where the likelihood-ratio
/// statistic crosses the cut-off, and it holds every threshold below the cut-off.
@Suite struct ProfileThresholdIntervalTests {
  static func data() -> (x: [Double], y: [Double]) {
    let d = W1ShapedData.simulate(W1ShapedData.emergentShapes[0], seed: 42)
    return (d.x, d.y)
  }

  @Test func theEndsAreWhereTheStatisticCrossesTheCutoff() throws {
    let (x, y) = Self.data()
    let result = try ProfileThresholdInterval.compute(x: x, y: y)
    let profile = try HingeProfile(x: x, y: y)
    let best = profile.minimum()
    let n = Double(x.count)
    func statistic(_ eta: Double) -> Double { n * log(profile.rss(at: eta) / best.rss) }
    #expect(abs(result.cutoff - 3.841458820694124) < 1e-9)
    #expect(result.interval.lower < best.eta && best.eta < result.interval.upper)
    for end in [result.interval.lower, result.interval.upper] {
      #expect(abs(statistic(end) - result.cutoff) < 1e-6, "end \(end): \(statistic(end))")
    }
    // Just outside, the statistic is above the cut-off; every grid point inside is below it.
    let step = 1e-6
    #expect(statistic(result.interval.lower - step) > result.cutoff)
    #expect(statistic(result.interval.upper + step) > result.cutoff)
    let width = result.interval.upper - result.interval.lower
    for k in 0...100 {
      let eta = result.interval.lower + width * Double(k) / 100
      #expect(statistic(eta) <= result.cutoff + 1e-9)
    }
  }

  /// A larger cut-off gives a wider interval; the calibrated one is never below chi-square's.
  @Test func aLargerCutoffWidens() throws {
    let (x, y) = Self.data()
    let narrow = try ProfileThresholdInterval.compute(x: x, y: y)
    let wide = try ProfileThresholdInterval.compute(x: x, y: y, cutoff: 10)
    #expect(wide.interval.lower < narrow.interval.lower && narrow.interval.upper < wide.interval.upper)
    let bootstrap = try ThresholdBootstrap(options: .init(replicates: 50))
      .run(x: x, y: y, streams: ReplicateStreams(seed: 1, block: "t", stream: "ci"))
    let calibrated = try #require(try ProfileThresholdInterval.bootstrapCalibrated(x: x, y: y, bootstrap: bootstrap))
    #expect(calibrated.cutoff >= narrow.cutoff)
    #expect(calibrated.interval.lower <= narrow.interval.lower && narrow.interval.upper <= calibrated.interval.upper)
    #expect(bootstrap.likelihoodRatios.count == 50 && bootstrap.likelihoodRatios.allSatisfy { $0 >= 0 })
  }

  @Test func aLevelOutsideZeroToOneIsRefused() {
    let (x, y) = Self.data()
    #expect(throws: ThresholdError.self) { try ProfileThresholdInterval.compute(x: x, y: y, level: 1) }
  }
}
