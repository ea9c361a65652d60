/// Numbers for machines: the results file, CSV side files and SVG coordinates.
extension LossbookNumberFormat {
  /// A number for the results JSON: the shortest text that reads back to the same
  /// `Double` (Swift's `description`), except that integral values below 10¹⁵ are
  /// written without `.0` (`3`, `-12`, and `-0.0` → `0`), and NaN and ±∞ → `null`.
  /// Exponents keep Swift's form, which is valid JSON: `1e-07`, `1e+16`.
  public static func json(_ x: Double) -> String {
    guard x.isFinite else { return "null" }
    return shortest(x)
  }

  /// A number for a CSV cell: like `json(_:)`, but a non-finite value is an empty field
  /// (the missing value that R, pandas and spreadsheets all read).
  public static func csv(_ x: Double) -> String {
    guard x.isFinite else { return "" }
    return shortest(x)
  }

  private static func shortest(_ x: Double) -> String {
    if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
    return x.description
  }

  /// An SVG coordinate: rounded to 2 decimals (half away from zero), trailing zeros
  /// dropped, `-0` → `0`, non-finite → `0`: `12.5`, `3`, `-0.07`.
  public static func coordinate(_ x: Double) -> String {
    guard x.isFinite else { return "0" }
    let hundredths = (x * 100).rounded()
    guard abs(hundredths) < 9e15 else { return x.description }
    let n = Int64(hundredths)
    if n == 0 { return "0" }
    let magnitude = n.magnitude
    let whole = magnitude / 100
    let fraction = magnitude % 100
    var text = n < 0 ? "-" + String(whole) : String(whole)
    if fraction != 0 {
      text += fraction % 10 == 0 ? "." + String(fraction / 10) : (fraction < 10 ? ".0" : ".") + String(fraction)
    }
    return text
  }
}
