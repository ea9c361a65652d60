import LossbookSyntax
import Testing

#if canImport(Darwin)
  import Darwin
#elseif canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(ucrt)
  import ucrt
#endif

@Suite("Expression evaluation")
struct ExpressionEvaluationTests {
  static let table: [String: Double] = [
    "a": 2.385, "b": -0.731, "c": 17.25, "n": 7.3e8, "E": 1.69, "A": 406.4, "alpha": 0.34,
    "mmlu-fit.params.eta": 0.0731, "fit.params.0": 3.125,
  ]

  static let arithmeticCases: [(String, Double)] = [
    ("2.385 * 4.7 - 1.25", 2.385 * 4.7 - 1.25),
    ("a + b * c", 2.385 + -0.731 * 17.25),
    ("(a + b) * c", (2.385 + -0.731) * 17.25),
    ("a / b / c", 2.385 / -0.731 / 17.25),
    ("a - b - c", 2.385 - -0.731 - 17.25),
    ("-a^2", -(2.385 * 2.385)),
    ("(-a)^2", 2.385 * 2.385),
    ("2^3^2", 512),
    ("2^-2", 0.25),
    ("-b", 0.731),
    ("+b", -0.731),
    ("E + A / n^alpha", 1.69 + 406.4 / pow(7.3e8, 0.34)),
    ("mmlu-fit.params.eta * 2", 0.1462),
    ("fit.params.0 - 1", 2.125),
    ("300M / 1.5B", 0.2),
    ("log(c)", log(17.25)),
    ("log10(c)", log10(17.25)),
    ("exp(b)", exp(-0.731)),
    ("sqrt(c)", 17.25.squareRoot()),
    ("abs(b)", 0.731),
    ("min(a, c, 3)", 2.385),
    ("max(a, b, 3.5, c)", 17.25),
    ("pow(a, 1.5)", pow(2.385, 1.5)),
    ("sin(a)", sin(2.385)),
    ("cos(a)", cos(2.385)),
    ("tan(a)", tan(2.385)),
    ("atan(c)", atan(17.25)),
    ("clamp(a, 0.5, 1.75)", 1.75),
    ("clamp(b, 0.5, 1.75)", 0.5),
    ("clamp(a, 0.5, 3)", 2.385),
    ("hinge(b)", 0),
    ("hinge(a)", 2.385),
    ("sigmoid(a)", 1 / (1 + exp(-2.385))),
    ("sigmoid(b)", 1 / (1 + exp(0.731))),
    ("pi * 2", 2 * Double.pi),
    ("e", exp(1.0)),
    ("(-8)^3", -512),
    ("0^0", 1),
  ]

  @Test("arithmetic against hand-computed values", arguments: arithmeticCases)
  func arithmetic(text: String, expected: Double) throws {
    let value = try ExpressionTestSupport.number(text, Self.table)
    #expect(ExpressionTestSupport.close(value, expected), "\(text) = \(value), expected \(expected)")
  }

  static let logicCases: [(String, Double)] = [
    ("a > b", 1.0), ("a < b", 0), ("a >= 2.385", 1), ("a <= 2.384", 0), ("a == 2.385", 1), ("a != 2.385", 0),
    ("a > b and c < 20", 1), ("a > b and c > 20", 0), ("a < b or c > 17", 1), ("0 or 0", 0),
    ("0.5 and -2", 1), ("not (a > b)", 0), ("not 0", 1), ("not -0.731", 0), ("not a < b", 1),
    ("(a > b) + (c > a) + (b > c)", 2),
  ]

  @Test("comparisons and logic give 1 or 0", arguments: logicCases)
  func logic(text: String, expected: Double) throws {
    #expect(try ExpressionTestSupport.number(text, Self.table) == expected)
  }

  static let ieeeCases: [(String, Double)] = [
    ("1/0", Double.infinity), ("-1/0", -Double.infinity), ("0/0", Double.nan), ("log(0)", -Double.infinity),
    ("sqrt(-1)", Double.nan), ("log(-2.385)", Double.nan), ("1e308 * 10", Double.infinity),
    ("exp(1000)", Double.infinity), ("pow(-8, 1/3)", Double.nan), ("pow(0, -1)", Double.infinity),
    ("max(1, 0/0)", Double.nan), ("min(0/0, 1)", Double.nan), ("clamp(0/0, 0, 1)", Double.nan),
    ("(0/0) == (0/0)", 0), ("(0/0) != (0/0)", 1), ("(0/0) < 1", 0), ("not (0/0)", 0), ("(0/0) and 1", 1),
    ("sigmoid(-1000)", 0), ("sigmoid(1000)", 1), ("hinge(0/0)", Double.nan), ("1e-999", 0),
    ("9007199254740993", 9_007_199_254_740_992),
  ]

  @Test("IEEE results instead of errors", arguments: ieeeCases)
  func ieee(text: String, expected: Double) throws {
    let value = try ExpressionTestSupport.number(text, Self.table)
    #expect(ExpressionTestSupport.same(value, expected), "\(text) = \(value)")
  }

  @Test("strings compare with == and !=")
  func strings() throws {
    let lookup = ExpressionTestSupport.lookup(["size": .string("1B"), "name": .string("say \"hi\"")])
    #expect(try Expression(parsing: "size == \"1B\"").evaluate(lookup) == .number(1))
    #expect(try Expression(parsing: "size != \"1B\"").evaluate(lookup) == .number(0))
    #expect(try Expression(parsing: "\"a\" != \"b\"").evaluate(lookup) == .number(1))
    #expect(try Expression(parsing: "name == \"say \\\"hi\\\"\"").evaluate(lookup) == .number(1))
    #expect(try Expression(parsing: "\"abc\"").evaluate(lookup) == .string("abc"))
    #expect(try Expression(parsing: "size").evaluate(lookup).asString == "1B")
  }

  @Test(
    "type errors point at the offending operand",
    arguments: [
      ("\"a\" + 1", "'+' needs numbers, got the string \"a\"", 0, 3),
      ("1 * s", "'*' needs numbers, got the string \"1B\"", 4, 1),
      ("-s", "'-' needs numbers, got the string \"1B\"", 1, 1),
      ("not s", "'not' needs numbers, got the string \"1B\"", 4, 1),
      ("s and 1", "'and' needs numbers, got the string \"1B\"", 0, 1),
      ("1 + log(s)", "'log' needs numbers, got the string \"1B\"", 8, 1),
      ("s < 1", "'<' compares numbers only; strings can only be compared with '==' or '!='", 0, 1),
      ("1 >= \"x\"", "'>=' compares numbers only; strings can only be compared with '==' or '!='", 5, 3),
      ("2 * (s == 1)", "cannot compare a string with a number using '=='", 5, 6),
      (
        "\"abcdefghijklmnopqrstuvwxyz0123456789\" ^ 2",
        "'^' needs numbers, got the string \"abcdefghijklmnopqrstuvwxyz0123…\"", 0, 38
      ),
    ])
  func typeErrors(text: String, message: String, offset: Int, length: Int) throws {
    let expression = try Expression(parsing: text)
    let lookup = ExpressionTestSupport.lookup(["s": .string("1B")])
    #expect(throws: ExpressionError(message: message, offset: offset, length: length)) {
      try expression.evaluate(lookup)
    }
  }

  @Test("lookup errors are positioned at the reference unless already positioned")
  func lookupErrors() throws {
    let expression = try Expression(parsing: "1 + params.missing * 2")
    #expect(throws: ExpressionError(message: "unknown name 'params.missing'", offset: 4, length: 14)) {
      try expression.evaluate(ExpressionTestSupport.lookup([:]))
    }
    #expect(throws: ExpressionError(message: "custom", offset: 0, length: 1)) {
      try expression.evaluate { _ throws(ExpressionError) in throw ExpressionError("custom", offset: 0, length: 1) }
    }
  }

  @Test("and/or evaluate both sides, so a bad name is always reported")
  func noShortCircuit() throws {
    let expression = try Expression(parsing: "0 and missing")
    #expect(throws: ExpressionError(message: "unknown name 'missing'", offset: 6, length: 7)) {
      try expression.evaluate(ExpressionTestSupport.lookup([:]))
    }
  }

  @Test("value helpers")
  func valueHelpers() {
    #expect(ExpressionValue.number(2.385).asNumber == 2.385)
    #expect(ExpressionValue.number(2.385).asString == nil)
    #expect(ExpressionValue.string("x").asString == "x")
    #expect(ExpressionValue.number(.nan).isTruthy)
    #expect(!ExpressionValue.number(0).isTruthy)
    #expect(ExpressionValue.number(3e8).description == "300000000")
    #expect(ExpressionValue.string("a\"b").description == "\"a\\\"b\"")
  }
}
