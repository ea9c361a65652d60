import LossbookSyntax
import Testing

@Suite("Expression parser")
struct ExpressionParserTests {
  @Test(
    "precedence and associativity",
    arguments: [
      ("1 + 2 * 3", "(1 + (2 * 3))"),
      ("1 * 2 + 3", "((1 * 2) + 3)"),
      ("a - b - c", "((a - b) - c)"),
      ("a / b / c", "((a / b) / c)"),
      ("a / b * c", "((a / b) * c)"),
      ("a - b + c", "((a - b) + c)"),
      ("2 ^ 3 ^ 2", "(2 ^ (3 ^ 2))"),
      ("-2^2", "(-(2 ^ 2))"),
      ("-2^-2", "(-(2 ^ (-2)))"),
      ("2^-1", "(2 ^ (-1))"),
      ("2^-x^2", "(2 ^ (-(x ^ 2)))"),
      ("2^-1*3", "((2 ^ (-1)) * 3)"),
      ("a ^ b * c", "((a ^ b) * c)"),
      ("-x*y", "((-x) * y)"),
      ("a*-b", "(a * (-b))"),
      ("1 - -1", "(1 - (-1))"),
      ("--x", "(-(-x))"),
      ("+x", "(+x)"),
      ("(-x)^2", "((-x) ^ 2)"),
      ("a + b < c * d", "((a + b) < (c * d))"),
      ("a <= b", "(a <= b)"),
      ("a >= b", "(a >= b)"),
      ("a > b", "(a > b)"),
      ("not a < b", "(not (a < b))"),
      ("not a and b", "((not a) and b)"),
      ("not not a", "(not (not a))"),
      ("a or b and c", "(a or (b and c))"),
      ("a and b or c", "((a and b) or c)"),
      ("a or b or c", "((a or b) or c)"),
      ("a == b and c != d", "((a == b) and (c != d))"),
      ("a < b or not c >= d", "((a < b) or (not (c >= d)))"),
      ("(a < b) < c", "((a < b) < c)"),
      ("a < (b < c)", "(a < (b < c))"),
      ("(((x)))", "x"),
      ("log(x) ^ 2", "(log(x) ^ 2)"),
      ("min(a, b, c + 1)", "min(a, b, (c + 1))"),
      ("max(1,2)", "max(1, 2)"),
      ("clamp(x, -1, 1)", "clamp(x, (-1), 1)"),
      ("2 * pi * e", "((2 * pi) * e)"),
      ("size == \"1B\"", "(size == \"1B\")"),
      ("\"a\\\"b\\\\c\" != s", "(\"a\\\"b\\\\c\" != s)"),
      ("  1\t+\n2  ", "(1 + 2)"),
    ])
  func precedence(text: String, expected: String) {
    #expect(ExpressionTestSupport.canonical(text) == expected)
  }

  @Test(
    "number literals and size suffixes",
    arguments: [
      ("2", 2.0), ("2.385", 2.385), ("1e-4", 1e-4), ("1E3", 1000), ("1e+2", 100), (".5", 0.5),
      ("007", 7), ("300M", 3e8), ("1.5B", 1.5e9), ("2T", 2e12), ("20K", 2e4), ("2.5e-3K", 2.5),
      ("0.731M", 731_000), ("1e-999", 0),
    ])
  func numbers(text: String, expected: Double) throws {
    let expression = try Expression(parsing: text)
    guard case .number(let value, let span) = expression.root else {
      Issue.record("not a number literal: \(expression.root)")
      return
    }
    #expect(value == expected)
    #expect(span == ExpressionSpan(offset: 0, length: text.count))
  }

  @Test(
    "names, dotted paths and '-' inside path components",
    arguments: [
      ("mmlu-fit.models.hinge.params.eta.estimate", "mmlu-fit.models.hinge.params.eta.estimate"),
      ("chinchilla-approach-3.fit.a", "chinchilla-approach-3.fit.a"),
      ("x-y.z", "x-y.z"),
      ("a.b-c.d", "a.b-c.d"),
      ("fit.params.0", "fit.params.0"),
      ("fit-2.params.0", "fit-2.params.0"),
      ("a-b", "(a - b)"),
      ("a.b-c", "(a.b - c)"),
      ("loss-1.5", "(loss - 1.5)"),
      ("a-b.0", "(a - b.0)"),
      ("x - y.z", "(x - y.z)"),
      ("a--b.c", "(a - (-b.c))"),
      ("a-.5", "(a - 0.5)"),
      ("_x1 + B_2", "(_x1 + B_2)"),
      ("pi2", "pi2"),
      ("e.x", "e.x"),
      ("nota + orb", "(nota + orb)"),
      ("not.x", "not.x"),
    ])
  func paths(text: String, expected: String) {
    #expect(ExpressionTestSupport.canonical(text) == expected)
  }

  @Test("path components are split on dots")
  func pathComponents() throws {
    let expression = try Expression(parsing: "mmlu-fit.models.hinge.params.eta.estimate")
    #expect(expression.references.map(\.path) == [["mmlu-fit", "models", "hinge", "params", "eta", "estimate"]])
    let indexed = try Expression(parsing: "fit.params.0 * 2")
    #expect(indexed.references.map(\.path) == [["fit", "params", "0"]])
  }

  @Test("constants are bare names only")
  func constants() throws {
    #expect(try Expression(parsing: "pi").root == .constant(.pi, ExpressionSpan(offset: 0, length: 2)))
    #expect(try Expression(parsing: "e").root == .constant(.e, ExpressionSpan(offset: 0, length: 1)))
    #expect(try Expression(parsing: "pi + e").references.isEmpty)
    #expect(try Expression(parsing: "e.x").references.map(\.path) == [["e", "x"]])
  }

  @Test("references in source order with offsets")
  func references() throws {
    let expression = try Expression(parsing: "b + a*b - min(params.eta, loss)")
    let refs = expression.references
    #expect(refs.map(\.dotted) == ["b", "a", "b", "params.eta", "loss"])
    #expect(refs.map(\.offset) == [0, 4, 6, 14, 26])
    #expect(refs.map(\.length) == [1, 1, 1, 10, 4])
  }

  @Test("node spans cover operands, including parentheses")
  func spans() throws {
    let expression = try Expression(parsing: "(a + b) * log(c)")
    guard case .binary(.multiply, let lhs, let rhs, let span) = expression.root else {
      Issue.record("unexpected tree \(expression.root)")
      return
    }
    #expect(span == ExpressionSpan(offset: 0, length: 16))
    #expect(lhs.span == ExpressionSpan(offset: 1, length: 5))
    #expect(rhs.span == ExpressionSpan(offset: 10, length: 6))
  }

  @Test("offsets count Characters, not bytes or scalars")
  func characterOffsets() throws {
    let expression = try Expression(parsing: "\"ü😀👍🏽\" == x")
    #expect(expression.references.first?.offset == 9)
    let error = ExpressionTestSupport.parseError("\"ü😀\" == x )")
    #expect(error == ExpressionError(message: "unexpected ')'", offset: 10, length: 1))
  }

  @Test(
    "canonical form parses back to itself",
    arguments: [
      "1 + 2 * 3 ^ -x", "not a < b and c or d", "-2^2", "min(a, b) / max(c, 1e-5, 1e20)",
      "clamp(mmlu-fit.params.x, -1, 1) == 0.1", "\"q\\\"\" != s", "300M / 1.5B",
    ])
  func canonicalRoundTrip(text: String) throws {
    let first = try Expression(parsing: text).canonical
    let second = try Expression(parsing: first).canonical
    #expect(first == second)
  }

  @Test("equal text gives equal expressions")
  func equality() throws {
    #expect(try Expression(parsing: "a + 1") == Expression(parsing: "a + 1"))
    #expect(try Expression(parsing: "a + 1") != Expression(parsing: "a +  1"))
  }
}
