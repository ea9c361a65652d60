import LossbookWords

/// A problem in a CSV file, located at a 1-based line and column of the source.
///
/// Columns count Unicode scalars from the start of the line, so they match what an editor shows
/// for most text.
public struct CSVError: Error, Equatable, Sendable {
  /// A plain-English description, e.g. "line 7 has 4 fields, the header has 3".
  public var message: String
  /// The 1-based source line.
  public var line: Int
  /// The 1-based column within ``line``.
  public var column: Int

  /// Creates an error at a source position.
  public init(message: String, line: Int, column: Int) {
    self.message = message
    self.line = line
    self.column = column
  }

  /// An error worded by the words module.
  init(_ problem: FileProblem, line: Int, column: Int) {
    self.init(message: Words.diagnostic(.file(problem)), line: line, column: column)
  }
}
