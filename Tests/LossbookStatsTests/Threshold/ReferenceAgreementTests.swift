import Foundation
import Testing

@testable import LossbookStats

/// Every threshold method against R (segmented, strucchange), ruptures and brute force, on
/// the frozen fixtures of Scripts/reference/make_threshold_fixtures.{R,py}.
@Suite struct ReferenceAgreementTests {
  @Test(arguments: ThresholdSegmentedFixture.all)
  func daviesMatchesR(reference: ThresholdSegmentedFixture) throws {
    let result = try DaviesTest().run(x: reference.x, y: reference.y)
    #expect(agreesToSignificantDigits(result.p, reference.daviesP, digits: 3), "p \(result.p) vs \(reference.daviesP)")
    #expect(abs(result.best - reference.daviesBest) < 1e-9)
    #expect(result.k == 10)
  }

  @Test(arguments: ThresholdSegmentedFixture.all)
  func cusumMatchesStrucchange(reference: ThresholdSegmentedFixture) throws {
    let result = try OLSCusumTest().run(x: reference.x, y: reference.y)
    #expect(agreesToSignificantDigits(result.statistic, reference.cusumStatistic, digits: 3))
    #expect(agreesToSignificantDigits(result.p, reference.cusumP, digits: 3), "p \(result.p) vs \(reference.cusumP)")
  }

  @Test(arguments: ThresholdSegmentedFixture.all)
  func segmentedThresholdMatchesR(reference: ThresholdSegmentedFixture) throws {
    let fit = try SegmentedThreshold.fit(x: reference.x, y: reference.y)
    // The global optimum is never worse than segmented's iterative one.
    #expect(fit.rss <= reference.segmentedRSS * (1 + 1e-9))
    if relativeError(fit.rss, reference.segmentedRSS) < 1e-7 {
      #expect(abs(fit.psi - reference.psi) < 1e-4, "psi \(fit.psi) vs \(reference.psi)")
      // Without a real break (Davies p > 0.01) b2 is near 0 and SE(psi) = SE(gamma) / |b2|
      // swings with segmented's last iteration; with one, it agrees to 3 digits.
      if reference.daviesP < 0.01 {
        #expect(
          agreesToSignificantDigits(fit.psiStandardError, reference.psiSE, digits: 3),
          "SE \(fit.psiStandardError) vs \(reference.psiSE)")
      }
    }
  }

  @Test(arguments: ChangePointFixture.all)
  func peltMatchesRuptures(reference: ChangePointFixture) throws {
    let sample = try ThresholdSample(x: reference.x, y: reference.y)
    let rule: PeltPenalty = reference.penaltyRule == "mad" ? .standard : .meanSquaredDifferences(multiplier: 2)
    #expect(relativeError(try rule.value(for: sample.y), reference.penalty) < 1e-12)
    for (minSize, expected) in reference.pelt {
      let result = try PeltSegmentation(penalty: .fixed(reference.penalty), minSize: minSize).run(sortedY: sample.y)
      #expect(result.breakpoints == expected, "min_size \(minSize)")
    }
  }

  @Test(arguments: ChangePointFixture.all)
  func binarySegmentationMatchesRuptures(reference: ChangePointFixture) throws {
    let sample = try ThresholdSample(x: reference.x, y: reference.y)
    for (breaks, expected) in reference.binseg {
      let result = try BinarySegmentation(breaks: breaks, minSize: 3).run(sortedY: sample.y)
      #expect(result.breakpoints == expected, "\(breaks) breaks")
    }
  }

  @Test(arguments: ChangePointFixture.all)
  func supFMatchesBruteForce(reference: ChangePointFixture) throws {
    let streams = ReplicateStreams(seed: 1, block: "t", stream: "supf")
    let grid = try SupFTest(options: .init(candidates: .grid(count: 100, from: 0.1, to: 0.9), replicates: 0))
      .run(x: reference.x, y: reference.y, streams: streams)
    #expect(relativeError(grid.statistic, reference.supFGrid) < 1e-9)
    #expect(abs(grid.at - reference.supFGridAt) < 1e-12)
    let gaps = try SupFTest(options: .init(replicates: 0)).run(x: reference.x, y: reference.y, streams: streams)
    // The exact supremum is at least the dense brute force, and barely above it.
    #expect(gaps.statistic >= reference.supFGapsDense * (1 - 1e-8))
    #expect(gaps.statistic <= reference.supFGapsDense * (1 + 1e-3))
    #expect(abs(gaps.at - reference.supFGapsDenseAt) < 0.01)
  }
}
