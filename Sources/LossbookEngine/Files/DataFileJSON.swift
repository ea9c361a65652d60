import LossbookCore
import LossbookWords

/// Parses the JSON text of a data file (RFC 8259) into a ``JSONValue``, keeping object members in
/// the order written, so columns come out in the file's order.
///
/// Numbers go through Swift's correctly rounded `Double(String)`, so every decimal in the file reads
/// back as the nearest double (the same number Python's `json` module wrote). Nesting deeper than
/// ``maxDepth`` is an error, never a stack overflow. Errors carry the line and column.
public struct DataFileJSON {
  /// The deepest nesting of arrays and objects accepted.
  public static let maxDepth = 64

  private let bytes: UnsafeBufferPointer<UInt8>
  private var index: Int
  private let start: Int

  /// Parses one JSON value filling all of `bytes` (blank space around it allowed).
  public static func parse(_ bytes: [UInt8]) throws(CSVError) -> JSONValue {
    try bytes.withUnsafeBufferPointer { buffer throws(CSVError) in
      var parser = DataFileJSON(buffer, from: DataFileText.textStart(buffer))
      let value = try parser.value(depth: 0)
      parser.skipBlank()
      if parser.index < buffer.count { throw parser.error(.textAfterJSON, at: parser.index) }
      return value
    }
  }

  /// Parses JSON lines: one value per non-empty line, with the 1-based line each came from.
  public static func parseLines(_ bytes: [UInt8]) throws(CSVError) -> [(line: Int, value: JSONValue)] {
    try bytes.withUnsafeBufferPointer { buffer throws(CSVError) in
      var parser = DataFileJSON(buffer, from: DataFileText.textStart(buffer))
      var out: [(line: Int, value: JSONValue)] = []
      var line = 1
      while parser.index < buffer.count {
        parser.skipSpacesAndTabs()
        if parser.index < buffer.count, buffer[parser.index] == Self.lf || buffer[parser.index] == Self.cr {
          parser.index += 1
          if buffer[parser.index - 1] == Self.lf { line += 1 }
          continue
        }
        if parser.index >= buffer.count { break }
        let value = try parser.value(depth: 0)
        parser.skipSpacesAndTabs()
        if parser.index < buffer.count, buffer[parser.index] == Self.cr { parser.index += 1 }
        if parser.index < buffer.count {
          guard buffer[parser.index] == Self.lf else {
            throw parser.error(.textAfterJSONLine, at: parser.index)
          }
          parser.index += 1
        }
        out.append((line, value))
        line += 1
      }
      return out
    }
  }

  /// A parser over `bytes`, starting at `start` (after any byte-order mark).
  private init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) {
    self.bytes = bytes
    self.index = start
    self.start = start
  }

  /// One value of any kind, at most `depth` levels down.
  private mutating func value(depth: Int) throws(CSVError) -> JSONValue {
    skipBlank()
    guard index < bytes.count else { throw error(.jsonEndsEarly, at: index) }
    switch bytes[index] {
    case UInt8(ascii: "{"): return try object(depth: depth + 1)
    case UInt8(ascii: "["): return try array(depth: depth + 1)
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "t"): return try literal("true", .bool(true))
    case UInt8(ascii: "f"): return try literal("false", .bool(false))
    case UInt8(ascii: "n"): return try literal("null", .null)
    case UInt8(ascii: "N"): return try literal("NaN", .number(.nan))
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "I"): return try number()
    default:
      throw error(.jsonValueExpected, at: index)
    }
  }

  /// An object; members keep their written order; a repeated name is an error.
  private mutating func object(depth: Int) throws(CSVError) -> JSONValue {
    if depth > Self.maxDepth { throw error(.jsonTooDeep(levels: Self.maxDepth), at: index) }
    index += 1
    var members: [(String, JSONValue)] = []
    var seen: Set<String> = []
    skipBlank()
    if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
      index += 1
      return .object([])
    }
    while true {
      skipBlank()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
        throw error(.memberNameExpected, at: index)
      }
      let keyStart = index
      let key = try string()
      if !seen.insert(key).inserted { throw error(.memberNameTwice(key), at: keyStart) }
      skipBlank()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
        throw error(.colonExpected, at: index)
      }
      index += 1
      members.append((key, try value(depth: depth)))
      skipBlank()
      guard index < bytes.count else { throw error(.objectNotClosed, at: index) }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "}") {
        index += 1
        return .object(members)
      }
      throw error(.objectCommaExpected, at: index)
    }
  }

  /// An array.
  private mutating func array(depth: Int) throws(CSVError) -> JSONValue {
    if depth > Self.maxDepth { throw error(.jsonTooDeep(levels: Self.maxDepth), at: index) }
    index += 1
    var items: [JSONValue] = []
    skipBlank()
    if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
      index += 1
      return .array([])
    }
    while true {
      items.append(try value(depth: depth))
      skipBlank()
      guard index < bytes.count else { throw error(.arrayNotClosed, at: index) }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "]") {
        index += 1
        return .array(items)
      }
      throw error(.arrayCommaExpected, at: index)
    }
  }

  /// A string starting at its opening quote, with escapes undone.
  private mutating func string() throws(CSVError) -> String {
    let opening = index
    index += 1
    var out: [UInt8] = []
    while true {
      guard index < bytes.count else { throw error(.jsonTextNotClosed, at: opening) }
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        index += 1
        return String(decoding: out, as: UTF8.self)
      }
      if byte < 0x20 { throw error(.controlCharacter, at: index) }
      if byte != UInt8(ascii: "\\") {
        out.append(byte)
        index += 1
        continue
      }
      guard index + 1 < bytes.count else { throw error(.jsonTextNotClosed, at: opening) }
      let escape = bytes[index + 1]
      index += 2
      switch escape {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "u"): out.append(contentsOf: try unicodeEscape())
      default: throw error(.unknownEscape("\\\(Character(Unicode.Scalar(escape)))"), at: index - 2)
      }
    }
  }

  /// The UTF-8 bytes of a `\uXXXX` escape (after the `u`), joining a surrogate pair.
  private mutating func unicodeEscape() throws(CSVError) -> [UInt8] {
    let escapeStart = index - 2
    let high = try hex4()
    var scalarValue = high
    if (0xD800...0xDBFF).contains(high) {
      guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
        throw error(.loneSurrogate, at: escapeStart)
      }
      index += 2
      let low = try hex4()
      guard (0xDC00...0xDFFF).contains(low) else { throw error(.loneSurrogate, at: escapeStart) }
      scalarValue = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
    }
    guard let scalar = Unicode.Scalar(scalarValue) else {
      throw error(.loneSurrogate, at: escapeStart)
    }
    return Array(String(Character(scalar)).utf8)
  }

  /// Four hexadecimal digits.
  private mutating func hex4() throws(CSVError) -> UInt32 {
    guard index + 4 <= bytes.count else { throw error(.unicodeEscapeDigits, at: index) }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let b = bytes[index]
      let digit: UInt32
      switch b {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - UInt8(ascii: "A") + 10)
      default: throw error(.unicodeEscapeDigits, at: index)
      }
      value = value * 16 + digit
      index += 1
    }
    return value
  }

  /// A number in JSON's grammar (plus `NaN`, `Infinity` and `-Infinity`, which Python writes).
  private mutating func number() throws(CSVError) -> JSONValue {
    let numberStart = index
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    if index < bytes.count && bytes[index] == UInt8(ascii: "I") {
      let negative = index > numberStart
      _ = try literal("Infinity", .null)
      return .number(negative ? -.infinity : .infinity)
    }
    let digitsStart = index
    while index < bytes.count && isDigit(bytes[index]) { index += 1 }
    if index == digitsStart { throw error(.numberDigits, at: numberStart) }
    if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
      index += 1
      let fraction = index
      while index < bytes.count && isDigit(bytes[index]) { index += 1 }
      if index == fraction { throw error(.fractionDigits, at: numberStart) }
    }
    if index < bytes.count && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
      index += 1
      if index < bytes.count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) { index += 1 }
      let exponent = index
      while index < bytes.count && isDigit(bytes[index]) { index += 1 }
      if index == exponent { throw error(.exponentDigits, at: numberStart) }
    }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[numberStart..<index]), as: UTF8.self)
    guard let value = Double(text) else { throw error(.notANumber(text), at: numberStart) }
    return .number(value)
  }

  /// A fixed word such as `true`.
  private mutating func literal(_ word: StaticString, _ value: JSONValue) throws(CSVError) -> JSONValue {
    let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
    guard index + expected.count <= bytes.count,
      zip(UnsafeBufferPointer(rebasing: bytes[index..<(index + expected.count)]), expected).allSatisfy({ $0 == $1 })
    else {
      throw error(.jsonValueExpected, at: index)
    }
    index += expected.count
    return value
  }

  /// Skips JSON's blank space: spaces, tabs and line ends.
  private mutating func skipBlank() {
    while index < bytes.count {
      let byte = bytes[index]
      guard byte == 0x20 || byte == 0x09 || byte == Self.lf || byte == Self.cr else { return }
      index += 1
    }
  }

  /// Skips spaces and tabs only (JSON lines keep line ends as separators).
  private mutating func skipSpacesAndTabs() {
    while index < bytes.count && (bytes[index] == 0x20 || bytes[index] == 0x09) { index += 1 }
  }

  /// An error at byte `offset`.
  private func error(_ problem: FileProblem, at offset: Int) -> CSVError {
    let position = CSVSourceMap.position(of: offset, in: bytes, from: start)
    return CSVError(problem, line: position.line, column: position.column)
  }

  /// True for an ASCII digit.
  private func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
  private static let lf = UInt8(ascii: "\n")
  private static let cr = UInt8(ascii: "\r")
}
