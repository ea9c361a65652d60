import Testing

@testable import LossbookStats

/// Simulate with known truth, fit, recover the truth within a stated tolerance.
@Suite struct SimulationRecoveryTests {
  /// Hinge truth r = 0.25, k = 0.9, eta = 2.2; 240 losses uniform on [1.9, 3.2]; Gaussian
  /// noise with sd 0.01; 20 replicates from keyed streams, one reused solver.
  @Test func hingeThresholdIsRecoveredWithin002() throws {
    let solver = NonlinearLeastSquares()
    let stream = RandomStream(seed: 2024, key: RandomStreamKey(block: "recovery", stream: "hinge"))
    for replicate in 0..<20 {
      stream.reseed(seed: 2024, key: RandomStreamKey(block: "recovery", stream: "hinge", replicate: replicate))
      let x = (0..<240).map { _ in 1.9 + 1.3 * stream.uniform() }
      let y = x.map { 0.25 + 0.9 * max(2.2 - $0, 0) + stream.gaussian(sd: 0.01) }
      let fit = try BuiltinModel.hinge.fit(x: x, y: y, weights: nil, options: FitOptions(), solver: solver)
      #expect(abs(fit.estimates[2] - 2.2) < 0.02, "replicate \(replicate): eta \(fit.estimates[2])")
      #expect(abs(fit.estimates[0] - 0.25) < 0.005)
      #expect(abs(fit.estimates[1] - 0.9) < 0.1)
      #expect(abs(fit.sigma - 0.01) < 0.002)
    }
  }

  /// Logistic truth lo = 0.25, hi = 0.8, mid = 2.5, width = 0.1, noise sd 0.02, 240 points.
  @Test func logisticIsRecovered() throws {
    let stream = RandomStream(seed: 77, key: RandomStreamKey(block: "recovery", stream: "logistic"))
    let x = (0..<240).map { _ in 1.9 + 1.3 * stream.uniform() }
    let truth = [0.25, 0.8, 2.5, 0.1]
    let y = x.map { BuiltinModel.logistic.value(at: $0, parameters: truth) + stream.gaussian(sd: 0.02) }
    let fit = try BuiltinModel.logistic.fit(x: x, y: y)
    for j in 0..<4 {
      #expect(abs(fit.estimates[j] - truth[j]) < 4 * fit.standardErrors[j], "\(fit.parameterNames[j])")
    }
  }

  /// Known truths for the newer models, 200 points, Gaussian noise; each estimate within 4
  /// of its standard errors of the truth: segmented (0.3, 0.2, -0.9, psi 2.4, sd 0.02),
  /// exp-decay (eps 0.86, k 2.2, gamma 0.71, sd 0.005), power-law (a 1.7, b 400, c 0.3,
  /// sd 0.01).
  @Test func newerModelsAreRecovered() throws {
    let stream = RandomStream(seed: 9, key: RandomStreamKey(block: "recovery", stream: "newer"))
    let cases: [(BuiltinModel, [Double], ClosedRange<Double>, Double)] = [
      (.segmented, [0.3, 0.2, -0.9, 2.4], 1.9...3.2, 0.02),
      (.expDecay, [0.86, 2.2, 0.71], 2.4...6.0, 0.005),
      (.powerLaw, [1.7, 400, 0.3], 1e7...1e10, 0.01),
    ]
    for (model, truth, range, sd) in cases {
      let x = (0..<200).map { _ in range.lowerBound + (range.upperBound - range.lowerBound) * stream.uniform() }
      let y = x.map { model.value(at: $0, parameters: truth) + stream.gaussian(sd: sd) }
      let fit = try model.fit(x: x, y: y)
      for j in truth.indices {
        #expect(
          abs(fit.estimates[j] - truth[j]) < 4 * fit.standardErrors[j],
          "\(model) \(fit.parameterNames[j]): \(fit.estimates[j])")
      }
    }
  }
}
