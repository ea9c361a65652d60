import Testing

@testable import LossbookEngine

/// Locale-independent cell classification.
@Suite("CSVValue")
struct CSVValueTests {
  @Test(
    "numbers",
    arguments: [
      ("2.385", 2.385), ("-1e-4", -1e-4), ("+3", 3), (".5", 0.5), ("3.", 3), ("  42\t", 42),
      ("1E3", 1000), ("1.5B", 1.5e9), ("2.385B", 2.385e9), ("10k", 1e4), ("10K", 1e4), ("7M", 7e6),
      ("1T", 1e12), ("-0.5K", -500), ("0", 0), ("1e400", .infinity),
    ] as [(String, Double)])
  func numbers(cell: String, expected: Double) {
    #expect(CSVValue.classify(cell) == .number(expected))
    #expect(CSVValue.number(cell) == expected)
  }

  @Test("infinities")
  func infinities() {
    for cell in ["inf", "Inf", "+INF", "infinity", "Infinity"] {
      #expect(CSVValue.classify(cell) == .number(.infinity))
    }
    #expect(CSVValue.classify("-inf") == .number(-.infinity))
  }

  @Test("missing values", arguments: ["", "   ", "NA", "na", "N/A", "NaN", "nan", "-nan", "NAN"])
  func missing(cell: String) {
    #expect(CSVValue.classify(cell) == .missing)
    #expect(CSVValue.number(cell) == nil)
  }

  @Test(
    "text",
    arguments: [
      "1,5", "0x10", "1_000", "1e3K", "1.5b", "1.5m", "abc", "1.2.3", "e5", "1e", "1e+", "+", "-", ".",
      "--1", "1 000", "nan(1)", "infx", "NA!", "\u{FF11}", "1KB", "٣",
    ])
  func text(cell: String) {
    #expect(CSVValue.classify(cell) == .text)
  }
}
