import LossbookWords

/// A problem found while parsing, compiling or evaluating an expression.
///
/// Positions are counted in `Character`s from the start of the expression text
/// (the text after the leading `=` that the caller strips).
public struct ExpressionError: Error, Equatable, Sendable {
  /// A plain, lower-case message that quotes the offending text, e.g. `unexpected ')'`.
  public var message: String
  /// 0-based `Character` offset of the offending text; `-1` means "not yet known".
  ///
  /// A reference lookup may throw an error with offset `-1`; the evaluator then
  /// fills in the position of the reference that failed.
  public var offset: Int
  /// Length in `Character`s of the offending text (at least 1 where possible).
  public var length: Int

  /// Creates an error; leave `offset` at `-1` to let the evaluator attach the position of the reference being looked up.
  public init(_ message: String, offset: Int = -1, length: Int = 0) {
    self.message = message
    self.offset = offset
    self.length = length
  }

  /// Creates an error with a message and position.
  public init(message: String, offset: Int, length: Int) {
    self.init(message, offset: offset, length: length)
  }

  /// Creates an error located at `span`.
  init(_ message: String, at span: ExpressionSpan) {
    self.init(message, offset: span.offset, length: span.length)
  }

  /// Creates an error worded by the words module.
  init(_ problem: ExpressionProblem, offset: Int = -1, length: Int = 0) {
    self.init(Words.diagnostic(.expression(problem)), offset: offset, length: length)
  }

  /// Creates an error worded by the words module, located at `span`.
  init(_ problem: ExpressionProblem, at span: ExpressionSpan) {
    self.init(problem, offset: span.offset, length: span.length)
  }

  /// Returns this error, positioned at `span` if it has no position yet.
  func positioned(at span: ExpressionSpan) -> ExpressionError {
    guard offset < 0 else { return self }
    return ExpressionError(message, offset: span.offset, length: span.length)
  }
}
