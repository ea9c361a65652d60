import Testing

@testable import LossbookEngine

/// Holm and Benjamini-Hochberg against values computed by hand from their definitions (the
/// same numbers R's `p.adjust` gives; R was not run for this test, the comments show the call).
@Suite struct PValueAdjustmentTests {
  /// Six p-values with a tie (0.04 twice), out of order.
  let p = [0.01, 0.04, 0.03, 0.005, 0.2, 0.04]

  /// Sorted: 0.005, 0.01, 0.03, 0.04, 0.04, 0.2; Holm multiplies by 6, 5, 4, 3, 2, 1:
  /// 0.03, 0.05, 0.12, 0.12, 0.08, 0.2, then the running maximum: 0.03, 0.05, 0.12, 0.12, 0.12, 0.2.
  @Test func holmMatchesTheHandComputation() {
    // p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.2, 0.04), method = "holm")
    let expected = [0.05, 0.12, 0.12, 0.03, 0.2, 0.12]
    let got = PValueAdjustment.holm.adjust(p)
    for (g, e) in zip(got, expected) { #expect(abs(g - e) < 1e-15, "\(got)") }
  }

  /// Benjamini-Hochberg multiplies the i-th smallest by 6 / i: 0.03, 0.03, 0.06, 0.06, 0.048,
  /// 0.2, then the running minimum from the largest: 0.03, 0.03, 0.048, 0.048, 0.048, 0.2.
  @Test func benjaminiHochbergMatchesTheHandComputation() {
    // p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.2, 0.04), method = "BH")
    let expected = [0.03, 0.048, 0.048, 0.03, 0.2, 0.048]
    let got = PValueAdjustment.bh.adjust(p)
    for (g, e) in zip(got, expected) { #expect(abs(g - e) < 1e-15, "\(got)") }
  }

  @Test func noneLeavesThePValuesAndCapsNothing() {
    #expect(PValueAdjustment.none.adjust(p) == p)
  }

  /// Adjusted values never exceed 1, and a NaN is not a member of the family: it stays NaN and
  /// the others are adjusted as a family of the finite ones.
  @Test func capsAtOneAndLeavesNaNOut() {
    // p.adjust(c(0.5, NA, 0.4), "holm") gives 0.8, NA, 0.8 (R's n = number of non-NA values).
    let got = PValueAdjustment.holm.adjust([0.5, .nan, 0.4])
    #expect(got[0] == 0.8 && got[1].isNaN && got[2] == 0.8)
    #expect(PValueAdjustment.holm.adjust([0.6, 0.7]) == [1, 1])
    #expect(PValueAdjustment.bh.adjust([0.9, 0.95, 1.0]) == [1, 1, 1])
  }

  /// The result does not depend on the order of the family.
  @Test func orderDoesNotMatter() {
    for method in PValueAdjustment.allCases {
      let forward = method.adjust(p)
      let backward = method.adjust(p.reversed())
      #expect(forward == Array(backward.reversed()), "\(method)")
    }
  }
}
