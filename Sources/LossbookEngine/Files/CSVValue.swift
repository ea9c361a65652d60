/// What a CSV cell holds: a number, a missing value, or text.
///
/// Parsing is locale-independent and strict. After trimming ASCII spaces and tabs:
/// - missing: empty, `NA`, `N/A`, `NaN` (any case, optional sign);
/// - number: an optional sign, decimal digits with an optional `.` fraction (`2.385`, `.5`, `3.`),
///   an optional exponent (`-1e-4`), or `inf`/`infinity` (any case); instead of an exponent, one
///   size suffix `K`/`k` (10³), `M` (10⁶), `B` (10⁹) or `T` (10¹²), as in `1.5B`;
/// - text: anything else, including `1,5`, `0x10`, `1_000` and `1e3K`.
public enum CSVValue: Sendable, Equatable {
  /// A finite or infinite number.
  case number(Double)
  /// An empty cell or a missing-value marker.
  case missing
  /// Anything that is neither.
  case text

  /// The number in `cell`, or nil when it is missing or text.
  public static func number(_ cell: String) -> Double? {
    if case .number(let value) = classify(cell) { return value }
    return nil
  }

  /// Classifies one cell.
  public static func classify(_ cell: String) -> CSVValue {
    var copy = cell
    return copy.withUTF8 { classify(bytes: $0) }
  }

  /// Classifies a cell given as UTF-8 bytes.
  static func classify(bytes: UnsafeBufferPointer<UInt8>) -> CSVValue {
    var start = 0
    var end = bytes.count
    while start < end && isBlank(bytes[start]) { start += 1 }
    while end > start && isBlank(bytes[end - 1]) { end -= 1 }
    let text = UnsafeBufferPointer(rebasing: bytes[start..<end])
    if text.isEmpty { return .missing }
    if matches(text, "na") || matches(text, "n/a") { return .missing }
    var body = text
    var negative = false
    if let first = text.first, first == plus || first == minus {
      negative = first == minus
      body = UnsafeBufferPointer(rebasing: text.dropFirst())
    }
    if matches(body, "nan") { return .missing }
    if matches(body, "inf") || matches(body, "infinity") { return .number(negative ? -.infinity : .infinity) }
    return decimal(text, signLength: text.count - body.count)
  }

  /// Parses `[sign] digits [. digits] [e [sign] digits | suffix]`.
  private static func decimal(_ text: UnsafeBufferPointer<UInt8>, signLength: Int) -> CSVValue {
    var index = signLength
    var digits = 0
    while index < text.count && isDigit(text[index]) {
      index += 1
      digits += 1
    }
    if index < text.count && text[index] == dot {
      index += 1
      while index < text.count && isDigit(text[index]) {
        index += 1
        digits += 1
      }
    }
    if digits == 0 { return .text }
    let mantissaEnd = index
    var suffixExponent = 0
    if index < text.count && (text[index] == e || text[index] == upperE) {
      index += 1
      if index < text.count && (text[index] == plus || text[index] == minus) { index += 1 }
      let exponentStart = index
      while index < text.count && isDigit(text[index]) { index += 1 }
      if index == exponentStart { return .text }
    } else if index < text.count, let exponent = suffix(text[index]) {
      suffixExponent = exponent
      index += 1
    }
    if index != text.count { return .text }
    var literal = String(decoding: UnsafeBufferPointer(rebasing: text[0..<mantissaEnd]), as: UTF8.self)
    if suffixExponent > 0 {
      literal += "e\(suffixExponent)"
    } else {
      literal = String(decoding: text, as: UTF8.self)
    }
    guard let value = Double(literal) else { return .text }
    return .number(value)
  }

  /// The power of ten for a size suffix, or nil.
  private static func suffix(_ byte: UInt8) -> Int? {
    switch byte {
    case UInt8(ascii: "K"), UInt8(ascii: "k"): return 3
    case UInt8(ascii: "M"): return 6
    case UInt8(ascii: "B"): return 9
    case UInt8(ascii: "T"): return 12
    default: return nil
    }
  }

  /// True when `bytes` spells `word` (lowercase ASCII) in any case.
  private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
    guard bytes.count == word.utf8CodeUnitCount else { return false }
    let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
    for (byte, wanted) in zip(bytes, expected) {
      let folded = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
      if folded != wanted { return false }
    }
    return true
  }

  private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
  private static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
  private static let plus = UInt8(ascii: "+")
  private static let minus = UInt8(ascii: "-")
  private static let dot = UInt8(ascii: ".")
  private static let e = UInt8(ascii: "e")
  private static let upperE = UInt8(ascii: "E")
}
