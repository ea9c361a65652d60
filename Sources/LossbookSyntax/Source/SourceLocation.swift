/// A position in a notebook: 1-based line and 1-based column.
///
/// Columns count Swift `Character`s (grapheme clusters) from the start of the line, so a
/// Japanese character or an emoji is one column. `utf8Offset` is the byte offset from the start
/// of the file, kept so that ranges can be sliced out of the text exactly.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var line: Int
  public var column: Int
  public var utf8Offset: Int

  public init(line: Int, column: Int, utf8Offset: Int = 0) {
    self.line = line
    self.column = column
    self.utf8Offset = utf8Offset
  }

  public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
    (a.line, a.column) < (b.line, b.column)
  }

  public var description: String { "\(line):\(column)" }
}

/// A half-open range of a notebook's text, `start ..< end`.
public struct SourceRange: Sendable, Hashable, CustomStringConvertible {
  public var start: SourceLocation
  public var end: SourceLocation

  public init(start: SourceLocation, end: SourceLocation) {
    self.start = start
    self.end = max(start, end)
  }

  /// A range of `length` columns on one line.
  public init(line: Int, column: Int, length: Int) {
    self.start = SourceLocation(line: line, column: column)
    self.end = SourceLocation(line: line, column: column + max(length, 0))
  }

  public var description: String { "\(start)-\(end)" }
}

/// A value together with the range of text it came from.
public struct Located<Value> {
  public var value: Value
  public var range: SourceRange

  public init(_ value: Value, at range: SourceRange) {
    self.value = value
    self.range = range
  }
}

extension Located: Sendable where Value: Sendable {}
extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
