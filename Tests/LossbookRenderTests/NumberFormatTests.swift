import LossbookWords
import Testing

@testable import LossbookCore
@testable import LossbookRender

@Suite struct NumberFormatTests {
  static let en = LossbookNumberFormat(language: .en)
  static let ja = LossbookNumberFormat(language: .ja)

  struct Case: CustomTestStringConvertible, Sendable {
    var value: Double
    var style: NumberStyle
    var en: String
    var ja: String?
    var testDescription: String { "\(value) \(style) → \(en)" }
  }

  static let cases: [Case] = [
    // fixed: correct rounding of the binary value, ties to even; no negative zero.
    Case(value: 2.19, style: .fixed(3), en: "2.190"),
    Case(value: 0.125, style: .fixed(2), en: "0.12"),
    Case(value: 0.375, style: .fixed(2), en: "0.38"),
    Case(value: 2.675, style: .fixed(2), en: "2.67"),
    Case(value: 1.005, style: .fixed(2), en: "1.00"),
    Case(value: 0.135, style: .fixed(2), en: "0.14"),
    Case(value: 2.5, style: .fixed(0), en: "2"),
    Case(value: -1.5, style: .fixed(1), en: "-1.5"),
    Case(value: -0.001, style: .fixed(2), en: "0.00"),
    Case(value: -0.0, style: .fixed(0), en: "0"),
    Case(value: 1234567.891, style: .fixed(1), en: "1234567.9"),
    // significant
    Case(value: 2.19, style: .significant(3), en: "2.19"),
    Case(value: 2.2, style: .significant(3), en: "2.2"),
    Case(value: 0.000123456, style: .significant(3), en: "0.000123"),
    Case(value: 0.00001234, style: .significant(3), en: "1.23e-5"),
    Case(value: 123456, style: .significant(3), en: "123000"),
    Case(value: 1_234_567, style: .significant(3), en: "1.23e6"),
    Case(value: 999999, style: .significant(3), en: "1e6"),
    Case(value: -0.5, style: .significant(2), en: "-0.5"),
    Case(value: 0, style: .significant(3), en: "0"),
    // automatic
    Case(value: 2.19, style: .automatic, en: "2.19"),
    Case(value: 1.0 / 3.0, style: .automatic, en: "0.3333"),
    Case(value: 3, style: .automatic, en: "3"),
    Case(value: 100, style: .automatic, en: "100"),
    Case(value: 12_345_678, style: .automatic, en: "1.235e7"),
    Case(value: 0.00012, style: .automatic, en: "0.00012"),
    Case(value: 0.00001, style: .automatic, en: "1e-5"),
    Case(value: -0.0, style: .automatic, en: "0"),
    Case(value: -2.5, style: .automatic, en: "-2.5"),
    // percent
    Case(value: 0.25, style: .percent(nil), en: "25%"),
    Case(value: 0.2534, style: .percent(nil), en: "25.3%"),
    Case(value: 0.2534, style: .percent(1), en: "25.3%"),
    Case(value: 0.25, style: .percent(1), en: "25.0%"),
    Case(value: 1, style: .percent(nil), en: "100%"),
    Case(value: 0.005, style: .percent(nil), en: "0.5%"),
    Case(value: 0.255, style: .percent(0), en: "26%"),
    Case(value: -0.25, style: .percent(nil), en: "-25%"),
    Case(value: -0.00004, style: .percent(nil), en: "0%"),
    // scientific
    Case(value: 1.08e23, style: .scientific(nil), en: "1.08e23"),
    Case(value: 1.1e23, style: .scientific(nil), en: "1.1e23"),
    Case(value: 0.000025, style: .scientific(nil), en: "2.5e-5"),
    Case(value: 12345, style: .scientific(2), en: "1.23e4"),
    Case(value: 1, style: .scientific(2), en: "1.00e0"),
    Case(value: -1.08e23, style: .scientific(1), en: "-1.1e23"),
    Case(value: 0, style: .scientific(nil), en: "0"),
    // si: en K M B T; ja 万 億 兆; 3 significant digits
    Case(value: 3e8, style: .si, en: "300M", ja: "3億"),
    Case(value: 5.4e8, style: .si, en: "540M", ja: "5.4億"),
    Case(value: 1.5e9, style: .si, en: "1.5B", ja: "15億"),
    Case(value: 6e9, style: .si, en: "6B", ja: "60億"),
    Case(value: 32e9, style: .si, en: "32B", ja: "320億"),
    Case(value: 2e12, style: .si, en: "2T", ja: "2兆"),
    Case(value: 2e4, style: .si, en: "20K", ja: "2万"),
    Case(value: 5e7, style: .si, en: "50M", ja: "5000万"),
    Case(value: 1234, style: .si, en: "1.23K", ja: "1230"),
    Case(value: 999, style: .si, en: "999", ja: "999"),
    Case(value: 999.6e6, style: .si, en: "1B", ja: "10億"),
    Case(value: 2.5, style: .si, en: "2.5", ja: "2.5"),
    Case(value: 0, style: .si, en: "0", ja: "0"),
    Case(value: -1.5e9, style: .si, en: "-1.5B", ja: "-15億"),
    Case(value: 999e12, style: .si, en: "999T", ja: "999兆"),
    Case(value: 1e15, style: .si, en: "1e15", ja: "1000兆"),
    Case(value: 1.08e23, style: .si, en: "1.08e23", ja: "1.08e23"),
    // integer
    Case(value: 1000, style: .integer, en: "1,000"),
    Case(value: 999, style: .integer, en: "999"),
    Case(value: 1_234_567, style: .integer, en: "1,234,567"),
    Case(value: -12345.6, style: .integer, en: "-12,346"),
    Case(value: 2.5, style: .integer, en: "2"),
    Case(value: 3.5, style: .integer, en: "4"),
    Case(value: -0.4, style: .integer, en: "0"),
    // p-values
    Case(value: 0.0004, style: .pValue, en: "p < 0.001"),
    Case(value: 0.023, style: .pValue, en: "p = 0.023"),
    Case(value: 0.0234, style: .pValue, en: "p = 0.023"),
    Case(value: 0.5, style: .pValue, en: "p = 0.500"),
    Case(value: 0.1234, style: .pValue, en: "p = 0.123"),
    Case(value: 0.0012, style: .pValue, en: "p = 0.0012"),
    Case(value: 0.001, style: .pValue, en: "p = 0.0010"),
    Case(value: 0.00996, style: .pValue, en: "p = 0.010"),
    Case(value: 0.04999, style: .pValue, en: "p = 0.050"),
    Case(value: 0.999, style: .pValue, en: "p = 0.999"),
    Case(value: 0.9996, style: .pValue, en: "p > 0.999"),
    Case(value: 1, style: .pValue, en: "p > 0.999"),
    Case(value: .nan, style: .pValue, en: "p = NaN"),
    // a lone estimate in ci style
    Case(value: 2.1934, style: .estimateWithInterval, en: "2.19"),
    // non-finite values, in any style
    Case(value: .nan, style: .fixed(2), en: "NaN", ja: "NaN"),
    Case(value: .infinity, style: .automatic, en: "inf"),
    Case(value: -.infinity, style: .si, en: "-inf", ja: "-inf"),
    Case(value: .nan, style: .percent(nil), en: "NaN"),
  ]

  @Test(arguments: cases)
  func formats(_ c: Case) {
    #expect(Self.en.format(c.value, style: c.style) == c.en)
    // Japanese differs only where a case says so (si).
    #expect(Self.ja.format(c.value, style: c.style) == (c.ja ?? c.en))
  }

  @Test func formatsIntervals() {
    #expect(Self.en.formatInterval(estimate: 2.19, lower: 2.17, upper: 2.22) == "2.19 [2.17, 2.22]")
    #expect(Self.ja.formatInterval(estimate: 2.19, lower: 2.17, upper: 2.22) == "2.19 [2.17, 2.22]")
    #expect(Self.en.formatInterval(estimate: 2.19, lower: 2.17, upper: 2.22, digits: 3) == "2.190 [2.170, 2.220]")
    #expect(Self.en.formatInterval(estimate: 25.3, lower: 24.1, upper: 26.0) == "25 [24, 26]")
    #expect(Self.en.formatInterval(estimate: 0.5, lower: 0.5, upper: 0.5) == "0.500 [0.500, 0.500]")
    #expect(Self.en.formatInterval(estimate: 2.19, lower: .nan, upper: 2.22) == "2.19 [NaN, 2.22]")
    #expect(Self.en.formatInterval(estimate: -0.001, lower: -0.02, upper: 0.01) == "0.00 [-0.02, 0.01]")
  }

  @Test func formatsRangesInProse() {
    #expect(Self.en.formatRangeEnds(lower: 2.17, upper: 2.22) == ("2.17", "2.22"))
    #expect(Self.ja.formatRangeEnds(lower: 2.17, upper: 2.22) == ("2.17", "2.22"))
    // Asked for 1 decimal, the ends would print alike ("2.2 to 2.2"): they get 2 (issue 11).
    #expect(Self.en.formatRangeEnds(lower: 2.17, upper: 2.22, digits: 1) == ("2.17", "2.22"))
  }

  @Test func parsesInlineSpecs() {
    let accepted: [(String, NumberStyle)] = [
      (".3f", .fixed(3)), (".0f", .fixed(0)), (".20f", .fixed(20)), (".2g", .significant(2)),
      ("%", .percent(nil)), (".1%", .percent(1)), ("sci", .scientific(nil)), (".2sci", .scientific(2)),
      ("si", .si), ("int", .integer), ("p", .pValue), ("ci", .estimateWithInterval), ("auto", .automatic),
      ("  .3f ", .fixed(3)),
    ]
    for (spec, style) in accepted {
      #expect(LossbookNumberFormat.parseStyle(spec) == style, "\(spec)")
    }
    for spec in ["", ".f", ".123f", ".0g", ".21f", "3f", ".3F", "SI", "pct", ".3x", "..3f", ".3 f", ".-1f", "%%"] {
      #expect(LossbookNumberFormat.parseStyle(spec) == nil, "\(spec)")
    }
  }

  @Test func writesJSONNumbers() {
    let cases: [(Double, String)] = [
      (3, "3"), (-0.0, "0"), (-12, "-12"), (0.1, "0.1"), (2.5, "2.5"), (1.0 / 3.0, "0.3333333333333333"),
      (1e-7, "1e-07"), (123_456_789_012, "123456789012"), (1e16, "1e+16"), (.nan, "null"), (.infinity, "null"),
      (-.infinity, "null"),
    ]
    for (x, text) in cases { #expect(LossbookNumberFormat.json(x) == text, "\(x)") }
    #expect(LossbookNumberFormat.csv(.nan) == "")
    #expect(LossbookNumberFormat.csv(3) == "3")
  }

  @Test func writesCoordinates() {
    let cases: [(Double, String)] = [
      (12.3456, "12.35"), (3, "3"), (3.1, "3.1"), (-0.004, "0"), (-0.0, "0"), (-0.07, "-0.07"), (0.05, "0.05"),
      (100.009, "100.01"), (-12.5, "-12.5"), (1.999, "2"), (720, "720"), (.nan, "0"),
    ]
    for (x, text) in cases { #expect(LossbookNumberFormat.coordinate(x) == text, "\(x)") }
  }

  @Test func decimalDigitsPlaceThePoint() {
    #expect(DecimalDigits(magnitude: 0.00123, significant: 3).positional(trimTrailingZeros: true) == "0.00123")
    #expect(DecimalDigits(magnitude: 1200, significant: 4).positional(trimTrailingZeros: false) == "1200")
    #expect(DecimalDigits(magnitude: 12, significant: 4).positional(trimTrailingZeros: false) == "12.00")
    #expect(DecimalDigits(magnitude: 2.5e-5, significant: 2).scientific(trimTrailingZeros: true) == "2.5e-5")
  }
}
