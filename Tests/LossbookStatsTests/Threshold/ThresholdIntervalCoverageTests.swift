import Foundation
import Testing

@testable import LossbookStats

/// The percentile-bootstrap interval of the threshold covers the true threshold about as often as
/// it says. WORKLOAD-W1's checking asks the emergent tasks' 95% intervals to cover the truth; a
/// 95% interval misses one time in twenty by construction, so the property that can be checked is
/// its coverage over many data sets, here 100 simulated W1-shaped tasks per shape (240 points,
/// binomial scores, 200 case resamples each: fewer than the notebook's 500, to keep the test quick;
/// the interval's endpoints move by Monte Carlo error only).
@Suite struct ThresholdIntervalCoverageTests {
  /// The three emergent W1 shapes: chance level, true threshold, slope, items.
  static let shapes: [(chance: Double, eta: Double, slope: Double, items: Int)] = [
    (0.25, 2.2, 0.9, 1000), (0.0, 2.15, 1.2, 1319), (0.25, 2.25, 0.8, 1000),
  ]

  @Test(arguments: 0..<3)
  func theNinetyFivePercentIntervalCoversTheTruthAboutNinetyFiveTimesInAHundred(_ shape: Int) throws {
    let s = Self.shapes[shape]
    let bootstrap = ThresholdBootstrap(options: .init(replicates: 200, threads: 2))
    var covered = 0
    var errors: [Double] = []
    let seeds: [UInt64] = Array(1...100)
    for seed in seeds {
      let data = VerdictSimulationTests.simulate(n: 240, items: s.items, seed: 5000 + seed) {
        s.chance + s.slope * max(s.eta - $0, 0)
      }
      let result = try bootstrap.run(
        x: data.x, y: data.y, streams: ReplicateStreams(seed: seed, block: "coverage", stream: "ci"))
      let interval = try #require(result.interval)
      if interval.lower <= s.eta && s.eta <= interval.upper { covered += 1 }
      errors.append(try HingeProfile(x: data.x, y: data.y).minimum().eta - s.eta)
    }
    // Binomial(100, 0.95) lies in [89, 100] with probability 0.998.
    #expect(covered >= 89, "eta \(s.eta): the interval covered the truth \(covered) times in 100")
    // The estimate is unbiased to within a fraction of its spread.
    let mean = errors.reduce(0, +) / Double(errors.count)
    let sd = (errors.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(errors.count - 1)).squareRoot()
    #expect(abs(mean) < 3 * sd / 10, "eta \(s.eta): mean error \(mean), sd \(sd)")
  }
}
