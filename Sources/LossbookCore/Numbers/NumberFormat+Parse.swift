/// The inline format specs of `` `= expr | SPEC` `` (FORMAT.md §2).
extension LossbookNumberFormat {
  /// Parses an inline format spec; surrounding whitespace is ignored. Grammar:
  ///
  /// ```
  /// spec := "." N "f"      fixed(N)        N in 0...20   (.3f)
  ///       | "." N "g"      significant(N)  N in 1...17   (.2g)
  ///       | "%"            percent(nil)
  ///       | "." N "%"      percent(N)      N in 0...20   (.1%)
  ///       | "sci"          scientific(nil)
  ///       | "." N "sci"    scientific(N)   N in 0...16   (.2sci)
  ///       | "si" | "int" | "p" | "ci" | "auto"
  /// N    := one or two ASCII digits
  /// ```
  /// Anything else (including upper case) gives nil, so the caller can report it.
  public static func parseStyle(_ spec: String) -> NumberStyle? {
    let s = Substring(spec.trimmingASCIIWhitespace())
    switch s {
    case "%": return .percent(nil)
    case "sci": return .scientific(nil)
    case "si": return .si
    case "int": return .integer
    case "p": return .pValue
    case "ci": return .estimateWithInterval
    case "auto": return .automatic
    default: break
    }
    guard s.first == "." else { return nil }
    let body = s.dropFirst()
    let digitText = body.prefix(while: { $0.isASCII && $0.isNumber })
    guard (1...2).contains(digitText.count), let n = Int(digitText) else { return nil }
    switch body.dropFirst(digitText.count) {
    case "f" where n <= 20: return .fixed(n)
    case "g" where (1...17).contains(n): return .significant(n)
    case "%" where n <= 20: return .percent(n)
    case "sci" where n <= 16: return .scientific(n)
    default: return nil
    }
  }
}

extension String {
  /// The string without leading and trailing spaces, tabs and line breaks.
  fileprivate func trimmingASCIIWhitespace() -> String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    guard let start = firstIndex(where: { !isSpace($0) }) else { return "" }
    let end = lastIndex(where: { !isSpace($0) })!
    return String(self[start...end])
  }
}
