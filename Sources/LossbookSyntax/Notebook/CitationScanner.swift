/// A citation in prose, as Pandoc and Quarto write them: `[@du2024]`, `[see @du2024, p. 3; @wei2022]`
/// in brackets, or `@du2024` in the running text. `@fig-ID` and `@tbl-ID` have the same form; the
/// engine tells them apart by their prefix.
public struct CitationSyntax: Sendable, Equatable {
  /// In brackets, or in the sentence.
  public enum Form: Sendable, Equatable {
    /// `[@du2024]`: the whole citation in parentheses, "(Du et al., 2024)".
    case parenthetical
    /// `@du2024`: the authors in the sentence, "Du et al. (2024)".
    case narrative
  }

  /// One cited work: `see @du2024, p. 3`.
  public struct Item: Sendable, Equatable {
    /// The key after `@`.
    public var key: Located<String>
    /// Words before the key (`see`), trimmed; empty when none.
    public var prefix: String
    /// Words after the key and its comma (`p. 3`), trimmed; empty when none.
    public var locator: String
  }

  public var form: Form
  public var items: [Item]
  /// The whole citation: from `[` to `]`, or the `@key` alone. Always on one line.
  public var range: SourceRange
}

/// Finds citations in prose, skipping code spans and indented code as CommonMark would.
///
/// A bracketed citation opens and closes on one line, and every `;`-separated part of it holds
/// one `@key`; `[text](url)`, `![image]` and `[x][ref]` are links, not citations. A narrative
/// `@key` must not follow a letter, digit or backslash, so `a@b.org` is an address.
enum CitationScanner {
  private typealias Cell = ProseCell

  static func scan(_ prose: [(line: Int, text: Substring)]) -> [CitationSyntax] {
    ProseParagraphs.split(prose).flatMap(scanParagraph)
  }

  /// The citations of one paragraph, outside its code spans.
  private static func scanParagraph(_ cells: [Cell]) -> [CitationSyntax] {
    var found: [CitationSyntax] = []
    var i = 0
    while i < cells.count {
      let c = cells[i].char
      if c == "\\" {
        i += 2
        continue
      }
      if c == "`" {
        i = endOfCodeSpan(cells, from: i)
        continue
      }
      if c == "[" {
        let isImage = i > 0 && cells[i - 1].char == "!"
        if !isImage, let (citation, end) = bracketed(cells, from: i) {
          found.append(citation)
          i = end
          continue
        }
        // The text of a link or an image is not searched for citations.
        if let close = closingBracket(cells, from: i), isImage || isLink(cells, after: close) {
          i = close + 1
          continue
        }
      }
      if c == "@", i == 0 || !isWordBefore(cells[i - 1].char), let (key, end) = key(cells, from: i + 1) {
        let range = SourceRange(
          start: SourceLocation(line: cells[i].line, column: cells[i].column),
          end: SourceLocation(line: cells[end - 1].line, column: cells[end - 1].column + 1))
        found.append(
          CitationSyntax(form: .narrative, items: [.init(key: key, prefix: "", locator: "")], range: range))
        i = end
        continue
      }
      i += 1
    }
    return found
  }

  /// The index after a code span opened at `start`, or after its backticks when it never closes.
  private static func endOfCodeSpan(_ cells: [Cell], from start: Int) -> Int {
    var n = start
    while n < cells.count, cells[n].char == "`" { n += 1 }
    let length = n - start
    var k = n
    while k < cells.count {
      guard cells[k].char == "`" else {
        k += 1
        continue
      }
      var m = k
      while m < cells.count, cells[m].char == "`" { m += 1 }
      if m - k == length { return m }
      k = m
    }
    return n
  }

  /// The `]` closing the bracket at `start` on its line, with no bracket or code inside.
  private static func closingBracket(_ cells: [Cell], from start: Int) -> Int? {
    var close = start + 1
    while close < cells.count, cells[close].char != "]" {
      if ["[", "\n", "`"].contains(cells[close].char) { return nil }
      close += 1
    }
    return close < cells.count ? close : nil
  }

  /// Whether the bracket closing at `close` is a link's text or a reference definition: its `]`
  /// is followed by `(`, `[` or `:`.
  private static func isLink(_ cells: [Cell], after close: Int) -> Bool {
    close + 1 < cells.count && ["(", "[", ":"].contains(cells[close + 1].char)
  }

  /// A bracketed citation opening at `start`, and the index after its `]`.
  private static func bracketed(_ cells: [Cell], from start: Int) -> (CitationSyntax, Int)? {
    guard let close = closingBracket(cells, from: start), !isLink(cells, after: close) else { return nil }
    var items: [CitationSyntax.Item] = []
    var partStart = start + 1
    for index in (start + 1)...close where index == close || cells[index].char == ";" {
      guard let item = item(cells, from: partStart, to: index) else { return nil }
      items.append(item)
      partStart = index + 1
    }
    let range = SourceRange(
      start: SourceLocation(line: cells[start].line, column: cells[start].column),
      end: SourceLocation(line: cells[close].line, column: cells[close].column + 1))
    return (CitationSyntax(form: .parenthetical, items: items, range: range), close + 1)
  }

  /// One `prefix @key, locator` part of a bracketed citation, between `from` and `to`.
  private static func item(_ cells: [Cell], from: Int, to: Int) -> CitationSyntax.Item? {
    guard
      let at = (from..<to).first(where: {
        cells[$0].char == "@" && ($0 == from || cells[$0 - 1].char == " " || cells[$0 - 1].char == "-")
      }),
      let (key, end) = key(cells, from: at + 1), end <= to
    else { return nil }
    let prefix = text(cells[from..<at]).trimmingSpaces()
    var rest = text(cells[end..<to]).trimmingSpaces()
    if rest.hasPrefix(",") { rest = String(rest.dropFirst()).trimmingSpaces() }
    return CitationSyntax.Item(key: key, prefix: prefix, locator: rest)
  }

  /// A key starting at `start` (after `@`) and the index after it: a letter, digit or `_`, then
  /// those and the inner punctuation Pandoc allows (`:.#$%&-+?<>~/`) when a key character follows.
  private static func key(_ cells: [Cell], from start: Int) -> (Located<String>, Int)? {
    guard start < cells.count, isKeyCharacter(cells[start].char) else { return nil }
    var end = start + 1
    while end < cells.count {
      if isKeyCharacter(cells[end].char) {
        end += 1
      } else if ":.#$%&-+?<>~/".contains(cells[end].char), end + 1 < cells.count, isKeyCharacter(cells[end + 1].char) {
        end += 2
      } else {
        break
      }
    }
    let range = SourceRange(
      start: SourceLocation(line: cells[start].line, column: cells[start].column),
      end: SourceLocation(line: cells[end - 1].line, column: cells[end - 1].column + 1))
    return (Located(text(cells[start..<end]), at: range), end)
  }

  private static func isKeyCharacter(_ c: Character) -> Bool {
    c == "_" || (c.isASCII && (c.isLetter || c.isNumber))
  }

  /// Characters that make `@` part of a word (an address such as a@b.org, or an escape).
  private static func isWordBefore(_ c: Character) -> Bool {
    c.isLetter || c.isNumber || c == "\\" || c == "_" || c == "@"
  }

  private static func text(_ cells: ArraySlice<Cell>) -> String { String(cells.map(\.char)) }
}

extension String {
  /// The text without spaces at either end.
  fileprivate func trimmingSpaces() -> String {
    var s = Substring(self)
    while s.first == " " { s.removeFirst() }
    while s.last == " " { s.removeLast() }
    return String(s)
  }
}
