import Foundation
import LossbookStats
import Testing

/// The bootstrap draws of a Chinchilla law that `budget` pairs with the threshold's draws, and
/// the quantiles of draws that may be infinite.
@Suite struct ChinchillaBootstrapTests {
  static let truth = LossLaw(E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28)

  /// Rows on a grid of 5 sizes by 6 token counts; `noise` scales a fixed wobble of the loss.
  static func rows(noise: Double) -> (n: [Double], d: [Double], loss: [Double], runs: [String]) {
    var n: [Double] = []
    var d: [Double] = []
    var loss: [Double] = []
    var runs: [String] = []
    for (i, size) in [1e8, 3e8, 1e9, 3e9, 1e10].enumerated() {
      for (j, tokens) in [2e9, 6e9, 2e10, 6e10, 2e11, 6e11].enumerated() {
        n.append(size)
        d.append(tokens)
        loss.append(truth.loss(parameters: size, tokens: tokens) * (1 + noise * sin(Double(7 * i + 3 * j))))
        runs.append("run \(i)")
      }
    }
    return (n, d, loss, runs)
  }

  static func bootstrap(noise: Double, resample: ChinchillaBootstrap.Resample?) throws -> ChinchillaBootstrap {
    let r = rows(noise: noise)
    let fit = try BuiltinModel.chinchilla.fit(
      predictors: [r.n, r.d], y: r.loss, weights: nil, options: FitOptions(), solver: NonlinearLeastSquares())
    return ChinchillaBootstrap(
      n: r.n, d: r.d, loss: r.loss, weights: nil, options: FitOptions(), start: fit.estimates,
      resample: resample ?? .runs(groups: r.runs))
  }

  @Test func exactDataGiveTheLawInEveryDraw() throws {
    let draws = try Self.bootstrap(noise: 0, resample: .cases).draws(
      replicates: 40, threads: 1, streams: ReplicateStreams(seed: 7, block: "b", stream: "law"))
    let good = draws.compactMap { $0 }
    #expect(good.count >= 36, "only \(good.count) of 40 refits succeeded")
    for law in good {
      for (x, y) in zip(law.parameters, Self.truth.parameters) { #expect(abs(x - y) <= 1e-5 * abs(y)) }
    }
  }

  @Test(arguments: [ChinchillaBootstrap.Resample.cases, nil])
  func drawsDependOnTheSeedAndNotOnTheThreads(_ resample: ChinchillaBootstrap.Resample?) throws {
    let bootstrap = try Self.bootstrap(noise: 0.01, resample: resample)
    let streams = ReplicateStreams(seed: 7, block: "b", stream: "law", replicatesPerStream: 3)
    let one = bootstrap.draws(replicates: 12, threads: 1, streams: streams)
    let two = bootstrap.draws(replicates: 12, threads: 2, streams: streams)
    #expect(one == two)
    let good = one.compactMap { $0 }
    #expect(good.count >= 10)
    // Resampling noisy data moves the law: the draws are not all the same.
    #expect(Set(good.map(\.E)).count > 1)
    var other = streams
    other.seed = 8
    #expect(bootstrap.draws(replicates: 12, threads: 1, streams: other) != one)
  }

  @Test func anInfiniteDrawOpensTheUpperEnd() throws {
    let open = try #require(LossBudget.interval([3, 1, .infinity, 2], level: 0.5))
    #expect(open.lower == 1.75)
    #expect(open.upper == .infinity)
    let closed = try #require(LossBudget.interval([3, 1, 4, 2, .nan], level: 0.5))
    #expect(closed.lower == 1.75 && closed.upper == 3.25)
    #expect(LossBudget.interval([1], level: 0.95) == nil)
    let mostlyOpen = try #require(LossBudget.interval([1, .infinity, .infinity, .infinity], level: 0.5))
    #expect(mostlyOpen.lower == .infinity)
  }
}
