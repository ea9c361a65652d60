/// An opening code fence: its character, length, indentation and info string.
struct Fence {
  let char: Character
  let length: Int
  let indent: Int
  /// The info string with its starting column (1-based).
  let info: Substring
  let infoColumn: Int

  init?(_ line: Substring) {
    let chars = Array(line)
    var indent = 0
    while indent < chars.count, chars[indent] == " " { indent += 1 }
    guard indent <= 3, indent < chars.count, chars[indent] == "`" || chars[indent] == "~" else { return nil }
    let c = chars[indent]
    var n = indent
    while n < chars.count, chars[n] == c { n += 1 }
    let length = n - indent
    guard length >= 3 else { return nil }
    let rest = chars[n...]
    if c == "`", rest.contains("`") { return nil }
    var start = n
    while start < chars.count, chars[start] == " " || chars[start] == "\t" { start += 1 }
    self.char = c
    self.length = length
    self.indent = indent
    self.info = Substring(String(chars[start...])).trimmingTrailingSpaces()
    self.infoColumn = start + 1
  }

  /// Whether `line` closes this fence.
  func isClosed(by line: Substring) -> Bool {
    let chars = Array(line)
    var k = 0
    while k < chars.count, chars[k] == " " { k += 1 }
    guard k <= 3 else { return false }
    var n = k
    while n < chars.count, chars[n] == char { n += 1 }
    guard n - k >= length else { return false }
    return chars[n...].allSatisfy { $0 == " " || $0 == "\t" }
  }

  /// Removes up to `indent` leading spaces, as CommonMark does for fenced content.
  func strip(_ line: Substring) -> Substring {
    var s = line
    var k = 0
    while k < indent, s.first == " " {
      s.removeFirst()
      k += 1
    }
    return s
  }

  /// The words of the info string, each with its range on `line`.
  func infoWords(line: Int) -> [Located<String>] {
    var words: [Located<String>] = []
    var column = infoColumn
    var current = ""
    var startColumn = column
    for c in info {
      if c == " " || c == "\t" {
        if !current.isEmpty {
          words.append(Located(current, at: SourceRange(line: line, column: startColumn, length: current.count)))
        }
        current = ""
      } else {
        if current.isEmpty { startColumn = column }
        current.append(c)
      }
      column += 1
    }
    if !current.isEmpty {
      words.append(Located(current, at: SourceRange(line: line, column: startColumn, length: current.count)))
    }
    return words
  }
}
