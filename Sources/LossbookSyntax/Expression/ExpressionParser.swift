/// Operator-precedence parser from tokens to an `ExpressionNode` tree.
///
/// Precedence, low to high: `or`, `and`, `not`, comparisons (non-associative),
/// `+ -`, `* /`, unary `- +`, `^` (right-associative; its right operand may carry a
/// unary sign, so `2^-1` is `0.5` and `-2^2` is `-4`). `not` may only appear where
/// an operand of `and`/`or`/`not` (or a whole expression) is expected.
///
/// The parser is iterative (shunting-yard with explicit stacks), so its stack use
/// does not grow with nesting. Limits: at most `Expression.nestingLimit` open
/// parentheses/calls at once, and a tree at most that many levels high.
struct ExpressionParser {
  /// A parsed operand: its node, its extent in the text (including any
  /// parentheses around it) and its height in levels.
  private struct Operand {
    var node: ExpressionNode
    var start: Int
    var end: Int
    var levels: Int
    /// A comparison not wrapped in parentheses (so another comparison may not follow it).
    var isBareComparison = false
  }

  /// An operator or bracket waiting for its operands.
  private enum Pending {
    case binary(ExpressionBinaryOperator, token: Int)
    case prefix(ExpressionUnaryOperator, token: Int)
    case group(open: Int)
    /// A function call; `base` is the operand count when its arguments started.
    case call(ExpressionFunction, name: Int, base: Int)

    /// The binding strength of an operator (nil for brackets).
    var precedence: Int? {
      switch self {
      case .binary(let op, _): return op.precedence
      case .prefix(let op, _): return op == .not ? 3 : 7
      case .group, .call: return nil
      }
    }
  }

  private let tokens: [ExpressionToken]
  private let roles: [ExpressionTokenRole]
  private var operands: [Operand] = []
  private var pending: [Pending] = []
  private var openGroups = 0

  /// `tokens` should end with an `.end` token (as `ExpressionLexer.tokenize()` guarantees); one is added if missing.
  init(tokens: [ExpressionToken]) {
    let endOffset = tokens.last.map { $0.offset + $0.length } ?? 0
    let end = ExpressionToken(kind: .end, text: "", offset: endOffset, length: 0)
    self.tokens = tokens.last?.kind == .end ? tokens : tokens + [end]
    self.roles = self.tokens.map(\.role)
  }

  /// Parses the whole token stream into one expression.
  mutating func parse() throws(ExpressionError) -> ExpressionNode {
    var index = 0
    var expectingOperand = true
    while true {
      if expectingOperand {
        let (last, completed) = try operand(at: index)
        index = last
        expectingOperand = !completed
      } else {
        switch roles[index] {
        case .binary(let op):
          try reduce(before: op)
          if op.isComparison, operands.last?.isBareComparison == true {
            throw ExpressionError(.chainedComparison, at: tokens[index].span)
          }
          pending.append(.binary(op, token: index))
          expectingOperand = true
        case .rightParen:
          try close(at: index)
        case .comma:
          try reduceToBracket()
          guard case .call = pending.last else { throw misplaced(at: index) }
          expectingOperand = true
        case .end:
          try reduceToBracket()
          guard pending.isEmpty, operands.count == 1 else { throw unclosed() }
          return operands[0].node
        default:
          throw misplaced(at: index)
        }
      }
      index += 1
    }
  }

  // MARK: - Operands

  /// Handles the token at `index` where an operand is expected. Returns the index of
  /// the last token used and whether a complete operand was produced (a literal, a
  /// name or a call without arguments) rather than an opening token or prefix operator.
  private mutating func operand(at index: Int) throws(ExpressionError) -> (last: Int, completed: Bool) {
    switch roles[index] {
    case .name where roles[index + 1] == .leftParen:
      let function = try function(at: index)
      try open(at: index)
      pending.append(.call(function, name: index, base: operands.count))
      guard roles[index + 2] == .rightParen else { return (index + 1, false) }
      try close(at: index + 2)
      return (index + 2, true)
    case .literal, .name:
      operands.append(leaf(at: index))
      return (index, true)
    case .leftParen:
      try open(at: index)
      pending.append(.group(open: index))
    case .binary(.subtract):
      pending.append(.prefix(.negate, token: index))
    case .binary(.add):
      pending.append(.prefix(.plus, token: index))
    case .not:
      switch pending.last {
      case nil, .group, .call, .prefix(.not, _), .binary(.and, _), .binary(.or, _):
        pending.append(.prefix(.not, token: index))
      default:
        throw ExpressionError(.notNeedsParentheses, at: tokens[index].span)
      }
    default:
      if index == 0, roles[0] == .end {
        throw ExpressionError(.empty, offset: 0, length: tokens[0].offset)
      }
      if index == 0 { throw misplaced(at: 0) }
      let previous = tokens[index - 1]
      throw ExpressionError(.expressionExpected(after: previous.text), at: previous.span)
    }
    return (index, false)
  }

  private func leaf(at index: Int) -> Operand {
    let token = tokens[index]
    let node: ExpressionNode
    switch token.kind {
    case .number(let value):
      node = .number(value, token.span)
    case .string(let value):
      node = .string(value, token.span)
    case .name(let path):
      if path.count == 1, let constant = ExpressionConstant(rawValue: path[0]) {
        node = .constant(constant, token.span)
      } else {
        node = .reference(ExpressionReference(path: path, offset: token.offset, length: token.length))
      }
    default:
      node = .number(.nan, token.span)  // unreachable: only literals and names become leaves
    }
    return Operand(node: node, start: token.offset, end: token.offset + token.length, levels: 0)
  }

  private func function(at index: Int) throws(ExpressionError) -> ExpressionFunction {
    let name = tokens[index]
    if let function = ExpressionFunction(rawValue: name.text) { return function }
    let suggestion = Suggestion.closest(to: name.text, among: ExpressionFunction.names)
    throw ExpressionError(.unknownFunction(name.text, suggestion: suggestion), at: name.span)
  }

  // MARK: - Brackets

  /// Opens a parenthesis or call (the token at `index` is `(` or the function name).
  private mutating func open(at index: Int) throws(ExpressionError) {
    openGroups += 1
    if openGroups > Expression.nestingLimit { throw tooDeep(at: index) }
  }

  /// Handles the `)` at `index`.
  private mutating func close(at index: Int) throws(ExpressionError) {
    try reduceToBracket()
    let closing = tokens[index]
    switch pending.popLast() {
    case .group(let open)?:
      openGroups -= 1
      guard var inner = operands.popLast() else { throw misplaced(at: index) }
      inner.start = tokens[open].offset
      inner.end = closing.offset + closing.length
      inner.isBareComparison = false
      operands.append(inner)
    case .call(let function, let name, let base)?:
      openGroups -= 1
      let arguments = operands[base...]
      let start = tokens[name].offset
      let span = ExpressionSpan(from: start, to: closing.offset + closing.length)
      guard function.arity.accepts(arguments.count) else {
        throw ExpressionError(function.arityProblem(got: arguments.count), at: span)
      }
      let levels = (arguments.map(\.levels).max() ?? 0) + 1
      if levels > Expression.nestingLimit { throw tooDeep(at: name) }
      let node = ExpressionNode.call(function, arguments.map(\.node), span)
      operands.removeSubrange(base...)
      operands.append(Operand(node: node, start: start, end: span.end, levels: levels))
    default:
      throw misplaced(at: index)
    }
  }

  // MARK: - Reduction

  /// Applies pending operators that bind at least as tightly as `op` (strictly tighter for right-associative `^`).
  private mutating func reduce(before op: ExpressionBinaryOperator) throws(ExpressionError) {
    while let precedence = pending.last?.precedence,
      op == .power ? precedence > op.precedence : precedence >= op.precedence
    {
      try reduceTop()
    }
  }

  /// Applies pending operators up to the innermost open bracket.
  private mutating func reduceToBracket() throws(ExpressionError) {
    while pending.last?.precedence != nil {
      try reduceTop()
    }
  }

  private mutating func reduceTop() throws(ExpressionError) {
    switch pending.popLast() {
    case .binary(let op, let token)?:
      guard let rhs = operands.popLast(), let lhs = operands.popLast() else { throw misplaced(at: token) }
      let levels = Swift.max(lhs.levels, rhs.levels) + 1
      if levels > Expression.nestingLimit { throw tooDeep(at: token) }
      let node = ExpressionNode.binary(op, lhs.node, rhs.node, ExpressionSpan(from: lhs.start, to: rhs.end))
      operands.append(
        Operand(
          node: node, start: lhs.start, end: rhs.end, levels: levels, isBareComparison: op.isComparison))
    case .prefix(let op, let token)?:
      guard let operand = operands.popLast() else { throw misplaced(at: token) }
      let levels = operand.levels + 1
      if levels > Expression.nestingLimit { throw tooDeep(at: token) }
      let start = tokens[token].offset
      let node = ExpressionNode.unary(op, operand.node, ExpressionSpan(from: start, to: operand.end))
      operands.append(Operand(node: node, start: start, end: operand.end, levels: levels))
    case .group, .call, nil:
      break
    }
  }

  // MARK: - Errors

  /// A token that cannot appear where an operator, `,` or `)` was expected.
  private func misplaced(at index: Int) -> ExpressionError {
    let token = tokens[index]
    let found = "'\(token.text)'"
    for entry in pending.reversed() {
      switch entry {
      case .group:
        return ExpressionError(.closeParenthesisExpected(found: found), at: token.span)
      case .call(_, let name, _):
        let callee = tokens[name].text
        return ExpressionError(.commaOrParenthesisExpected(callee: callee, found: found), at: token.span)
      case .binary, .prefix:
        continue
      }
    }
    return ExpressionError(.unexpected(found: found), offset: token.offset, length: Swift.max(1, token.length))
  }

  /// The error for reaching the end with a bracket still open.
  private func unclosed() -> ExpressionError {
    switch pending.last {
    case .group(let open)?:
      return ExpressionError(.unclosedParenthesis, offset: tokens[open].offset, length: 1)
    case .call(_, let name, _)?:
      return ExpressionError(.unclosedParenthesis, offset: tokens[name + 1].offset, length: 1)
    default:
      return ExpressionError(.unexpectedEnd, offset: tokens[tokens.count - 1].offset, length: 0)
    }
  }

  private func tooDeep(at index: Int) -> ExpressionError {
    let token = tokens[index]
    return ExpressionError(
      .nestedTooDeeply(limit: Expression.nestingLimit),
      offset: token.offset, length: Swift.max(1, token.length))
  }
}
