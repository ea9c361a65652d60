/// Printing of numbers and strings in canonical form.
enum ExpressionFormatting {
  /// Formats a number so that it parses back to the same value: integers
  /// below 1e15 without a fraction (`300000000`), others in Swift's shortest form.
  static func number(_ value: Double) -> String {
    if value.isFinite, value == value.rounded(), Swift.abs(value) < 1e15 {
      return String(Int64(value))
    }
    return value.description
  }

  /// Double-quotes a string, escaping `"` and `\`.
  static func quoted(_ value: String) -> String {
    var result = "\""
    for c in value {
      if c == "\"" || c == "\\" { result.append("\\") }
      result.append(c)
    }
    result.append("\"")
    return result
  }

  /// A short quoted rendering of a string for error messages (at most 30 characters of content).
  static func quotedForMessage(_ value: String) -> String {
    guard value.count > 30 else { return quoted(value) }
    return quoted(String(value.prefix(30)) + "…")
  }
}
