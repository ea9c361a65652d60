import LossbookSyntax
import Testing

@Suite("Expression parse errors")
struct ExpressionErrorTests {
  @Test(
    "messages, offsets and lengths",
    arguments: [
      (")", "unexpected ')'", 0, 1),
      ("2)", "unexpected ')'", 1, 1),
      ("2 3", "unexpected '3'", 2, 1),
      ("* 2", "unexpected '*'", 0, 1),
      ("1 +", "expected an expression after '+'", 2, 1),
      ("2 +* 3", "expected an expression after '+'", 2, 1),
      ("a and", "expected an expression after 'and'", 2, 3),
      ("()", "expected an expression after '('", 0, 1),
      ("(1 + 2", "expected ')' to close '('", 0, 1),
      ("(1 + 2 3", "expected ')' to close '(', found '3'", 7, 1),
      ("sqr(2)", "unknown function 'sqr'; did you mean 'sqrt'?", 0, 3),
      ("lgo(x)", "unknown function 'lgo'; did you mean 'log'?", 0, 3),
      ("sigmod(x)", "unknown function 'sigmod'; did you mean 'sigmoid'?", 0, 6),
      ("LOG(x)", "unknown function 'LOG'; did you mean 'log'?", 0, 3),
      ("foo(x)", "unknown function 'foo'", 0, 3),
      ("x(1)", "unknown function 'x'", 0, 1),
      ("pi(2)", "unknown function 'pi'", 0, 2),
      ("1 + a.b(1)", "unknown function 'a.b'", 4, 3),
      ("min(1)", "'min' takes at least 2 arguments, got 1", 0, 6),
      ("2 * max( 3 )", "'max' takes at least 2 arguments, got 1", 4, 8),
      ("log(1, 2)", "'log' takes 1 argument, got 2", 0, 9),
      ("pow(2)", "'pow' takes 2 arguments, got 1", 0, 6),
      ("clamp()", "'clamp' takes 3 arguments, got 0", 0, 7),
      ("min(1,)", "expected an expression after ','", 5, 1),
      ("min(1 2)", "expected ',' or ')' in the call to 'min', found '2'", 6, 1),
      ("log(", "expected an expression after '('", 3, 1),
      ("log(2", "expected ')' to close '('", 3, 1),
      ("\"abc", "unterminated string", 0, 4),
      ("x == \"ab\\\"", "unterminated string", 5, 5),
      ("\"a\\nb\"", "unknown escape '\\n' in string; only '\\\"' and '\\\\' are allowed", 2, 2),
      ("a < b < c", "comparisons cannot be chained; use 'and'", 6, 1),
      ("a < b == c", "comparisons cannot be chained; use 'and'", 6, 2),
      ("not a < b >= c", "comparisons cannot be chained; use 'and'", 10, 2),
      ("1.2.3", "number '1.2.3' is malformed", 0, 5),
      ("5.", "number '5.' is malformed", 0, 2),
      ("1 + 2x", "number '2x' is malformed", 4, 2),
      ("2e", "number '2e' is malformed", 0, 2),
      ("300Mx", "number '300Mx' is malformed", 0, 5),
      ("20k", "number '20k' is malformed; size suffixes are K, M, B and T", 0, 3),
      ("1e999", "number '1e999' is too large", 0, 5),
      ("1e300T", "number '1e300T' is too large", 0, 6),
      ("a = b", "unexpected '='; use '==' to compare", 2, 1),
      ("!a", "unexpected '!'; use 'not' or '!='", 0, 1),
      ("a ** 2", "'**' is not an operator; use '^' for powers", 2, 2),
      ("a && b", "'&&' is not an operator; use 'and'", 2, 2),
      ("a || b", "'||' is not an operator; use 'or'", 2, 2),
      ("a # b", "unexpected character '#'", 2, 1),
      ("é", "unexpected character 'é'", 0, 1),
      ("", "expression is empty", 0, 0),
      ("   ", "expression is empty", 0, 3),
      ("1 + not 0", "'not' must be parenthesised here, as in '(not x)'", 4, 3),
      ("a.", "expected a name after '.' in 'a.'", 1, 1),
      ("a..b", "expected a name after '.' in 'a.'", 1, 1),
      ("x-y. z", "expected a name after '.' in 'y.'", 3, 1),
      (".", "unexpected character '.'", 0, 1),
    ])
  func messages(text: String, message: String, offset: Int, length: Int) {
    let error = ExpressionTestSupport.parseError(text)
    #expect(error == ExpressionError(message: message, offset: offset, length: length))
  }

  @Test("input longer than 10,000 characters is rejected")
  func tooLong() {
    let text = String(repeating: "1+", count: 5001) + "1"
    #expect(
      ExpressionTestSupport.parseError(text)
        == ExpressionError(
          message: "expression is too long (10003 characters; the limit is 10000)", offset: 10000, length: 3))
    let limit = String(repeating: "1+", count: 99) + String(repeating: " ", count: 10_000 - 199) + "1"
    #expect(limit.count == 10_000)
    #expect(ExpressionTestSupport.parseError(limit) == nil)
  }

  static let tooDeep = "expression is nested too deeply (the limit is 200 levels)"

  @Test("nesting is limited to 200 levels")
  func nesting() {
    func parens(_ n: Int) -> String { String(repeating: "(", count: n) + "x" + String(repeating: ")", count: n) }
    #expect(ExpressionTestSupport.parseError(parens(200)) == nil)
    #expect(
      ExpressionTestSupport.parseError(parens(201))
        == ExpressionError(
          message: Self.tooDeep, offset: 200, length: 1))  // the 201st '('
    #expect(
      ExpressionTestSupport.parseError(String(repeating: "-", count: 201) + "x")
        == ExpressionError(
          message: Self.tooDeep, offset: 0, length: 1))  // the outermost '-' would be level 201
    #expect(ExpressionTestSupport.parseError(String(repeating: "-", count: 200) + "x") == nil)
    #expect(ExpressionTestSupport.parseError(String(repeating: "-", count: 201) + "x")?.message == Self.tooDeep)
    #expect(ExpressionTestSupport.parseError(String(repeating: "not ", count: 201) + "x")?.message == Self.tooDeep)
    let sum200 = "x" + String(repeating: "+x", count: 200)
    #expect(ExpressionTestSupport.parseError(sum200) == nil)
    let sum201 = "x" + String(repeating: "+x", count: 201)
    #expect(
      ExpressionTestSupport.parseError(sum201)
        == ExpressionError(
          message: Self.tooDeep, offset: 401, length: 1))
    let calls = String(repeating: "abs(", count: 201) + "x" + String(repeating: ")", count: 201)
    #expect(ExpressionTestSupport.parseError(calls)?.message == Self.tooDeep)
    let powers = "x" + String(repeating: "^x", count: 201)
    #expect(ExpressionTestSupport.parseError(powers)?.message == Self.tooDeep)
  }

  @Test(
    "pathological inputs at the length limit fail cleanly",
    arguments: [
      String(repeating: "(", count: 10_000),
      String(repeating: "-", count: 10_000),
      String(repeating: ")", count: 10_000),
      String(repeating: "not ", count: 2_500),
      String(repeating: "2^", count: 4_999) + "2",
      String(repeating: "log(", count: 2_500),
      String(repeating: "a.", count: 4_999) + "a",
      "\"" + String(repeating: "\\", count: 9_999),
      String(repeating: "9", count: 10_000),
      String(repeating: "1e", count: 5_000),
    ])
  func pathological(text: String) {
    // Must return or throw, never trap or overflow the stack.
    let error = ExpressionTestSupport.parseError(text)
    if let error {
      #expect(error.offset >= 0 && error.offset + error.length <= text.count)
    }
  }
}
