/// The English text of the notebook splitter's and the expressions' diagnostics.
extension English {
  func text(_ key: SyntaxProblem) -> String {
    switch key {
    case .frontMatterNotClosed: "the front matter that starts here is never closed"
    case .endWithLine(let fence): "end it with a line '\(fence)'"
    case .tooManyHeadings(let heading, let limit): "this is heading \(heading); the limit is \(limit) headings"
    case .tooManyHeadingsHelp: "split the notebook into several, or make the minor headings bold text"
    case .blockNotClosed(let kind, let id): "the \(kind) block '\(id)' is never closed"
    case .missingBlockID(let kind): "a \(kind) block needs an id after its kind"
    case .missingBlockIDHelp(let kind): "write '\(kind) my_\(kind)'"
    case .badBlockID(let id):
      "'\(id)' is not a valid block id: use letters, digits, '_' and '-', starting with a letter"
    case .unknownKind(let kind, let listing):
      "unknown block kind '\(kind)'" + (listing ? "; this fence is shown as a code listing" : "")
    case .didYouMean(let name): "did you mean '\(name)'?"
    }
  }

  func text(_ key: ExpressionProblem) -> String {
    switch key {
    case .doubleStar: "'**' is not an operator; use '^' for powers"
    case .doubleAmpersand: "'&&' is not an operator; use 'and'"
    case .doublePipe: "'||' is not an operator; use 'or'"
    case .singleEquals: "unexpected '='; use '==' to compare"
    case .bang: "unexpected '!'; use 'not' or '!='"
    case .unexpectedCharacter(let c): "unexpected character '\(c)'"
    case .malformedNumber(let written, let suffixHint):
      "number '\(written)' is malformed" + (suffixHint ? "; size suffixes are K, M, B and T" : "")
    case .numberTooLarge(let written): "number '\(written)' is too large"
    case .nameExpectedAfterDot(let text): "expected a name after '.' in '\(text)'"
    case .unknownEscape(let c): "unknown escape '\\\(c)' in string; only '\\\"' and '\\\\' are allowed"
    case .unterminatedString: "unterminated string"
    case .compiledNumbersOnly(let found): "compiled expressions work on numbers only, found the string \(found)"
    case .invalidSlot(let index, let reference): "invalid slot \(index) for '\(reference)'"
    case .chainedComparison: "comparisons cannot be chained; use 'and'"
    case .notNeedsParentheses: "'not' must be parenthesised here, as in '(not x)'"
    case .empty: "expression is empty"
    case .expressionExpected(let after): "expected an expression after '\(after)'"
    case .unknownFunction(let name, let suggestion):
      "unknown function '\(name)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
    case .closeParenthesisExpected(let found): "expected ')' to close '(', found \(found)"
    case .commaOrParenthesisExpected(let callee, let found):
      "expected ',' or ')' in the call to '\(callee)', found \(found)"
    case .unexpected(let found): "unexpected \(found)"
    case .unclosedParenthesis: "expected ')' to close '('"
    case .unexpectedEnd: "unexpected end of expression"
    case .nestedTooDeeply(let limit): "expression is nested too deeply (the limit is \(limit) levels)"
    case .arity(let function, let n, let got): "'\(function)' takes \(n) argument\(n == 1 ? "" : "s"), got \(got)"
    case .arityAtLeast(let function, let n, let got): "'\(function)' takes at least \(n) arguments, got \(got)"
    case .stringWithNumber(let op): "cannot compare a string with a number using '\(op)'"
    case .comparesNumbersOnly(let op): "'\(op)' compares numbers only; strings can only be compared with '==' or '!='"
    case .needsNumbers(let function, let found): "'\(function)' needs numbers, got the string \(found)"
    case .tooLong(let count, let limit): "expression is too long (\(count) characters; the limit is \(limit))"
    case .lengthMismatch(let variables, let values):
      "variables and values differ in length (\(variables) and \(values))"
    case .givesString: "expression gives a string, not a number"
    }
  }
}
