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

    /// Whether an operand can start with this token.
    var startsOperand: Bool {
        switch kind {
        case .number, .string, .name, .leftParen: return true
        case .keyword(let word): return word == "not"
        case .symbol(let symbol): return symbol == "-" || symbol == "+"
        case .rightParen, .comma, .end: return false
        }
    }

    /// The infix operator this token spells, if any.
    var binaryOperator: ExpressionBinaryOperator? {
        switch kind {
        case .symbol(let symbol): return ExpressionBinaryOperator(rawValue: symbol)
        case .keyword(let word): return word == "not" ? nil : ExpressionBinaryOperator(rawValue: word)
        default: return nil
        }
    }
}
