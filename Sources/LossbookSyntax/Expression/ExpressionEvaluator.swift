/// An intermediate value during evaluation: a number (plain or dual) or a string.
enum ExpressionEvaluated<Scalar: ExpressionScalar> {
  case number(Scalar)
  case string(String)
}

/// Stack-machine evaluator over a postfix `ExpressionProgram`, generic over plain
/// (`Double`) and dual (`ExpressionDual`) numbers so that values and gradients
/// follow exactly the same rules.
///
/// Rules: arithmetic, `<`-style comparisons, `and`/`or`/`not` and functions need
/// numbers; `==`/`!=` compare two numbers or two strings (a string with a number is
/// an error). Truth values are 1 and 0; any nonzero number, NaN included, is true.
/// `and`/`or` evaluate both operands. `min`/`max` propagate NaN and resolve ties to
/// the earliest argument (which also decides the derivative); `clamp(x, lo, hi)` is
/// `min(max(x, lo), hi)`.
enum ExpressionEvaluator<Scalar: ExpressionScalar> {
  typealias Value = ExpressionEvaluated<Scalar>
  typealias Lookup = (ExpressionReference) throws(ExpressionError) -> Value

  static func run(_ program: ExpressionProgram, _ lookup: Lookup) throws(ExpressionError) -> Value {
    // Each value is paired with the span of the node that produced it, for error messages.
    var values: [Value] = []
    var spans: [ExpressionSpan] = []
    for step in program.steps {
      switch step {
      case .number(let value, let span):
        values.append(.number(Scalar(constant: value)))
        spans.append(span)
      case .string(let value, let span):
        values.append(.string(value))
        spans.append(span)
      case .constant(let constant, let span):
        values.append(.number(Scalar(constant: constant.value)))
        spans.append(span)
      case .reference(let reference):
        do {
          values.append(try lookup(reference))
        } catch {
          throw error.positioned(at: reference.span)
        }
        spans.append(reference.span)
      case .unary(let op, let span):
        let x = try number(values.removeLast(), at: spans.removeLast(), for: op.rawValue)
        switch op {
        case .negate: values.append(.number(Scalar.negate(x)))
        case .plus: values.append(.number(x))
        case .not: values.append(.number(Scalar(constant: ExpressionMath.truth(x.primal) ? 0 : 1)))
        }
        spans.append(span)
      case .binary(let op, let span):
        let right = values.removeLast()
        let rightSpan = spans.removeLast()
        let left = values.removeLast()
        let leftSpan = spans.removeLast()
        values.append(try binary(op, left, right, leftSpan, rightSpan, span))
        spans.append(span)
      case .call(let function, let arity, let span):
        let base = values.count - arity
        var arguments: [Scalar] = []
        arguments.reserveCapacity(arity)
        for i in base..<values.count {
          arguments.append(try number(values[i], at: spans[i], for: function.rawValue))
        }
        values.removeSubrange(base...)
        spans.removeSubrange(base...)
        values.append(.number(call(function, arguments)))
        spans.append(span)
      }
    }
    return values.last ?? .number(Scalar(constant: .nan))
  }

  private static func binary(
    _ op: ExpressionBinaryOperator, _ left: Value, _ right: Value,
    _ leftSpan: ExpressionSpan, _ rightSpan: ExpressionSpan, _ span: ExpressionSpan
  ) throws(ExpressionError) -> Value {
    switch op {
    case .equal, .notEqual:
      switch (left, right) {
      case (.number(let a), .number(let b)):
        return .number(Scalar(constant: ExpressionMath.compare(op, a.primal, b.primal)))
      case (.string(let a), .string(let b)):
        return .number(Scalar(constant: (a == b) == (op == .equal) ? 1 : 0))
      default:
        throw ExpressionError(.stringWithNumber(op: op.rawValue), at: span)
      }
    case .less, .lessOrEqual, .greater, .greaterOrEqual:
      for (value, valueSpan) in [(left, leftSpan), (right, rightSpan)] {
        if case .string = value {
          throw ExpressionError(.comparesNumbersOnly(op: op.rawValue), at: valueSpan)
        }
      }
      fallthrough
    case .and, .or:
      let a = try number(left, at: leftSpan, for: op.rawValue)
      let b = try number(right, at: rightSpan, for: op.rawValue)
      return .number(Scalar(constant: ExpressionMath.compare(op, a.primal, b.primal)))
    case .add, .subtract, .multiply, .divide, .power:
      let a = try number(left, at: leftSpan, for: op.rawValue)
      let b = try number(right, at: rightSpan, for: op.rawValue)
      switch op {
      case .add: return .number(Scalar.add(a, b))
      case .subtract: return .number(Scalar.subtract(a, b))
      case .multiply: return .number(Scalar.multiply(a, b))
      case .divide: return .number(Scalar.divide(a, b))
      default: return .number(Scalar.power(a, b))
      }
    }
  }

  /// Applies a built-in function to numeric arguments (arity checked by the parser).
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

  /// Unwraps a number or reports that `name` (an operator or function) got a string.
  private static func number(
    _ value: Value, at span: ExpressionSpan, for name: String
  ) throws(ExpressionError) -> Scalar {
    switch value {
    case .number(let x):
      return x
    case .string(let s):
      throw ExpressionError(.needsNumbers(function: name, found: ExpressionFormatting.quotedForMessage(s)), at: span)
    }
  }
}
