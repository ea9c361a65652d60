/// An expression tree flattened into postfix order, so that evaluation, printing
/// and compilation run in loops instead of recursion (stack use stays flat even at
/// the nesting limit).
struct ExpressionProgram: Sendable, Equatable {
  /// One node of the tree, emitted after its operands.
  enum Step: Sendable, Equatable {
    case number(Double, ExpressionSpan)
    case string(String, ExpressionSpan)
    case constant(ExpressionConstant, ExpressionSpan)
    case reference(ExpressionReference)
    case unary(ExpressionUnaryOperator, ExpressionSpan)
    case binary(ExpressionBinaryOperator, ExpressionSpan)
    case call(ExpressionFunction, arity: Int, ExpressionSpan)
  }

  let steps: [Step]

  /// Flattens `root` (operands before operators, left to right).
  init(_ root: ExpressionNode) {
    var steps: [Step] = []
    // (node, operands already scheduled)
    var work: [(ExpressionNode, Bool)] = [(root, false)]
    while let (node, expanded) = work.popLast() {
      switch node {
      case .number(let value, let span):
        steps.append(.number(value, span))
      case .string(let value, let span):
        steps.append(.string(value, span))
      case .constant(let constant, let span):
        steps.append(.constant(constant, span))
      case .reference(let reference):
        steps.append(.reference(reference))
      case .unary(let op, let operand, let span):
        if expanded {
          steps.append(.unary(op, span))
        } else {
          work.append((node, true))
          work.append((operand, false))
        }
      case .binary(let op, let lhs, let rhs, let span):
        if expanded {
          steps.append(.binary(op, span))
        } else {
          work.append((node, true))
          work.append((rhs, false))
          work.append((lhs, false))
        }
      case .call(let function, let arguments, let span):
        if expanded {
          steps.append(.call(function, arity: arguments.count, span))
        } else {
          work.append((node, true))
          for argument in arguments.reversed() { work.append((argument, false)) }
        }
      }
    }
    self.steps = steps
  }

  /// The references in source order.
  var references: [ExpressionReference] {
    steps.compactMap { step in
      if case .reference(let reference) = step { return reference }
      return nil
    }
  }

  /// The fully parenthesised text of the program (see `Expression.canonical`).
  var canonical: String {
    var stack: [String] = []
    for step in steps {
      switch step {
      case .number(let value, _):
        stack.append(ExpressionFormatting.number(value))
      case .string(let value, _):
        stack.append(ExpressionFormatting.quoted(value))
      case .constant(let constant, _):
        stack.append(constant.rawValue)
      case .reference(let reference):
        stack.append(reference.dotted)
      case .unary(let op, _):
        let operand = stack.popLast() ?? ""
        stack.append("(" + op.rawValue + (op == .not ? " " : "") + operand + ")")
      case .binary(let op, _):
        let rhs = stack.popLast() ?? ""
        let lhs = stack.popLast() ?? ""
        stack.append("(" + lhs + " " + op.rawValue + " " + rhs + ")")
      case .call(let function, let arity, _):
        let arguments = stack.suffix(arity)
        let text = function.rawValue + "(" + arguments.joined(separator: ", ") + ")"
        stack.removeLast(arguments.count)
        stack.append(text)
      }
    }
    return stack.last ?? ""
  }
}

extension ExpressionNode {
  /// Structural equality (kinds, values and spans), compared without recursion.
  public static func == (lhs: ExpressionNode, rhs: ExpressionNode) -> Bool {
    var work: [(ExpressionNode, ExpressionNode)] = [(lhs, rhs)]
    while let (a, b) = work.popLast() {
      switch (a, b) {
      case (.number(let x, let s), .number(let y, let t)):
        guard x == y, s == t else { return false }
      case (.string(let x, let s), .string(let y, let t)):
        guard x == y, s == t else { return false }
      case (.constant(let x, let s), .constant(let y, let t)):
        guard x == y, s == t else { return false }
      case (.reference(let x), .reference(let y)):
        guard x == y else { return false }
      case (.unary(let op, let x, let s), .unary(let op2, let y, let t)):
        guard op == op2, s == t else { return false }
        work.append((x, y))
      case (.binary(let op, let x1, let x2, let s), .binary(let op2, let y1, let y2, let t)):
        guard op == op2, s == t else { return false }
        work.append((x2, y2))
        work.append((x1, y1))
      case (.call(let f, let xs, let s), .call(let g, let ys, let t)):
        guard f == g, s == t, xs.count == ys.count else { return false }
        work.append(contentsOf: zip(xs, ys))
      default:
        return false
      }
    }
    return true
  }
}
