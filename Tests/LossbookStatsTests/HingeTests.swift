import Foundation
import Testing

@testable import LossbookStats

/// The hinge against an independent exhaustive global search (SciPy fixtures), and the
/// reason it is profiled: a local solver from a naive start stops in a worse optimum.
@Suite struct HingeTests {
  @Test(arguments: [ReferenceFixture.hingeBasic, .hingeWeighted, .hingeTrap])
  func matchesTheGlobalSearch(reference: ReferenceFixture) throws {
    let fit = try BuiltinModel.hinge.fit(x: reference.x, y: reference.y, weights: reference.weights)
    #expect(fit.parameterNames == ["r", "k", "eta"])
    for j in 0..<3 {
      #expect(relativeError(fit.estimates[j], reference.estimates[j]) < 1e-6, "\(fit.parameterNames[j])")
      #expect(relativeError(fit.standardErrors[j], reference.standardErrors[j]) < 1e-4, "SE \(fit.parameterNames[j])")
    }
    #expect(relativeError(fit.rss, reference.rss) < 1e-9)
    #expect(fit.converged)
  }

  @Test func aLocalSolverFromANaiveStartStopsInAWorseOptimum() throws {
    let reference = ReferenceFixture.hingeTrap
    let local = try NonlinearLeastSquares().fit(
      HingeModel.nonlinearModel(x: reference.x), y: reference.y,
      start: ReferenceFixture.hingeTrapNaiveStart)
    #expect(local.rss > 1.5 * reference.rss)
    #expect(abs(local.parameters[2] - reference.estimates[2]) > 0.5)
    let global = try BuiltinModel.hinge.fit(x: reference.x, y: reference.y)
    #expect(relativeError(global.rss, reference.rss) < 1e-9)
    #expect(abs(global.estimates[2] - 2.121) < 0.001)
  }

  @Test func profileMinimumMatchesBruteForceAndBrent() throws {
    let reference = ReferenceFixture.hingeWeighted
    let profile = try HingeProfile(x: reference.x, y: reference.y, weights: reference.weights)
    let minimum = profile.minimum()
    // Brute force: 200 thresholds per allowed gap.
    var bruteForce = Double.infinity
    for gap in profile.gaps {
      for j in 0...200 {
        let eta = gap.lower + (gap.upper - gap.lower) * Double(j) / 200
        bruteForce = min(bruteForce, profile.rss(at: eta))
      }
    }
    #expect(minimum.rss <= bruteForce)
    #expect(relativeError(minimum.rss, bruteForce) < 1e-6)
    // Brent's method inside the winning gap lands on the closed-form stationary point.
    let gap = try #require(profile.gaps.first { $0.lower < minimum.eta && minimum.eta < $0.upper })
    let brent = try BrentMinimizer.minimize(
      lower: gap.lower, upper: gap.upper, guess: (gap.lower + minimum.eta) / 2 + 1e-4
    ) {
      profile.rss(at: $0)
    }
    #expect(abs(brent.x - minimum.eta) < 1e-6)
    #expect(relativeError(brent.value, minimum.rss) < 1e-12)
    #expect(!minimum.onBoundary)
  }

  @Test func profileMatchesOrdinaryLeastSquaresAtAnyThreshold() throws {
    let reference = ReferenceFixture.hingeBasic
    let profile = try HingeProfile(x: reference.x, y: reference.y)
    for eta in [1.95, 2.2, 2.4137, 2.9] {
      let z = reference.x.map { max(eta - $0, 0) }
      let line = try SimpleRegression(x: z, y: reference.y)
      #expect(relativeError(profile.rss(at: eta), line.rss) < 1e-9)
    }
  }

  @Test func profileCurveCoversTheAllowedRangeInOrder() throws {
    let reference = ReferenceFixture.hingeBasic
    let points = try hingeProfile(x: reference.x, y: reference.y, minSide: 5, pointsPerGap: 4)
    let sorted = reference.x.sorted()
    #expect(points.first?.eta == sorted[4])
    #expect(points.last?.eta == sorted[sorted.count - 5])
    #expect(zip(points, points.dropFirst()).allSatisfy { $0.eta < $1.eta })
    #expect(points.count == 4 * (sorted.count - 9) + 1)
  }

  @Test func thresholdOnTheEdgeOfTheAllowedRangeIsReported() throws {
    // A straight line: the best "threshold" runs to the end of the range.
    let x = (0..<30).map { 1.9 + 0.043 * Double($0) }
    let y = x.map { 1.3 - 0.4 * $0 + 0.001 * sin(17 * $0) }
    let fit = try BuiltinModel.hinge.fit(x: x, y: y)
    #expect(fit.status.kind == .atBound)
    #expect(fit.status.parameter == "eta" && fit.status.side == .high)
    #expect(fit.status.reason == .noThresholdInside)
    #expect(fit.estimates[2] == x[x.count - 5], "the threshold sits at the last allowed gap's upper end")
    #expect(fit.standardErrors[2].isNaN, "a threshold on its bound has no standard error")
    #expect(fit.standardErrors[0].isFinite && fit.standardErrors[1].isFinite)
  }

  @Test func tooFewPointsPerSide() {
    let x: [Double] = [1, 2, 3, 4, 5, 6, 7, 8, 9]
    let y: [Double] = [5, 4, 3, 2, 1, 1, 1, 1.1, 1]
    #expect(throws: FitError.notEnoughPointsPerSide(minSide: 5)) {
      try BuiltinModel.hinge.fit(x: x, y: y)
    }
    #expect(throws: FitError.notEnoughPointsPerSide(minSide: 5)) {
      try HingeProfile(x: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2], y: (0..<11).map(Double.init))
    }
  }
}
