/// An intermediate value during evaluation: a number (plain or dual) or a string.
enum ExpressionEvaluated<Scalar: ExpressionScalar> {
    case number(Scalar)
    case string(String)
}

/// Tree-walking evaluator, generic over plain (`Double`) and dual (`ExpressionDual`) numbers
/// so that values and gradients follow exactly the same rules.
///
/// Rules: arithmetic, `<`-style comparisons, `and`/`or`/`not` and functions need
/// numbers; `==`/`!=` compare two numbers or two strings (a string with a number is
/// an error). Truth values are 1 and 0; any nonzero number, NaN included, is true.
/// `min`/`max` propagate NaN and resolve ties to the earliest argument (which also
/// decides the derivative); `clamp(x, lo, hi)` is `min(max(x, lo), hi)`.
enum ExpressionEvaluator<Scalar: ExpressionScalar> {
    typealias Value = ExpressionEvaluated<Scalar>
    typealias Lookup = (ExpressionReference) throws(ExpressionError) -> Value

    static func evaluate(_ node: ExpressionNode, _ lookup: Lookup) throws(ExpressionError) -> Value {
        switch node {
        case .number(let value, _):
            return .number(Scalar(constant: value))
        case .string(let value, _):
            return .string(value)
        case .constant(let constant, _):
            return .number(Scalar(constant: constant.value))
        case .reference(let reference):
            do {
                return try lookup(reference)
            } catch {
                throw error.positioned(at: reference.span)
            }
        case .unary(let op, let operand, _):
            let x = try number(evaluate(operand, lookup), at: operand, for: "'\(op.rawValue)'")
            switch op {
            case .negate: return .number(Scalar.negate(x))
            case .plus: return .number(x)
            case .not: return .number(Scalar(constant: ExpressionMath.truth(x.primal) ? 0 : 1))
            }
        case .binary(let op, let lhs, let rhs, let span):
            return try binary(op, lhs, rhs, span: span, lookup)
        case .call(let function, let arguments, _):
            var values: [Scalar] = []
            values.reserveCapacity(arguments.count)
            for argument in arguments {
                values.append(try number(evaluate(argument, lookup), at: argument, for: "'\(function.rawValue)'"))
            }
            return .number(call(function, values))
        }
    }

    private static func binary(
        _ op: ExpressionBinaryOperator, _ lhs: ExpressionNode, _ rhs: ExpressionNode,
        span: ExpressionSpan, _ lookup: Lookup
    ) throws(ExpressionError) -> Value {
        let left = try evaluate(lhs, lookup)
        let right = try evaluate(rhs, lookup)
        switch op {
        case .equal, .notEqual:
            switch (left, right) {
            case (.number(let a), .number(let b)):
                return .number(Scalar(constant: ExpressionMath.compare(op, a.primal, b.primal)))
            case (.string(let a), .string(let b)):
                return .number(Scalar(constant: (a == b) == (op == .equal) ? 1 : 0))
            default:
                throw ExpressionError("cannot compare a string with a number using '\(op.rawValue)'", at: span)
            }
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            for (value, node) in [(left, lhs), (right, rhs)] {
                if case .string = value {
                    throw ExpressionError(
                        "'\(op.rawValue)' compares numbers only; strings can only be compared with '==' or '!='",
                        at: node.span)
                }
            }
            fallthrough
        case .and, .or:
            let a = try number(left, at: lhs, for: "'\(op.rawValue)'")
            let b = try number(right, at: rhs, for: "'\(op.rawValue)'")
            return .number(Scalar(constant: ExpressionMath.compare(op, a.primal, b.primal)))
        case .add, .subtract, .multiply, .divide, .power:
            let a = try number(left, at: lhs, for: "'\(op.rawValue)'")
            let b = try number(right, at: rhs, for: "'\(op.rawValue)'")
            switch op {
            case .add: return .number(Scalar.add(a, b))
            case .subtract: return .number(Scalar.subtract(a, b))
            case .multiply: return .number(Scalar.multiply(a, b))
            case .divide: return .number(Scalar.divide(a, b))
            default: return .number(Scalar.power(a, b))
            }
        }
    }

    /// Applies a built-in function to already-evaluated numeric arguments (arity checked by the parser).
    static func call(_ function: ExpressionFunction, _ values: [Scalar]) -> Scalar {
        guard let first = values.first else { return Scalar(constant: .nan) }
        switch function {
        case .min, .max:
            let index = ExpressionMath.extremeIndex(count: values.count, isMax: function == .max) { values[$0].primal }
            return values[index]
        case .pow:
            guard values.count == 2 else { return Scalar(constant: .nan) }
            return Scalar.power(values[0], values[1])
        case .clamp:
            guard values.count == 3 else { return Scalar(constant: .nan) }
            let raised = extreme(first, values[1], isMax: true)
            return extreme(raised, values[2], isMax: false)
        default:
            return Scalar.elementary(function, first)
        }
    }

    private static func extreme(_ a: Scalar, _ b: Scalar, isMax: Bool) -> Scalar {
        ExpressionMath.extremeIndex(count: 2, isMax: isMax) { $0 == 0 ? a.primal : b.primal } == 0 ? a : b
    }

    /// Unwraps a number or reports that `context` (an operator or function, quoted) got a string.
    private static func number(
        _ value: Value, at node: ExpressionNode, for context: String
    ) throws(ExpressionError) -> Scalar {
        switch value {
        case .number(let x):
            return x
        case .string(let s):
            throw ExpressionError(
                "\(context) needs numbers, got the string \(ExpressionFormatting.quotedForMessage(s))", at: node.span)
        }
    }
}
