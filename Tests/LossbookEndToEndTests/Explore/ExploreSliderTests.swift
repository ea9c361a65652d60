import Foundation
import Testing

@testable import LossbookBlocks

/// A range input snaps its value to min + k·step, so every slider's grid must hold the task's
/// own value exactly, or the browser would re-simulate a different task than the report's.
@Suite struct ExploreSliderTests {
  typealias Slider = ExploreResult.Slider

  @Test(
    arguments: [
      (2.2037, 1.9, 2.8, 0.01), (1234, 10, 2000, 10), (0.9, 0, 3, 0.05), (2.2, 1.94, 2.76, 0.01), (5, 10, 2000, 10),
    ] as [(Double, Double, Double, Double)])
  func theValueIsOnTheGrid(_ c: (Double, Double, Double, Double)) {
    let (value, lo, hi, step) = c
    let s = Slider(control: .eta, min: lo, max: hi, step: step, value: value, text: "").anchored
    #expect(s.positions.contains(value), "\(value) on \(s.min)...\(s.max) by \(step)")
    #expect(s.min <= value && value <= s.max)
    #expect(s.min >= Swift.min(lo, value) - 1e-12 && s.max <= Swift.max(hi, value) + 1e-12, "inside the asked range")
    #expect(s.max - s.min >= Swift.min(hi - lo, 0) - step, "about as wide as asked")
    // Written with at most nine decimals, so the browser's decimal grid lands on the value.
    for end in [s.min, s.max] { #expect(((end * 1e9).rounded() / 1e9) == end) }
  }

  @Test func aGridAlreadyHoldingTheValueIsUnchanged() {
    let s = Slider(control: .eta, min: 1.94, max: 2.76, step: 0.01, value: 2.2, text: "").anchored
    #expect(s.min == 1.94 && s.max == 2.76)
  }
}
