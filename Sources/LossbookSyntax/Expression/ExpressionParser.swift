/// Precedence-climbing parser from tokens to an `ExpressionNode` tree.
///
/// Precedence, low to high: `or`, `and`, `not`, comparisons (non-associative),
/// `+ -`, `* /`, unary `- +`, `^` (right-associative; its right operand may carry a
/// unary sign, so `2^-1` is `0.5` and `-2^2` is `-4`).
///
/// Recursion is bounded: both the parser's recursion depth and the height of the
/// resulting tree are limited to `Expression.nestingLimit` levels below the top.
struct ExpressionParser {
    /// What a parse function produces: the node plus its extent in the text
    /// (including any parentheses around it) and its height in levels.
    private struct Parsed {
        var node: ExpressionNode
        var start: Int
        var end: Int
        var levels: Int
    }

    private let tokens: [ExpressionToken]
    private var index = 0
    private var depth = 0

    init(tokens: [ExpressionToken]) {
        self.tokens = tokens
    }

    /// Parses the whole token stream into one expression.
    mutating func parse() throws(ExpressionError) -> ExpressionNode {
        let first = current
        if first.kind == .end {
            throw ExpressionError("expression is empty", offset: 0, length: first.offset)
        }
        guard first.startsOperand else { throw unexpected(first) }
        let parsed = try parseExpression(minPrecedence: 1)
        let rest = current
        guard rest.kind == .end else { throw unexpected(rest) }
        return parsed.node
    }

    // MARK: - Token access

    private var current: ExpressionToken {
        // The lexer always ends the stream with `.end`; never step past it.
        tokens[Swift.min(index, tokens.count - 1)]
    }

    private mutating func advance() -> ExpressionToken {
        let token = current
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    private func unexpected(_ token: ExpressionToken) -> ExpressionError {
        ExpressionError("unexpected '\(token.text)'", offset: token.offset, length: Swift.max(1, token.length))
    }

    private func tooDeep(at token: ExpressionToken) -> ExpressionError {
        ExpressionError(
            "expression is nested too deeply (the limit is \(Expression.nestingLimit) levels)",
            offset: token.offset, length: Swift.max(1, token.length))
    }

    /// Ensures an operand follows `previous` (an operator, `(` or `,`).
    private func expectOperand(after previous: ExpressionToken) throws(ExpressionError) {
        guard current.startsOperand else {
            throw ExpressionError(
                "expected an expression after '\(previous.text)'", offset: previous.offset, length: previous.length)
        }
    }

    // MARK: - Grammar

    private mutating func parseExpression(minPrecedence: Int) throws(ExpressionError) -> Parsed {
        depth += 1
        defer { depth -= 1 }
        if depth - 1 > Expression.nestingLimit { throw tooDeep(at: current) }

        var lhs = try parsePrefix(minPrecedence: minPrecedence)
        var sawComparison = false
        while let op = current.binaryOperator, op.precedence >= minPrecedence {
            let opToken = current
            if op.isComparison {
                if sawComparison {
                    throw ExpressionError(
                        "comparisons cannot be chained; use 'and'", offset: opToken.offset, length: opToken.length)
                }
                sawComparison = true
            } else if op.precedence < 4 {
                sawComparison = false
            }
            _ = advance()
            try expectOperand(after: opToken)
            // `^` is right-associative and accepts a signed exponent; the rest are left-associative.
            let rhs = try parseExpression(minPrecedence: op == .power ? 7 : op.precedence + 1)
            let levels = Swift.max(lhs.levels, rhs.levels) + 1
            if levels > Expression.nestingLimit { throw tooDeep(at: opToken) }
            let span = ExpressionSpan(from: lhs.start, to: rhs.end)
            lhs = Parsed(node: .binary(op, lhs.node, rhs.node, span), start: lhs.start, end: rhs.end, levels: levels)
        }
        return lhs
    }

    private mutating func parsePrefix(minPrecedence: Int) throws(ExpressionError) -> Parsed {
        let token = current
        let op: ExpressionUnaryOperator
        let operandPrecedence: Int
        switch token.kind {
        case .keyword("not"):
            guard minPrecedence <= 3 else {
                throw ExpressionError(
                    "'not' must be parenthesised here, as in '(not x)'", offset: token.offset, length: token.length)
            }
            op = .not
            operandPrecedence = 3
        case .symbol("-"):
            op = .negate
            operandPrecedence = 7
        case .symbol("+"):
            op = .plus
            operandPrecedence = 7
        default:
            return try parsePrimary()
        }
        _ = advance()
        try expectOperand(after: token)
        let operand = try parseExpression(minPrecedence: operandPrecedence)
        let levels = operand.levels + 1
        if levels > Expression.nestingLimit { throw tooDeep(at: token) }
        let span = ExpressionSpan(from: token.offset, to: operand.end)
        return Parsed(node: .unary(op, operand.node, span), start: token.offset, end: operand.end, levels: levels)
    }

    private mutating func parsePrimary() throws(ExpressionError) -> Parsed {
        let token = advance()
        let end = token.offset + token.length
        switch token.kind {
        case .number(let value):
            return Parsed(node: .number(value, token.span), start: token.offset, end: end, levels: 0)
        case .string(let value):
            return Parsed(node: .string(value, token.span), start: token.offset, end: end, levels: 0)
        case .name(let path):
            if current.kind == .leftParen {
                return try parseCall(name: token, path: path)
            }
            if path.count == 1, let constant = ExpressionConstant(rawValue: path[0]) {
                return Parsed(node: .constant(constant, token.span), start: token.offset, end: end, levels: 0)
            }
            let reference = ExpressionReference(path: path, offset: token.offset, length: token.length)
            return Parsed(node: .reference(reference), start: token.offset, end: end, levels: 0)
        case .leftParen:
            try expectOperand(after: token)
            let inner = try parseExpression(minPrecedence: 1)
            let close = try expectClose(opening: token)
            return Parsed(node: inner.node, start: token.offset, end: close.offset + 1, levels: inner.levels)
        default:
            throw unexpected(token)
        }
    }

    private mutating func expectClose(opening: ExpressionToken) throws(ExpressionError) -> ExpressionToken {
        let token = current
        switch token.kind {
        case .rightParen:
            return advance()
        case .end:
            throw ExpressionError("expected ')' to close '('", offset: opening.offset, length: 1)
        default:
            throw ExpressionError(
                "expected ')' to close '(', found '\(token.text)'", offset: token.offset, length: token.length)
        }
    }

    private mutating func parseCall(name: ExpressionToken, path: [String]) throws(ExpressionError) -> Parsed {
        let written = path.joined(separator: ".")
        guard path.count == 1, let function = ExpressionFunction(rawValue: written) else {
            var message = "unknown function '\(written)'"
            if let suggestion = Suggestion.closest(to: written, among: ExpressionFunction.names) {
                message += "; did you mean '\(suggestion)'?"
            }
            throw ExpressionError(message, offset: name.offset, length: name.length)
        }
        let open = advance()
        var arguments: [Parsed] = []
        var previous = open
        if current.kind == .rightParen {
            previous = advance()
        } else {
            while true {
                try expectOperand(after: previous)
                arguments.append(try parseExpression(minPrecedence: 1))
                let separator = current
                if separator.kind == .comma {
                    previous = advance()
                    continue
                }
                if separator.kind == .rightParen {
                    previous = advance()
                    break
                }
                if separator.kind == .end {
                    throw ExpressionError("expected ')' to close '('", offset: open.offset, length: 1)
                }
                throw ExpressionError(
                    "expected ',' or ')' in the call to '\(written)', found '\(separator.text)'",
                    offset: separator.offset, length: separator.length)
            }
        }
        let end = previous.offset + previous.length
        let span = ExpressionSpan(from: name.offset, to: end)
        guard function.arity.accepts(arguments.count) else {
            throw ExpressionError(function.arityMessage(got: arguments.count), at: span)
        }
        let levels = (arguments.map(\.levels).max() ?? 0) + 1
        if levels > Expression.nestingLimit { throw tooDeep(at: name) }
        return Parsed(node: .call(function, arguments.map(\.node), span), start: name.offset, end: end, levels: levels)
    }
}
