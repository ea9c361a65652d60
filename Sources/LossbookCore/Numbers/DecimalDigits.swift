import Foundation

/// The correctly rounded significant digits of a finite number's magnitude, and its
/// decimal exponent: the raw material of every positional or scientific text.
///
/// The digits come from printf's `%.*e`, which is correctly rounded (ties to even on the
/// exact binary value); the placing of the decimal point is done here, by hand.
struct DecimalDigits: Equatable {
  /// Digit values 0...9; `digits.count` is the number of significant digits.
  var digits: [UInt8]
  /// The power of ten of the first digit: value = d0.d1d2… × 10^exponent.
  var exponent: Int

  init(digits: [UInt8], exponent: Int) {
    self.digits = digits
    self.exponent = exponent
  }

  /// Rounds `|x|` to `significant` digits (1...17). `x` must be finite.
  init(magnitude x: Double, significant: Int) {
    let n = min(max(significant, 1), 17)
    let text = String(format: "%.\(n - 1)e", abs(x))
    var digits: [UInt8] = []
    var exponent = 0
    if let e = text.firstIndex(of: "e") {
      for c in text[..<e] where c.isASCII && c.isNumber {
        digits.append(UInt8(c.asciiValue! - 48))
      }
      exponent = Int(text[text.index(after: e)...]) ?? 0
    }
    self.init(digits: digits.isEmpty ? [0] : digits, exponent: exponent)
  }

  /// True when every digit is zero.
  var isZero: Bool { digits.allSatisfy { $0 == 0 } }

  /// Positional notation: `123.4`, `0.00123`, `1200`.
  func positional(trimTrailingZeros: Bool) -> String {
    var integerDigits: [UInt8]
    var fractionDigits: [UInt8]
    if exponent >= 0 {
      let count = exponent + 1
      integerDigits = Array(digits.prefix(count))
      if integerDigits.count < count {
        integerDigits += Array(repeating: 0, count: count - integerDigits.count)
      }
      fractionDigits = Array(digits.dropFirst(count))
    } else {
      integerDigits = [0]
      fractionDigits = Array(repeating: 0, count: -exponent - 1) + digits
    }
    if trimTrailingZeros {
      while fractionDigits.last == 0 { fractionDigits.removeLast() }
    }
    let integerText = Self.text(integerDigits)
    return fractionDigits.isEmpty ? integerText : integerText + "." + Self.text(fractionDigits)
  }

  /// ASCII scientific notation without `+` or leading exponent zeros: `1.08e23`, `2.5e-5`.
  func scientific(trimTrailingZeros: Bool) -> String {
    var rest = Array(digits.dropFirst())
    if trimTrailingZeros {
      while rest.last == 0 { rest.removeLast() }
    }
    let mantissa = Self.text([digits[0]]) + (rest.isEmpty ? "" : "." + Self.text(rest))
    return mantissa + "e" + String(exponent)
  }

  private static func text(_ digits: [UInt8]) -> String {
    String(decoding: digits.map { $0 + 48 }, as: UTF8.self)
  }
}
