/// One lexical token of an expression.
struct ExpressionToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case number(Double)
        case string(String)
        /// A bare name (one component) or a dotted path.
        case name([String])
        /// `and`, `or` or `not` written as a bare name.
        case keyword(String)
        /// One of `+ - * / ^ < <= > >= == !=`.
        case symbol(String)
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

    /// The token's role in the grammar, as a small value the parser can test cheaply.
    var role: ExpressionTokenRole {
        switch kind {
        case .number, .string: return .literal
        case .name: return .name
        case .keyword(let word):
            return word == "not" ? .not : ExpressionBinaryOperator(rawValue: word).map { .binary($0) } ?? .end
        case .symbol(let symbol):
            if let op = ExpressionBinaryOperator(rawValue: symbol) { return .binary(op) }
            return .end
        case .leftParen: return .leftParen
        case .rightParen: return .rightParen
        case .comma: return .comma
        case .end: return .end
        }
    }
}

/// What a token does in the grammar. Kept tiny so the recursive parser's stack frames stay small.
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

    /// Whether an operand can start with this token.
    var startsOperand: Bool {
        switch self {
        case .literal, .name, .not, .leftParen, .binary(.add), .binary(.subtract): return true
        default: return false
        }
    }

    /// The infix operator, if this token is one.
    var binaryOperator: ExpressionBinaryOperator? {
        if case .binary(let op) = self { return op }
        return nil
    }
}
