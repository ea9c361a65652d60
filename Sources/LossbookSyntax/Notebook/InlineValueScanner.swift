/// Finds inline code spans that begin with `=` in prose, as CommonMark would find code spans.
///
/// Prose is scanned paragraph by paragraph (``ProseParagraphs``). A backtick run opens a span
/// that closes at the next run of the same length; a backslash before a backtick outside a span
/// makes it literal.
enum InlineValueScanner {
  private typealias Cell = ProseCell

  static func scan(_ prose: [(line: Int, text: Substring)]) -> [InlineValueSyntax] {
    ProseParagraphs.split(prose).flatMap(scanParagraph)
  }

  private static func scanParagraph(_ cells: [Cell]) -> [InlineValueSyntax] {
    var out: [InlineValueSyntax] = []
    var i = 0
    while i < cells.count {
      let c = cells[i].char
      if c == "\\", i + 1 < cells.count {
        i += 2
        continue
      }
      guard c == "`" else {
        i += 1
        continue
      }
      var n = i
      while n < cells.count, cells[n].char == "`" { n += 1 }
      let runLength = n - i
      // Look for the closing run of exactly the same length.
      var k = n
      var closeStart: Int?
      while k < cells.count {
        if cells[k].char == "`" {
          var m = k
          while m < cells.count, cells[m].char == "`" { m += 1 }
          if m - k == runLength {
            closeStart = k
            break
          }
          k = m
        } else {
          k += 1
        }
      }
      guard let close = closeStart else {
        i = n
        continue
      }
      if let value = inlineValue(Array(cells[n..<close])) { out.append(value) }
      i = close + runLength
    }
    return out
  }

  /// Turns a code span's cells into an inline value if its content begins with `=`.
  private static func inlineValue(_ raw: [Cell]) -> InlineValueSyntax? {
    var cells = raw.map { $0.char == "\n" ? Cell(char: " ", line: $0.line, column: $0.column) : $0 }
    // CommonMark: strip one space from both ends when both are spaces and not all is space.
    if cells.count >= 2, cells.first?.char == " ", cells.last?.char == " ", !cells.allSatisfy({ $0.char == " " }) {
      cells.removeFirst()
      cells.removeLast()
    }
    let content = String(cells.map(\.char))
    // An inline value begins with "= " (a lone "=" or "=x" stays code, as in `=`).
    guard cells.count >= 3, cells[0].char == "=", cells[1].char == " " else { return nil }
    let body = Array(cells.dropFirst())
    // In a GitHub table cell the bar is written `\|`; the backslash belongs to neither part.
    let bar = body.lastIndex { $0.char == "|" }
    var exprEnd = bar ?? body.count
    if let b = bar, b > 0, body[b - 1].char == "\\" { exprEnd = b - 1 }
    let exprCells = Array(body[..<exprEnd])
    let formatCells = bar.map { Array(body[($0 + 1)...]) }
    guard let expression = located(exprCells, fallback: cells[0]) else { return nil }
    let format = formatCells.flatMap { located($0, fallback: cells[0]) }
    return InlineValueSyntax(content: content, expression: expression, format: format)
  }

  private static func located(_ cells: [Cell], fallback: Cell) -> Located<String>? {
    var s = cells[...]
    while s.first?.char == " " { s.removeFirst() }
    while s.last?.char == " " { s.removeLast() }
    guard let first = s.first, let last = s.last else {
      return Located("", at: SourceRange(line: fallback.line, column: fallback.column, length: 1))
    }
    let start = SourceLocation(line: first.line, column: first.column)
    let end =
      last.line == first.line
      ? SourceLocation(line: last.line, column: last.column + 1)
      : SourceLocation(line: first.line, column: first.column + 1)
    return Located(String(s.map(\.char)), at: SourceRange(start: start, end: end))
  }
}
