import LossbookSyntax
import Testing

@Suite("Expression gradients")
struct ExpressionGradientTests {
  /// Constants looked up (not differentiated).
  static let constants: [String: Double] = ["E": 1.69, "A": 406.4, "B": 410.7, "alpha": 0.34, "beta": 0.28, "c": 2.385]

  static func constant(_ reference: ExpressionReference) throws(ExpressionError) -> Double {
    guard let value = constants[reference.dotted] else { throw ExpressionError("unknown name '\(reference.dotted)'") }
    return value
  }

  /// Points chosen away from kinks and ties of min/max/abs/clamp/hinge and from tan's poles.
  static let points: [(Double, Double)] = [(0.7312, 1.385), (1.9, 0.45), (2.385, 3.1416), (0.3, 2.2)]

  /// Every operator and function, in the two variables `x` and `y`.
  static let expressions = [
    "x + y", "x - y", "x * y", "x / y", "x ^ y", "x ^ 3", "(-x) ^ 3", "-x ^ 2", "pow(x, y)", "pow(y, 2.5)",
    "log(x)", "log10(x * y)", "exp(x - y)", "sqrt(x)", "abs(x - y)", "min(x, y, 1.5)", "max(x, y, 0.25)",
    "sin(x * y)", "cos(x)", "tan(x)", "atan(x / y)", "clamp(x, 0.5, 1.75)", "clamp(1, x, y)", "hinge(x - 1)",
    "sigmoid(x * y - 2)", "E + A / x^alpha + B / y^beta", "c * x + pi * y", "+x / -y", "(x > y) * y",
    "x > y", "not x", "x and y", "x == y", "exp(log(x) * y) / (1 + x^2)",
  ]

  /// Checks the exact gradient against central finite differences:
  /// step h = 1e-6·max(1, |v|); pass when |exact − numeric| ≤ 1e-5·max(1, |numeric|).
  @Test("gradients match central finite differences", arguments: expressions)
  func finiteDifferences(text: String) throws {
    let expression = try Expression(parsing: text)
    for (x, y) in Self.points {
      let (value, gradient) = try expression.evaluateWithGradient(
        variables: ["x", "y"], values: [x, y], lookup: Self.constant)
      #expect(gradient.count == 2)
      #expect(ExpressionTestSupport.close(value, try plain(expression, x, y)))
      for i in 0..<2 {
        let v = i == 0 ? x : y
        let h = 1e-6 * Swift.max(1, Swift.abs(v))
        let up = i == 0 ? try plain(expression, x + h, y) : try plain(expression, x, y + h)
        let down = i == 0 ? try plain(expression, x - h, y) : try plain(expression, x, y - h)
        let numeric = (up - down) / (2 * h)
        #expect(
          Swift.abs(gradient[i] - numeric) <= 1e-5 * Swift.max(1, Swift.abs(numeric)),
          "\(text) at (\(x), \(y)): d/d\(i == 0 ? "x" : "y") exact \(gradient[i]) vs numeric \(numeric)")
      }
    }
  }

  private func plain(_ expression: Expression, _ x: Double, _ y: Double) throws -> Double {
    let value = try expression.evaluate { reference throws(ExpressionError) in
      switch reference.dotted {
      case "x": return .number(x)
      case "y": return .number(y)
      default: return .number(try Self.constant(reference))
      }
    }
    return value.asNumber ?? .nan
  }

  private func gradient(_ text: String, _ variables: [String], _ values: [Double]) throws -> (Double, [Double]) {
    let result = try Expression(parsing: text).evaluateWithGradient(
      variables: variables, values: values, lookup: Self.constant)
    return (result.value, result.gradient)
  }

  @Test("branch rules at kinks and ties")
  func kinks() throws {
    #expect(try gradient("hinge(x)", ["x"], [0]).1 == [1])  // tie in max(x, 0) picks x
    #expect(try gradient("hinge(x)", ["x"], [-0.5]).1 == [0])
    #expect(try gradient("abs(x)", ["x"], [0]).1 == [0])
    #expect(try gradient("max(x, y)", ["x", "y"], [1.25, 1.25]).1 == [1, 0])
    #expect(try gradient("min(y, x)", ["x", "y"], [1.25, 1.25]).1 == [0, 1])
    #expect(try gradient("clamp(x, 0, 1)", ["x"], [1.5]).1 == [0])
    #expect(try gradient("clamp(x, 0, 1)", ["x"], [0]).1 == [1])
  }

  @Test("pow handles non-positive bases")
  func powEdges() throws {
    #expect(try gradient("pow(x, y)", ["x", "y"], [0, 2]).1 == [0, 0])
    let negative = try gradient("x ^ y", ["x", "y"], [-2, 3])
    #expect(negative.0 == -8)
    #expect(negative.1 == [12, 0])  // no log(x) term for x <= 0
    #expect(try gradient("x ^ 0", ["x"], [0]).1 == [0])
    #expect(try gradient("2 ^ x", ["x"], [3]).1[0] == 8 * 0.6931471805599453)
  }

  @Test("constants never turn a gradient into nan")
  func constantsStayClean() throws {
    #expect(try gradient("sqrt(0) + x", ["x"], [1.5]).1 == [1])
    #expect(try gradient("log(0) * 0 + x", ["x"], [1.5]).1 == [1])
    #expect(try gradient("x * 0", ["x"], [2.385]).1 == [0])
    #expect(try gradient("c", ["x"], [2.385]) == (2.385, [0]))
    #expect(try gradient("1 + 2", [], []) == (3, []))
  }

  @Test("dotted variable names, duplicates and unused variables")
  func variableNames() throws {
    let result = try gradient(
      "mmlu-fit.b1 * fit.params.0 + mmlu-fit.b1 ^ 2", ["fit.params.0", "mmlu-fit.b1", "unused"], [0.5, 3, 0])
    #expect(result.0 == 1.5 + 9)
    #expect(result.1 == [3, 0.5 + 6, 0])
    #expect(try gradient("x * 2.5", ["x", "x"], [1.25, 7]).1 == [2.5, 0])
  }

  @Test("errors: count mismatch, strings, unknown names")
  func errors() throws {
    let expression = try Expression(parsing: "x + 1")
    #expect(throws: ExpressionError(message: "variables and values differ in length (1 and 2)", offset: 0, length: 5)) {
      try expression.evaluateWithGradient(variables: ["x"], values: [1, 2], lookup: Self.constant)
    }
    #expect(throws: ExpressionError(message: "unknown name 'z'", offset: 4, length: 1)) {
      try Expression(parsing: "x + z").evaluateWithGradient(variables: ["x"], values: [1], lookup: Self.constant)
    }
    #expect(throws: ExpressionError(message: "expression gives a string, not a number", offset: 0, length: 3)) {
      try Expression(parsing: "\"a\"").evaluateWithGradient(variables: [], values: [], lookup: Self.constant)
    }
    let equal = try gradient("(\"a\" == \"a\") * x", ["x"], [2.385])
    #expect(equal == (2.385, [1]))
  }
}
