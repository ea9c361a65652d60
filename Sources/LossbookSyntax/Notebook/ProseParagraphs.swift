/// One character of prose with its place in the notebook.
struct ProseCell {
  let char: Character
  let line: Int
  let column: Int
}

/// Prose cut into paragraphs as CommonMark sees them, for the scanners that look for code spans
/// and citations: a blank line ends a paragraph (so neither crosses one), a line break inside one
/// is a `"\n"` cell, and indented code (four spaces after a blank line) is left out.
enum ProseParagraphs {
  static func split(_ prose: [(line: Int, text: Substring)]) -> [[ProseCell]] {
    var paragraphs: [[ProseCell]] = []
    var paragraph: [ProseCell] = []
    var previousBlank = true
    for (line, text) in prose {
      if text.allSatisfy({ $0 == " " || $0 == "\t" }) {
        if !paragraph.isEmpty { paragraphs.append(paragraph) }
        paragraph.removeAll()
        previousBlank = true
        continue
      }
      let indented = text.hasPrefix("    ") || text.hasPrefix("\t")
      if indented && previousBlank && paragraph.isEmpty { continue }
      previousBlank = false
      if !paragraph.isEmpty { paragraph.append(ProseCell(char: "\n", line: line - 1, column: 0)) }
      for (offset, c) in text.enumerated() { paragraph.append(ProseCell(char: c, line: line, column: offset + 1)) }
    }
    if !paragraph.isEmpty { paragraphs.append(paragraph) }
    return paragraphs
  }
}
