/// A range of `Character`s in the expression text.
public struct ExpressionSpan: Sendable, Equatable, Hashable {
  /// 0-based `Character` offset.
  public var offset: Int
  /// Length in `Character`s.
  public var length: Int

  /// Creates a span.
  public init(offset: Int, length: Int) {
    self.offset = offset
    self.length = length
  }

  /// The offset one past the last character.
  public var end: Int { offset + length }

  /// The smallest span covering `start..<end`.
  init(from start: Int, to end: Int) {
    self.init(offset: start, length: max(0, end - start))
  }
}

/// A prefix operator.
public enum ExpressionUnaryOperator: String, Sendable, Equatable, CaseIterable {
  case negate = "-"
  case plus = "+"
  case not = "not"
}

/// An infix operator.
public enum ExpressionBinaryOperator: String, Sendable, Equatable, CaseIterable {
  case or = "or"
  case and = "and"
  case less = "<"
  case lessOrEqual = "<="
  case greater = ">"
  case greaterOrEqual = ">="
  case equal = "=="
  case notEqual = "!="
  case add = "+"
  case subtract = "-"
  case multiply = "*"
  case divide = "/"
  case power = "^"

  /// Binding strength, low to high: `or` 1, `and` 2, (`not` 3), comparisons 4, `+ -` 5, `* /` 6, (unary minus 7), `^` 8.
  public var precedence: Int {
    switch self {
    case .or: return 1
    case .and: return 2
    case .less, .lessOrEqual, .greater, .greaterOrEqual, .equal, .notEqual: return 4
    case .add, .subtract: return 5
    case .multiply, .divide: return 6
    case .power: return 8
    }
  }

  /// Whether this is one of `< <= > >= == !=`.
  public var isComparison: Bool { precedence == 4 }

  /// Whether the operator is spelled as a word (`and`, `or`).
  public var isWord: Bool { self == .and || self == .or }
}

/// A named constant: `pi` or `e`.
public enum ExpressionConstant: String, Sendable, Equatable, CaseIterable {
  case pi
  case e

  /// The constant's value.
  public var value: Double {
    switch self {
    case .pi: return Double.pi
    case .e: return 2.718281828459045
    }
  }
}

/// A node of a parsed expression; every node carries the source span it was parsed from.
///
/// The span of a parenthesised sub-expression excludes the parentheses; a binary
/// node's span runs from the start of its left operand (including any opening
/// parenthesis) to the end of its right operand.
public indirect enum ExpressionNode: Sendable, Equatable {
  /// A number literal, size suffix already applied (`300M` is `3e8`).
  case number(Double, ExpressionSpan)
  /// A double-quoted string literal, escapes already resolved.
  case string(String, ExpressionSpan)
  /// `pi` or `e`.
  case constant(ExpressionConstant, ExpressionSpan)
  /// A name or dotted path, resolved at evaluation time.
  case reference(ExpressionReference)
  /// `-x`, `+x` or `not x`.
  case unary(ExpressionUnaryOperator, ExpressionNode, ExpressionSpan)
  /// `lhs op rhs`.
  case binary(ExpressionBinaryOperator, ExpressionNode, ExpressionNode, ExpressionSpan)
  /// A call of a built-in function; the arity has been checked.
  case call(ExpressionFunction, [ExpressionNode], ExpressionSpan)

  /// The source span of this node.
  public var span: ExpressionSpan {
    switch self {
    case .number(_, let span), .string(_, let span), .constant(_, let span),
      .unary(_, _, let span), .binary(_, _, _, let span), .call(_, _, let span):
      return span
    case .reference(let reference):
      return reference.span
    }
  }
}
