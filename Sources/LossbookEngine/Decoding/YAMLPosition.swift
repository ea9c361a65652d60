import LossbookSyntax
import Yams

/// Maps positions inside a block's YAML body to positions in the notebook.
public struct YAMLPosition: Sendable {
  /// The notebook line of the body's first line.
  public var firstLine: Int
  /// Columns removed from each body line (the fence's indentation).
  public var indent: Int

  public init(firstLine: Int, indent: Int) {
    self.firstLine = firstLine
    self.indent = indent
  }

  /// The notebook location of a Yams mark (1-based line and column within the body).
  public func location(_ mark: Mark) -> SourceLocation {
    SourceLocation(line: firstLine + mark.line - 1, column: mark.column + indent)
  }

  /// The range a node covers on its first line: a scalar's text, or one column otherwise.
  public func range(of node: Node) -> SourceRange {
    guard let mark = node.mark else { return SourceRange(line: firstLine, column: 1 + indent, length: 1) }
    let start = location(mark)
    var length = 1
    if case .scalar(let s) = node {
      let quoted = s.style == .singleQuoted || s.style == .doubleQuoted
      let firstLineText = s.string.split(separator: "\n", omittingEmptySubsequences: false).first ?? ""
      length = max(1, firstLineText.count + (quoted ? 2 : 0))
    }
    return SourceRange(start: start, end: SourceLocation(line: start.line, column: start.column + length))
  }
}
