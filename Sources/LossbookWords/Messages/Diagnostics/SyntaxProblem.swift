/// The diagnostics of the notebook splitter (LossbookSyntax's `SplitDiagnostics` names their ids).
public enum SyntaxProblem: Sendable, Hashable {
  case frontMatterNotClosed
  /// "end it with a line '```'": the fence that would close it.
  case endWithLine(String)
  case tooManyHeadings(heading: Int, limit: Int)
  case tooManyHeadingsHelp
  case blockNotClosed(kind: String, id: String)
  case missingBlockID(kind: String)
  case missingBlockIDHelp(kind: String)
  case badBlockID(String)
  /// An unknown kind; `listing`: the fence is shown as a code listing (a warning).
  case unknownKind(String, listing: Bool)
  /// "did you mean 'x'?"
  case didYouMean(String)
}

/// The problems of an expression: parsing, compiling and evaluating it (`ExpressionError`).
/// Quoted text arrives as it is shown, quotes included where the sentence has none of its own.
public enum ExpressionProblem: Sendable, Hashable {
  case doubleStar, doubleAmpersand, doublePipe, singleEquals, bang
  case unexpectedCharacter(String)
  /// `suffixHint`: the junk starts with a lower-case size suffix.
  case malformedNumber(String, suffixHint: Bool)
  case numberTooLarge(String)
  case nameExpectedAfterDot(in: String)
  case unknownEscape(String)
  case unterminatedString
  case compiledNumbersOnly(found: String)
  case invalidSlot(Int, reference: String)
  case chainedComparison
  case notNeedsParentheses
  case empty
  case expressionExpected(after: String)
  case unknownFunction(String, suggestion: String?)
  case closeParenthesisExpected(found: String)
  case commaOrParenthesisExpected(callee: String, found: String)
  case unexpected(found: String)
  case unclosedParenthesis
  case unexpectedEnd
  case nestedTooDeeply(limit: Int)
  case arity(function: String, exactly: Int, got: Int)
  case arityAtLeast(function: String, atLeast: Int, got: Int)
  case stringWithNumber(op: String)
  case comparesNumbersOnly(op: String)
  case needsNumbers(function: String, found: String)
  case tooLong(count: Int, limit: Int)
  case lengthMismatch(variables: Int, values: Int)
  case givesString
}
