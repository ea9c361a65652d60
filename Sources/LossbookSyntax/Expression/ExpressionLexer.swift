/// Splits expression text into tokens.
///
/// Names: a bare name is `[A-Za-z_][A-Za-z0-9_]*` and never contains `-`, so `a-b`
/// is a subtraction. A dotted path `a.b.c` is one name; components after the first
/// may also be digit strings (`fit.params.0`). A component may contain single `-`
/// characters between letters/digits (`mmlu-fit`) only when it is followed by a dot
/// and a component starting with a letter or `_`: `x-y.z` is the path
/// `["x-y", "z"]`, while `a.b-c`, `loss-1.5` and `a-b.0` are subtractions.
struct ExpressionLexer {
  private let chars: [Character]
  private var position = 0

  init(_ text: String) {
    chars = Array(text)
  }

  /// Tokenises the whole text; the last token is always `.end`.
  mutating func tokenize() throws(ExpressionError) -> [ExpressionToken] {
    var tokens: [ExpressionToken] = []
    while true {
      let token = try next()
      tokens.append(token)
      if token.kind == .end { return tokens }
    }
  }

  private func char(_ index: Int) -> Character? {
    index >= 0 && index < chars.count ? chars[index] : nil
  }

  private func text(_ start: Int, _ end: Int) -> String {
    String(chars[start..<end])
  }

  private func token(_ kind: ExpressionToken.Kind, _ start: Int, _ end: Int) -> ExpressionToken {
    ExpressionToken(kind: kind, text: text(start, end), offset: start, length: end - start)
  }

  private mutating func next() throws(ExpressionError) -> ExpressionToken {
    while let c = char(position), c.isWhitespace { position += 1 }
    let start = position
    guard let c = char(start) else {
      return ExpressionToken(kind: .end, text: "", offset: start, length: 0)
    }
    if Self.isDigit(c) || (c == "." && Self.isDigit(char(start + 1))) {
      return try lexNumber()
    }
    if Self.isNameStart(c) {
      return try lexName()
    }
    if c == "\"" {
      return try lexString()
    }
    return try lexSymbol(c)
  }

  // MARK: - Symbols

  private mutating func lexSymbol(_ c: Character) throws(ExpressionError) -> ExpressionToken {
    let start = position
    let pair = char(start + 1).map { String(c) + String($0) } ?? String(c)
    if pair.count == 2, let op = ExpressionBinaryOperator(rawValue: pair) {  // <= >= == !=
      position += 2
      return token(.infix(op), start, position)
    }
    switch pair {
    case "**":
      throw ExpressionError(.doubleStar, offset: start, length: 2)
    case "&&":
      throw ExpressionError(.doubleAmpersand, offset: start, length: 2)
    case "||":
      throw ExpressionError(.doublePipe, offset: start, length: 2)
    default:
      break
    }
    position += 1
    if let op = ExpressionBinaryOperator(rawValue: String(c)), !op.isWord {  // + - * / ^ < >
      return token(.infix(op), start, position)
    }
    switch c {
    case "(":
      return token(.leftParen, start, position)
    case ")":
      return token(.rightParen, start, position)
    case ",":
      return token(.comma, start, position)
    case "=":
      throw ExpressionError(.singleEquals, offset: start, length: 1)
    case "!":
      throw ExpressionError(.bang, offset: start, length: 1)
    default:
      throw ExpressionError(.unexpectedCharacter(String(c)), offset: start, length: 1)
    }
  }

  // MARK: - Numbers

  private mutating func lexNumber() throws(ExpressionError) -> ExpressionToken {
    let start = position
    var end = start
    while let c = char(end), Self.isDigit(c) || c == "." { end += 1 }
    let mantissa = text(start, end)
    var exponent = ""
    if let e = char(end), e == "e" || e == "E" {
      var k = end + 1
      if let sign = char(k), sign == "+" || sign == "-" { k += 1 }
      if Self.isDigit(char(k)) {
        while Self.isDigit(char(k)) { k += 1 }
        exponent = text(end, k)
        end = k
      }
    }
    var multiplier = 1.0
    if let suffix = char(end), let scale = Self.sizeSuffixes[suffix] {
      multiplier = scale
      end += 1
    }
    let junkStart = end
    while let c = char(end), Self.isNameChar(c) || c == "." { end += 1 }
    let written = text(start, end)
    position = end
    if end > junkStart {
      let suffixHint = char(junkStart).map { "kmbt".contains($0) } == true && multiplier == 1
      throw ExpressionError(.malformedNumber(written, suffixHint: suffixHint), offset: start, length: end - start)
    }
    let dots = mantissa.filter { $0 == "." }.count
    guard dots <= 1, mantissa.last != ".", let parsed = Double(mantissa + exponent) else {
      throw ExpressionError(.malformedNumber(written, suffixHint: false), offset: start, length: end - start)
    }
    let value = parsed * multiplier
    guard value.isFinite else {
      throw ExpressionError(.numberTooLarge(written), offset: start, length: end - start)
    }
    return token(.number(value), start, end)
  }

  private static let sizeSuffixes: [Character: Double] = ["K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12]

  // MARK: - Names

  private mutating func lexName() throws(ExpressionError) -> ExpressionToken {
    let start = position
    var components: [String] = []
    var componentStart = start
    while true {
      var end = nameRun(from: componentStart)
      // Try to extend the component with `-part` segments; keep them only
      // when a dot and a name-start character follow.
      var extended = end
      while char(extended) == "-", let next = char(extended + 1), Self.isNameChar(next) {
        extended = nameRun(from: extended + 1)
      }
      if extended > end, char(extended) == ".", Self.isNameStart(char(extended + 1)) {
        end = extended
      }
      components.append(text(componentStart, end))
      guard char(end) == "." else {
        position = end
        break
      }
      guard let next = char(end + 1), Self.isNameChar(next) else {
        throw ExpressionError(.nameExpectedAfterDot(in: text(start, end + 1)), offset: end, length: 1)
      }
      componentStart = end + 1
    }
    if components.count == 1 {
      switch components[0] {
      case "not": return token(.not, start, position)
      case "and": return token(.infix(.and), start, position)
      case "or": return token(.infix(.or), start, position)
      default: break
      }
    }
    return token(.name(components), start, position)
  }

  /// The end of the run of `[A-Za-z0-9_]` starting at `index`.
  private func nameRun(from index: Int) -> Int {
    var end = index
    while let c = char(end), Self.isNameChar(c) { end += 1 }
    return end
  }

  // MARK: - Strings

  private mutating func lexString() throws(ExpressionError) -> ExpressionToken {
    let start = position
    var value = ""
    var index = start + 1
    while let c = char(index) {
      if c == "\"" {
        position = index + 1
        return token(.string(value), start, position)
      }
      if c == "\\" {
        guard let escaped = char(index + 1) else { break }
        guard escaped == "\"" || escaped == "\\" else {
          throw ExpressionError(.unknownEscape(String(escaped)), offset: index, length: 2)
        }
        value.append(escaped)
        index += 2
        continue
      }
      value.append(c)
      index += 1
    }
    throw ExpressionError(.unterminatedString, offset: start, length: chars.count - start)
  }

  // MARK: - Character classes (ASCII only)

  static func isDigit(_ c: Character?) -> Bool {
    guard let a = c?.asciiValue else { return false }
    return a >= 48 && a <= 57
  }

  static func isNameStart(_ c: Character?) -> Bool {
    guard let a = c?.asciiValue else { return false }
    return (a >= 65 && a <= 90) || (a >= 97 && a <= 122) || a == 95
  }

  static func isNameChar(_ c: Character) -> Bool {
    isNameStart(c) || isDigit(c)
  }
}
