import LossbookCore
import LossbookWords
import Testing

@testable import LossbookRender

/// Intervals get the decimals that keep a named reference value on its true side of each end
/// and the two ends apart (issue 11: "2.19 to 2.20" next to a truth of 2.20 it misses).
@Suite struct IntervalDigitsTests {
  let en = LossbookNumberFormat(language: .en)

  @Test func anIntervalThatMissesTheTruthShowsIt() {
    // Without a reference, two decimals keep the ends apart; the truth 2.2 needs three.
    #expect(en.formatRangeEnds(lower: 2.190, upper: 2.199, digits: 2) == ("2.19", "2.20"))
    #expect(en.formatRangeEnds(lower: 2.190, upper: 2.199, digits: 2, references: [2.2]) == ("2.190", "2.199"))
    #expect(en.formatRangeEnds(lower: 2.190, upper: 2.1992, digits: 2, references: [2.2]) == ("2.190", "2.199"))
    // Just above the truth: 2.2004 must not print as 2.200.
    #expect(
      en.formatInterval(estimate: 2.205, lower: 2.2004, upper: 2.2109, digits: 3, references: [2.2])
        == "2.2050 [2.2004, 2.2109]")
  }

  @Test func aCoveringIntervalKeepsItsDigits() {
    #expect(en.formatRangeEnds(lower: 2.187, upper: 2.214, digits: 2, references: [2.2]) == ("2.19", "2.21"))
    #expect(en.formatInterval(estimate: 2.201, lower: 2.193, upper: 2.208, references: [2.2]) == "2.20 [2.19, 2.21]")
    // A reference equal to an end is on neither side: no extra digits.
    #expect(en.formatRangeEnds(lower: 2.2, upper: 2.26, digits: 2, references: [2.2]) == ("2.20", "2.26"))
  }

  /// An estimate named next to its interval never prints like one of its ends.
  @Test func theEstimateStaysInside() {
    #expect(
      en.formatInterval(estimate: 2.2061, lower: 2.1995, upper: 2.2117, references: [2.2061])
        == "2.206 [2.200, 2.212]")
  }

  @Test func theDecimalsAreBoundedAndIgnoreNonFiniteValues() {
    #expect(LossbookNumberFormat.separatingDecimals(lower: 1, upper: 1 + 1e-14, references: [], minimum: 2) == 10)
    #expect(LossbookNumberFormat.separatingDecimals(lower: .nan, upper: 2, references: [1], minimum: 3) == 3)
    #expect(LossbookNumberFormat.separatingDecimals(lower: 1, upper: 2, references: [.infinity], minimum: 1) == 1)
  }
}
