/// The result of evaluating an expression or looking up a reference: a number or a string.
public enum ExpressionValue: Sendable, Equatable {
  case number(Double)
  case string(String)

  /// The number, or `nil` for a string.
  public var asNumber: Double? {
    if case .number(let value) = self { return value }
    return nil
  }

  /// The string, or `nil` for a number.
  public var asString: String? {
    if case .string(let value) = self { return value }
    return nil
  }

  /// Whether the value counts as true: a nonzero number (NaN included). Strings are never true.
  public var isTruthy: Bool {
    if case .number(let value) = self { return value != 0 }
    return false
  }
}

extension ExpressionValue: CustomStringConvertible {
  /// Numbers print like canonical number literals; strings print quoted.
  public var description: String {
    switch self {
    case .number(let value): return ExpressionFormatting.number(value)
    case .string(let value): return ExpressionFormatting.quoted(value)
    }
  }
}
