import LossbookSyntax

/// The level of the Markdown heading each line sits under: 1 (the page title) before any
/// heading, else the level of the nearest ATX heading (`#`, `##`, …) above it, outside fences.
enum HeadingOutline {
  static func levels(of file: SourceFile, at lines: [Int]) -> [Int: Int] {
    let wanted = Set(lines)
    var out: [Int: Int] = [:]
    var level = 1
    var fence: (char: Character, length: Int)?
    for (index, text) in file.lines.enumerated() {
      let line = index + 1
      if wanted.contains(line) { out[line] = level }
      let trimmed = text.drop { $0 == " " }
      guard text.count - trimmed.count <= 3 else { continue }
      if let first = trimmed.first, first == "`" || first == "~" {
        let run = trimmed.prefix { $0 == first }.count
        if run >= 3 {
          if let open = fence {
            if first == open.char && run >= open.length { fence = nil }
          } else {
            fence = (first, run)
          }
          continue
        }
      }
      guard fence == nil, trimmed.first == "#" else { continue }
      let hashes = trimmed.prefix { $0 == "#" }.count
      let rest = trimmed.dropFirst(hashes)
      if hashes <= 6, rest.isEmpty || rest.first == " " || rest.first == "\t" { level = hashes }
    }
    return out
  }
}
