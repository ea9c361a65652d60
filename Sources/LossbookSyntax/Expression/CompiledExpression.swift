/// An expression compiled to a flat postfix program over numbered slots, for
/// evaluating the same expression over many table rows quickly.
///
/// Numbers only: compiling an expression that contains a string literal fails, and
/// the caller should fall back to `Expression.evaluate(_:)`. Results equal the
/// tree evaluator's for the same inputs (same IEEE rules, NaN handling and ties).
public struct CompiledExpression: Sendable, Equatable {
  /// One step of the postfix program.
  enum Instruction: Sendable, Equatable {
    case constant(Double)
    case load(Int)
    case negate
    case not
    /// Arithmetic, comparison or logic operator on the top two values.
    case binary(ExpressionBinaryOperator)
    /// A one-argument function.
    case elementary(ExpressionFunction)
    /// `min` or `max` over the top `count` values.
    case extreme(isMax: Bool, count: Int)
    /// `clamp` over the top three values.
    case clamp
  }

  let program: [Instruction]
  let stackSize: Int
  /// One more than the largest slot index used (0 if the expression uses no references).
  public let slotCount: Int

  /// Evaluates the program; a slot index outside `slots` reads as NaN.
  public func evaluate(_ slots: UnsafeBufferPointer<Double>) -> Double {
    program.withUnsafeBufferPointer { program in
      withUnsafeTemporaryAllocation(of: Double.self, capacity: Swift.max(1, stackSize)) { stack in
        run(program, slots, stack)
      }
    }
  }

  private func run(
    _ program: UnsafeBufferPointer<Instruction>, _ slots: UnsafeBufferPointer<Double>,
    _ stack: UnsafeMutableBufferPointer<Double>
  ) -> Double {
    var top = 0
    for instruction in program {
      switch instruction {
      case .constant(let value):
        stack[top] = value
        top += 1
      case .load(let slot):
        stack[top] = slot < slots.count ? slots[slot] : .nan
        top += 1
      case .negate:
        stack[top - 1] = -stack[top - 1]
      case .not:
        stack[top - 1] = ExpressionMath.truth(stack[top - 1]) ? 0 : 1
      case .binary(let op):
        let b = stack[top - 1]
        let a = stack[top - 2]
        top -= 1
        stack[top - 1] = Self.apply(op, a, b)
      case .elementary(let function):
        stack[top - 1] = ExpressionMath.value(function, stack[top - 1])
      case .extreme(let isMax, let count):
        let base = top - count
        let index = ExpressionMath.extremeIndex(count: count, isMax: isMax) { stack[base + $0] }
        stack[base] = stack[base + index]
        top = base + 1
      case .clamp:
        let x = stack[top - 3]
        let lo = stack[top - 2]
        let hi = stack[top - 1]
        let raised = ExpressionMath.extremeIndex(count: 2, isMax: true) { $0 == 0 ? x : lo } == 0 ? x : lo
        let result =
          ExpressionMath.extremeIndex(count: 2, isMax: false) { $0 == 0 ? raised : hi } == 0
          ? raised : hi
        top -= 2
        stack[top - 1] = result
      }
    }
    return top > 0 ? stack[top - 1] : .nan
  }

  /// Evaluates the program with the given slot values; a slot index outside `slots` reads as NaN.
  public func evaluate(_ slots: [Double]) -> Double {
    slots.withUnsafeBufferPointer { evaluate($0) }
  }

  private static func apply(_ op: ExpressionBinaryOperator, _ a: Double, _ b: Double) -> Double {
    switch op {
    case .add: return a + b
    case .subtract: return a - b
    case .multiply: return a * b
    case .divide: return a / b
    case .power: return ExpressionMath.power(a, b)
    default: return ExpressionMath.compare(op, a, b)
    }
  }
}

extension Expression {
  /// Compiles the expression for fast numeric evaluation; `slot` binds each reference to an index into the slot buffer.
  ///
  /// `slot` is called once per reference occurrence, in source order. Errors it
  /// throws with offset `-1` are positioned at the reference. A string literal
  /// anywhere in the expression is an error (use `evaluate(_:)` instead).
  public func compile(
    binding slot: (ExpressionReference) throws(ExpressionError) -> Int
  ) throws(ExpressionError) -> CompiledExpression {
    var compiler = ExpressionCompiler()
    for step in program.steps {
      try compiler.emit(step, slot)
    }
    return CompiledExpression(program: compiler.program, stackSize: compiler.maxDepth, slotCount: compiler.slotCount)
  }
}

/// Turns program steps into numeric instructions, tracking the stack depth the program needs.
private struct ExpressionCompiler {
  var program: [CompiledExpression.Instruction] = []
  var depth = 0
  var maxDepth = 0
  var slotCount = 0

  private mutating func push(_ instruction: CompiledExpression.Instruction, popping: Int, pushing: Int = 1) {
    program.append(instruction)
    depth += pushing - popping
    maxDepth = max(maxDepth, depth)
  }

  mutating func emit(
    _ step: ExpressionProgram.Step, _ slot: (ExpressionReference) throws(ExpressionError) -> Int
  ) throws(ExpressionError) {
    switch step {
    case .number(let value, _):
      push(.constant(value), popping: 0)
    case .constant(let constant, _):
      push(.constant(constant.value), popping: 0)
    case .string(let value, let span):
      throw ExpressionError(.compiledNumbersOnly(found: ExpressionFormatting.quotedForMessage(value)), at: span)
    case .reference(let reference):
      let index: Int
      do {
        index = try slot(reference)
      } catch {
        throw error.positioned(at: reference.span)
      }
      guard index >= 0 else {
        throw ExpressionError(.invalidSlot(index, reference: reference.dotted), at: reference.span)
      }
      slotCount = max(slotCount, index + 1)
      push(.load(index), popping: 0)
    case .unary(.negate, _):
      push(.negate, popping: 1)
    case .unary(.not, _):
      push(.not, popping: 1)
    case .unary(.plus, _):
      break
    case .binary(let op, _):
      push(.binary(op), popping: 2)
    case .call(let function, let arity, _):
      switch function {
      case .min, .max:
        push(.extreme(isMax: function == .max, count: arity), popping: arity)
      case .pow:
        push(.binary(.power), popping: 2)
      case .clamp:
        push(.clamp, popping: 3)
      default:
        push(.elementary(function), popping: 1)
      }
    }
  }
}
