/// The unit words of `si` in one language: which powers of ten have a suffix, and from which
/// exponent the exponent form takes over. The values are the language's (its catalogue's
/// `largeNumberUnits`, in LossbookWords); this module only applies them.
public struct LargeNumberUnits: Sendable, Equatable {
  /// One unit: its power of ten and its suffix.
  public struct Unit: Sendable, Equatable {
    public let power: Int
    public let suffix: String

    public init(power: Int, suffix: String) {
      self.power = power
      self.suffix = suffix
    }
  }

  /// The units, in increasing power.
  public let units: [Unit]
  /// The smallest decimal exponent written in exponent form rather than with the largest unit.
  public let exponentFormFrom: Int

  public init(_ units: [Unit], exponentFormFrom: Int) {
    self.units = units
    self.exponentFormFrom = exponentFormFrom
  }
}

/// `si`: large counts (parameters, tokens, FLOPs) with a unit word.
extension LossbookNumberFormat {
  /// `si` with this formatter's units; see `format(_:style:)`.
  func si(_ x: Double) -> String {
    let d = DecimalDigits(magnitude: x, significant: 3)
    if d.isZero { return "0" }
    let body: String
    if d.exponent >= units.exponentFormFrom || d.exponent < -4 {
      body = d.scientific(trimTrailingZeros: true)
    } else if let unit = units.units.last(where: { $0.power <= d.exponent }) {
      let shifted = DecimalDigits(digits: d.digits, exponent: d.exponent - unit.power)
      body = shifted.positional(trimTrailingZeros: true) + unit.suffix
    } else {
      body = d.positional(trimTrailingZeros: true)
    }
    return Self.signed(body, negative: x < 0)
  }
}
