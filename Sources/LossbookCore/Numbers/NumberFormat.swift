import Foundation

/// The only place where a `Double` becomes text in a report: deterministic and
/// independent of the process locale.
///
/// Rules shared by every style:
/// - minus is the ASCII hyphen-minus `-`, everywhere (also in SVG tick labels);
/// - a value that rounds to zero is written without a sign (`-0.001` with `.2f` → `0.00`);
/// - NaN → `NaN`, +∞ → `inf`, −∞ → `-inf` (the `p` style prefixes them with `p = `);
/// - rounding is correct rounding of the exact binary value, ties to even, as printf
///   does: 0.125 with `.2f` → `0.12`, 2.675 → `2.67` (2.675 is 2.67499… in binary);
/// - "exponent form" is ASCII `1.2e7` / `3e-5` (no `+`, no leading zeros, no ×10ⁿ);
///   the significant and automatic styles use it only outside 1e-4 ≤ |x| < 1e6.
///
/// Digits come from `String(format:)` with `%f`/`%e`, which is locale-independent
/// because nothing in lossbook calls `setlocale` (PLATFORM-NOTES §8). Never `.formatted()`.
public struct LossbookNumberFormat: Sendable, Equatable {
  /// The report language.
  public let language: ReportLanguage
  /// The language's unit words for `si`.
  public let units: LargeNumberUnits

  /// A formatter for a report in `language` with its `units`; LossbookWords adds
  /// `init(language:)`, which takes the units from the language's catalogue.
  public init(language: ReportLanguage, units: LargeNumberUnits) {
    self.language = language
    self.units = units
  }

  /// Writes `x` in `style`.
  ///
  /// - `fixed(N)`: N decimals (0...20).
  /// - `significant(N)`: N significant digits (1...17), trailing zeros dropped.
  /// - `percent(N)`: 100·x with N decimals and `%`; `percent(nil)` uses one decimal and drops
  ///   it when it is zero (0.25 → `25%`, 0.2534 → `25.3%`). The shift by 100 is exact.
  /// - `scientific(N)`: mantissa with N decimals (`.2sci` → `1.08e23`); `nil`: up to 3
  ///   significant digits, trailing zeros dropped (`1.1e23`, zero → `0`).
  /// - `si`: 3 significant digits, then the largest of `units` that fits (en K M B T, 10³…10¹²:
  ///   `300M`, `1.5B`; Japanese every 10⁴: the catalogues say); below the first unit a plain
  ///   number (3 significant digits); from `units.exponentFormFrom` (en 10¹⁵) the exponent form.
  /// - `integer`: rounded (ties to even), thousands grouped with `,` (`1,000`, `-12,346`).
  /// - `pValue`: see `pValueText(_:)`.
  /// - `estimateWithInterval` on a lone number: 3 significant digits (use `formatInterval`).
  /// - `automatic`: 4 significant digits, trailing zeros dropped (`2.19`, `0.0123`, `1.235e7`).
  public func format(_ x: Double, style: NumberStyle) -> String {
    if style == .pValue { return pValueText(x) }
    guard x.isFinite else { return Self.nonFinite(x) }
    switch style {
    case .fixed(let decimals): return Self.fixed(x, decimals: decimals)
    case .significant(let n): return Self.significant(x, digits: n)
    case .percent(let decimals): return Self.percent(x, decimals: decimals)
    case .scientific(let decimals): return Self.scientific(x, decimals: decimals)
    case .si: return si(x)
    case .integer: return Self.integer(x)
    case .pValue: return pValueText(x)
    case .estimateWithInterval: return Self.significant(x, digits: 3)
    case .automatic: return Self.significant(x, digits: 4)
    }
  }

  // MARK: - The styles that do not depend on the language

  static func nonFinite(_ x: Double) -> String {
    x.isNaN ? "NaN" : (x < 0 ? "-inf" : "inf")
  }

  /// Prefixes `-` when the value was negative and the text is not all zeros.
  static func signed(_ body: String, negative: Bool) -> String {
    negative && body.contains(where: { ("1"..."9").contains($0) }) ? "-" + body : body
  }

  static func fixed(_ x: Double, decimals: Int) -> String {
    let n = min(max(decimals, 0), 20)
    return signed(String(format: "%.\(n)f", abs(x)), negative: x < 0)
  }

  static func significant(_ x: Double, digits: Int) -> String {
    let d = DecimalDigits(magnitude: x, significant: digits)
    if d.isZero { return "0" }
    let body =
      (-4..<6).contains(d.exponent)
      ? d.positional(trimTrailingZeros: true) : d.scientific(trimTrailingZeros: true)
    return signed(body, negative: x < 0)
  }

  static func scientific(_ x: Double, decimals: Int?) -> String {
    guard let decimals else {
      let d = DecimalDigits(magnitude: x, significant: 3)
      if d.isZero { return "0" }
      return signed(d.scientific(trimTrailingZeros: true), negative: x < 0)
    }
    let d = DecimalDigits(magnitude: x, significant: min(max(decimals, 0), 16) + 1)
    return signed(d.scientific(trimTrailingZeros: false), negative: x < 0)
  }

  static func percent(_ x: Double, decimals: Int?) -> String {
    let n = min(max(decimals ?? 1, 0), 18)
    // Round x itself to n + 2 decimals, then move the point two places: exact.
    let text = String(format: "%.\(n + 2)f", abs(x))
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    let fraction = parts.count > 1 ? Array(parts[1]) : []
    var integerPart = String(parts[0]) + String(fraction.prefix(2))
    while integerPart.count > 1 && integerPart.first == "0" { integerPart.removeFirst() }
    var fractionPart = String(fraction.dropFirst(2))
    if decimals == nil && fractionPart.allSatisfy({ $0 == "0" }) { fractionPart = "" }
    let body = fractionPart.isEmpty ? integerPart : integerPart + "." + fractionPart
    return signed(body, negative: x < 0) + "%"
  }

  static func integer(_ x: Double) -> String {
    signed(grouped(String(format: "%.0f", abs(x))), negative: x < 0)
  }

  /// Inserts `,` every three digits from the right: `1234567` → `1,234,567`.
  static func grouped(_ digits: String) -> String {
    let chars = Array(digits)
    var out = ""
    for (i, c) in chars.enumerated() {
      if i > 0 && (chars.count - i) % 3 == 0 { out.append(",") }
      out.append(c)
    }
    return out
  }
}
