/// One lexical token of an expression.
struct ExpressionToken: Sendable, Equatable {
  enum Kind: Sendable, Equatable {
    case number(Double)
    case string(String)
    /// A bare name (one component) or a dotted path.
    case name([String])
    /// The keyword `not`.
    case not
    /// An infix operator: `+ - * / ^ < <= > >= == != and or` (`+` and `-` are also prefix operators).
    case infix(ExpressionBinaryOperator)
    case leftParen
    case rightParen
    case comma
    case end
  }

  var kind: Kind
  /// The source text of the token (empty for `.end`).
  var text: String
  var offset: Int
  var length: Int

  var span: ExpressionSpan { ExpressionSpan(offset: offset, length: length) }

  /// The token's role in the grammar.
  var role: ExpressionTokenRole {
    switch kind {
    case .number, .string: return .literal
    case .name: return .name
    case .not: return .not
    case .infix(let op): return .binary(op)
    case .leftParen: return .leftParen
    case .rightParen: return .rightParen
    case .comma: return .comma
    case .end: return .end
    }
  }
}

/// What a token does in the grammar, as a small value the parser can test cheaply.
enum ExpressionTokenRole: Sendable, Equatable {
  case literal
  case name
  case not
  /// An infix operator; `+` and `-` are also prefix operators.
  case binary(ExpressionBinaryOperator)
  case leftParen
  case rightParen
  case comma
  case end
}
