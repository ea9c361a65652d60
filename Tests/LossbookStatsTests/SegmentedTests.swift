import Foundation
import Testing

@testable import LossbookStats

/// `segmented` and `hinge` against R's segmented package (frozen by
/// Scripts/reference/make_segmented_fixtures.R): the same breakpoint to 1e-4 wherever R
/// reaches the global optimum, and the global optimum where R stops at a local one.
@Suite struct SegmentedTests {
  @Test(arguments: [("basic", SegmentedFixture.segBasic), ("weighted", SegmentedFixture.segWeighted)])
  func segmentedMatchesR(name: String, reference: SegmentedFixture) throws {
    let fit = try BuiltinModel.segmented.fit(x: reference.x, y: reference.y, weights: reference.weights)
    #expect(fit.parameterNames == ["b0", "b1", "b2", "psi"])
    #expect(abs(fit.estimates[3] - reference.psi) < 1e-4, "\(name): psi \(fit.estimates[3]) vs R \(reference.psi)")
    for j in 0..<3 {
      #expect(abs(fit.estimates[j] - reference.coefficients[j]) < 1e-4, "\(name): \(fit.parameterNames[j])")
    }
    #expect(fit.rss <= reference.rss * (1 + 1e-9), "\(name): RSS \(fit.rss) vs R \(reference.rss)")
    #expect(relativeError(fit.rss, reference.rss) < 1e-6)
  }

  @Test func hingeMatchesR() throws {
    let reference = SegmentedFixture.hingeBasic
    let fit = try BuiltinModel.hinge.fit(x: reference.x, y: reference.y)
    #expect(abs(fit.estimates[2] - reference.psi) < 1e-4, "eta \(fit.estimates[2]) vs R \(reference.psi)")
    #expect(abs(fit.estimates[0] - reference.coefficients[0]) < 1e-4)
    #expect(abs(fit.estimates[1] - reference.coefficients[1]) < 1e-4)
    #expect(relativeError(fit.rss, reference.rss) < 1e-6)
  }

  /// R from psi = 2.9 without restarts converges to a local optimum near 3.0; lossbook's exact
  /// profile finds the global one near 2.2 (which R reaches only with bootstrap restarts).
  @Test func findsTheGlobalOptimumWhereRStopsAtALocalOne() throws {
    let local = SegmentedFixture.segTrap
    let restarted = SegmentedFixture.segTrapRestarted
    let fit = try BuiltinModel.segmented.fit(x: local.x, y: local.y)
    #expect(abs(local.psi - 3.0) < 0.1)
    #expect(abs(fit.estimates[3] - 2.2) < 0.1, "psi \(fit.estimates[3])")
    #expect(fit.rss < local.rss / 1.5, "lossbook RSS \(fit.rss), R local \(local.rss)")
    // Every breakpoint on a fine grid does no better than lossbook's.
    let profile = try SegmentedProfile(x: local.x, y: local.y)
    for gap in profile.gaps {
      for j in 0...20 {
        let psi = gap.lower + (gap.upper - gap.lower) * Double(j) / 20
        #expect(profile.rss(at: psi) >= fit.rss * (1 - 1e-12))
      }
    }
    if restarted.rss <= fit.rss * (1 + 1e-9) {
      #expect(abs(fit.estimates[3] - restarted.psi) < 1e-4)
    } else {
      #expect(fit.rss < restarted.rss, "R's restarts also stop short: \(restarted.psi), RSS \(restarted.rss)")
    }
  }

  @Test func profileMatchesOrdinaryLeastSquaresAtAnyBreakpoint() throws {
    let reference = SegmentedFixture.segWeighted
    let profile = try SegmentedProfile(x: reference.x, y: reference.y, weights: reference.weights)
    for psi in [2.05, 2.3971, 2.6, 2.9] {
      let z = reference.x.map { max($0 - psi, 0) }
      let ols = try LinearLeastSquares.fit(
        columns: [reference.x.map { _ in 1 }, reference.x, z], y: reference.y, weights: reference.weights)
      #expect(relativeError(profile.rss(at: psi), ols.rss) < 1e-9, "psi \(psi)")
    }
  }
}
