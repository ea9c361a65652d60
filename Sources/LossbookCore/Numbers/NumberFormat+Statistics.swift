import Foundation

/// p-values, estimates with intervals, and ranges in prose.
extension LossbookNumberFormat {
  /// A p-value with its relation sign, the same in en and ja:
  /// - below 0.001: `p < 0.001`;
  /// - from 0.9995: `p > 0.999`;
  /// - otherwise `p = ` and the value with 2 significant digits but at least 3 decimals
  ///   (0.023 → `p = 0.023`, 0.5 → `p = 0.500`, 0.1234 → `p = 0.123`, 0.0012 → `p = 0.0012`);
  /// - NaN → `p = NaN`.
  public func pValueText(_ p: Double) -> String {
    guard p.isFinite else { return "p = " + Self.nonFinite(p) }
    if p < 0.001 { return "p < 0.001" }
    if p >= 0.9995 { return "p > 0.999" }
    let d = DecimalDigits(magnitude: p, significant: 2)
    return "p = " + Self.fixed(p, decimals: max(3, 1 - d.exponent))
  }

  /// An estimate with its interval, `2.19 [2.17, 2.22]`, in both languages (tables and
  /// details keep the bracket form so that they stay machine-checkable).
  ///
  /// - Parameter digits: decimals for all three numbers; `nil` chooses them from the
  ///   interval's width (one significant digit of the width: width 0.05 → 2 decimals),
  ///   or 3 significant digits of the estimate when the width is zero or not finite;
  ///   clamped to 0...6.
  /// - Parameter references: values the report names next to the interval (a true threshold,
  ///   a tested one); more decimals are used until each lies visibly on its true side of each
  ///   end, and the two ends print differently (``separatingDecimals(lower:upper:references:minimum:)``).
  public func formatInterval(
    estimate: Double, lower: Double, upper: Double, digits: Int? = nil, references: [Double] = []
  ) -> String {
    let d = Self.separatingDecimals(
      lower: lower, upper: upper, references: references,
      minimum: digits ?? Self.intervalDecimals(estimate: estimate, lower: lower, upper: upper))
    return "\(Self.fixedOrSpecial(estimate, d)) [\(Self.fixedOrSpecial(lower, d)), \(Self.fixedOrSpecial(upper, d))]"
  }

  /// The two ends of a range in running text, with the decimals that tell them apart (the
  /// words between them, "2.17 to 2.22", are the catalogue's `PageMessage.range`).
  /// `digits` and `references` as in `formatInterval`.
  public func formatRangeEnds(lower: Double, upper: Double, digits: Int? = nil, references: [Double] = []) -> (
    lower: String, upper: String
  ) {
    let d = Self.separatingDecimals(
      lower: lower, upper: upper, references: references,
      minimum: digits ?? Self.intervalDecimals(estimate: lower, lower: lower, upper: upper))
    return (Self.fixedOrSpecial(lower, d), Self.fixedOrSpecial(upper, d))
  }

  static func fixedOrSpecial(_ x: Double, _ decimals: Int) -> String {
    x.isFinite ? fixed(x, decimals: decimals) : nonFinite(x)
  }

  /// The decimals that show an interval's width with one significant digit.
  static func intervalDecimals(estimate: Double, lower: Double, upper: Double) -> Int {
    let width = upper - lower
    if width.isFinite && width > 0 {
      return min(max(-DecimalDigits(magnitude: width, significant: 1).exponent, 0), 6)
    }
    if estimate.isFinite && estimate != 0 {
      return min(max(2 - DecimalDigits(magnitude: estimate, significant: 3).exponent, 0), 6)
    }
    return 2
  }
}
