import Foundation
import Testing

@testable import LossbookBlocks

/// The teaching presets (TEACHING X8) are computed from the task's own values.
@Suite struct ExplorePresetTests {
  static let loss = 1.91...2.63
  static let hinge = ExploreState(shape: .hinge(random: 0.25, eta: 2.2, slope: 0.9, ceiling: 0.9), items: 1000)
  static let all: [ExploreSpec.Control] = [.eta, .slope, .items]

  func state(_ p: ExploreSpec.Preset, _ own: ExploreState = hinge, controls: [ExploreSpec.Control] = all)
    -> ExploreState?
  {
    try? ExplorePresets.state(p, own: own, controls: controls, loss: Self.loss).get()
  }

  @Test func emergentIsTheTasksOwnHinge() {
    #expect(state(.emergent) == Self.hinge)
    let logistic = ExploreState(shape: .logistic(random: 0.25, ceiling: 0.9, mid: 2.3, width: 0.15), items: 1000)
    #expect(state(.emergent, logistic, controls: [.mid, .items]) == nil)
    #expect(state(.smooth, logistic, controls: [.mid, .items]) == logistic)
  }

  @Test func smoothSpansTheLossRangeToTheSameTopScore() throws {
    let s = try #require(state(.smooth))
    guard case .logistic(let r, _, let mid, let width) = s.shape else {
      Issue.record("not a logistic: \(s)")
      return
    }
    #expect(r == 0.25)
    #expect(abs(mid - 2.27) < 1e-12)
    #expect(abs(width - 0.18) < 1e-12)
    let top = Self.hinge.shape.probability(loss: Self.loss.lowerBound)
    #expect(abs(s.shape.probability(loss: Self.loss.lowerBound) - top) < 1e-12)
    // Already above guessing at the highest loss: no flat stretch.
    #expect(s.shape.probability(loss: Self.loss.upperBound) > 0.25 + 0.02)
    #expect(s.items == 1000)
  }

  @Test func mirageIsExactMatchOfFiveTokensEndingWhereTheTaskEnds() throws {
    let s = try #require(state(.mirage))
    guard case .exactMatch(let m, let rate, let floor) = s.shape else {
      Issue.record("not exact match: \(s)")
      return
    }
    #expect(m == 5)
    let top = Self.hinge.shape.probability(loss: Self.loss.lowerBound)
    #expect(abs(s.shape.probability(loss: Self.loss.lowerBound) - top) < 1e-12)
    // The per-token probability starts at the guessing level: exact match starts at 0.25^5.
    #expect(abs(exp(-rate * (Self.loss.upperBound - floor)) - 0.25) < 1e-12)
    #expect(s.shape.probability(loss: Self.loss.upperBound) < 0.001)
    #expect(s.shape.random == 0)
  }

  @Test func fewQuestionsIsOneHundredQuestions() {
    #expect(state(.fewQuestions) == ExploreState(shape: Self.hinge.shape, items: 100))
    #expect(state(.fewQuestions, controls: [.eta, .slope]) == nil, "needs the items control")
    #expect(
      state(.fewQuestions, ExploreState(shape: Self.hinge.shape, items: 100)) == nil, "100 questions are not fewer")
  }

  @Test func aTaskThatNeverRisesHasNoSmoothOrMirage() {
    let flat = ExploreState(shape: .hinge(random: 0.25, eta: 1.5, slope: 0.9, ceiling: 0.9), items: 1000)
    #expect(state(.smooth, flat) == nil)
    #expect(state(.mirage, flat) == nil)
    #expect(state(.emergent, flat) == flat)
  }

  @Test func aSliderSetsItsOwnParameterOnly() {
    let s = Self.hinge.setting(.eta, to: 2.31).setting(.items, to: 100).setting(.mid, to: 2)
    #expect(s == ExploreState(shape: .hinge(random: 0.25, eta: 2.31, slope: 0.9, ceiling: 0.9), items: 100))
    #expect(s.value(of: .eta) == 2.31)
    #expect(s.value(of: .mid) == nil)
  }
}
