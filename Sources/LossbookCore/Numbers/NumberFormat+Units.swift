/// `si`: large counts (parameters, tokens, FLOPs) with a unit word.
extension LossbookNumberFormat {
  /// One unit: its power of ten and its suffix.
  private typealias Unit = (power: Int, suffix: String)

  private static let englishUnits: [Unit] = [(3, "K"), (6, "M"), (9, "B"), (12, "T")]
  private static let japaneseUnits: [Unit] = [(4, "万"), (8, "億"), (12, "兆")]

  /// `si` for this formatter's language; see `format(_:style:)`.
  func si(_ x: Double) -> String {
    let d = DecimalDigits(magnitude: x, significant: 3)
    if d.isZero { return "0" }
    let units = language == .ja ? Self.japaneseUnits : Self.englishUnits
    let limit = language == .ja ? 16 : 15
    let body: String
    if d.exponent >= limit || d.exponent < -4 {
      body = d.scientific(trimTrailingZeros: true)
    } else if let unit = units.last(where: { $0.power <= d.exponent }) {
      let shifted = DecimalDigits(digits: d.digits, exponent: d.exponent - unit.power)
      body = shifted.positional(trimTrailingZeros: true) + unit.suffix
    } else {
      body = d.positional(trimTrailingZeros: true)
    }
    return Self.signed(body, negative: x < 0)
  }
}
