import Foundation
import LossbookSyntax
import LossbookWords

/// Quarto's include shortcode: a prose line `{{< include path.md >}}` is replaced by that file's
/// text, so an English and a Japanese handout can share a glossary or an introduction.
///
/// Paths are relative to the including file and confined like data paths (the notebook's folder
/// and `--data-root`); an included file's own front matter is left out; includes nest up to
/// ``maximumDepth`` deep and a file that includes itself is an error. Every line of the expanded
/// text remembers where it came from, so a diagnostic points into the included file.
struct NotebookIncludes: Sendable {
  /// Where a line of the expanded text was written.
  struct Origin: Sendable {
    /// The file the line is in: nil for the notebook itself.
    var file: SourceFile?
    /// Its line in that file.
    var line: Int
  }

  /// The expanded notebook (its path unchanged).
  var file: SourceFile
  /// The origin of each line of `file`, or nil when nothing was included.
  var origins: [Origin]?

  /// How deep includes may nest.
  static let maximumDepth = 8

  /// Expands every include line of `notebook`; problems become diagnostics at the include line.
  static func expand(_ notebook: SourceFile, files: DataFileOpener, diagnostics: inout [Diagnostic]) -> NotebookIncludes
  {
    guard notebook.text.contains("{{<") else { return NotebookIncludes(file: notebook, origins: nil) }
    var lines: [String] = []
    var origins: [Origin] = []
    var changed = false
    let base = (notebook.path as NSString).deletingLastPathComponent
    append(
      notebook, as: nil, folder: "", base: base, chain: [], lines: &lines, origins: &origins, changed: &changed,
      files: files, diagnostics: &diagnostics)
    guard changed else { return NotebookIncludes(file: notebook, origins: nil) }
    let text = lines.joined(separator: "\n") + "\n"
    return NotebookIncludes(file: SourceFile(path: notebook.path, text: text), origins: origins)
  }

  /// Appends the lines of `source`, expanding its includes; `shown` is the file as diagnostics
  /// name it (nil for the notebook), `folder` its folder relative to the notebook's, `base` the
  /// notebook's folder as the user named it.
  private static func append(
    _ source: SourceFile, as shown: SourceFile?, folder: String, base: String, chain: [String], lines: inout [String],
    origins: inout [Origin], changed: inout Bool, files: DataFileOpener, diagnostics: inout [Diagnostic]
  ) {
    var fence: (char: Character, length: Int)?
    var start = 0
    // An included file's front matter is not the notebook's: leave it out.
    if shown != nil, source.lines.first == "---", let end = source.lines.dropFirst().firstIndex(of: "---") {
      start = end + 1
    }
    for index in start..<source.lines.count {
      let text = String(source.lines[index])
      let number = index + 1
      if let open = fence {
        if closes(text, open) { fence = nil }
      } else if let opened = opensFence(text) {
        fence = opened
      } else if let path = includePath(text) {
        changed = true
        let range = SourceRange(line: number, column: 1, length: text.count)
        let problem = include(
          path, folder: folder, base: base, chain: chain, lines: &lines, origins: &origins, changed: &changed,
          files: files,
          diagnostics: &diagnostics)
        if let problem {
          var d = Diagnostic(
            "include-failed", .error, .notebook(problem.message), at: range, help: .notebook(problem.help),
            stage: .split)
          d.file = shown
          diagnostics.append(d)
        }
        continue
      }
      lines.append(text)
      origins.append(Origin(file: shown, line: number))
    }
  }

  /// Reads and appends one included file; returns what went wrong, if anything.
  private static func include(
    _ path: String, folder: String, base: String, chain: [String], lines: inout [String], origins: inout [Origin],
    changed: inout Bool, files: DataFileOpener, diagnostics: inout [Diagnostic]
  ) -> (message: NotebookProblem, help: NotebookProblem)? {
    let relative = folder.isEmpty ? path : folder + "/" + path
    if chain.contains(relative) || chain.count >= maximumDepth {
      let loop = (chain + [relative]).joined(separator: " → ")
      return chain.contains(relative)
        ? (.includesItself(path, chain: loop), .removeIncludeHelp)
        : (.includesTooDeep(levels: maximumDepth, chain: loop), .includesTooDeepHelp)
    }
    let bytes: [UInt8]
    do {
      bytes = try files.read(relative, maxBytes: 16 << 20)
    } catch {
      return (.includeUnreadable(path, reason: error.message), .includePathsHelp)
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      return (.includeNotUTF8(path), .saveAsUTF8Help)
    }
    let included = SourceFile(path: base.isEmpty ? relative : base + "/" + relative, text: text)
    append(
      included, as: included, folder: (relative as NSString).deletingLastPathComponent, base: base,
      chain: chain + [relative],
      lines: &lines, origins: &origins, changed: &changed, files: files, diagnostics: &diagnostics)
    return nil
  }

  /// The path of an include line: `{{< include path >}}` alone on its line (up to 3 spaces before).
  static func includePath(_ line: String) -> String? {
    var s = Substring(line)
    var indent = 0
    while s.first == " " && indent < 4 {
      s.removeFirst()
      indent += 1
    }
    while s.last == " " || s.last == "\t" { s.removeLast() }
    guard indent < 4, s.hasPrefix("{{<"), s.hasSuffix(">}}") else { return nil }
    let words = s.dropFirst(3).dropLast(3).split(separator: " ", omittingEmptySubsequences: true)
    guard words.count == 2, words[0] == "include" else { return nil }
    return String(words[1])
  }

  /// A fence opening on this line: its character and length.
  private static func opensFence(_ line: String) -> (char: Character, length: Int)? {
    let trimmed = line.drop { $0 == " " }
    guard line.count - trimmed.count < 4, let c = trimmed.first, c == "`" || c == "~" else { return nil }
    let length = trimmed.prefix { $0 == c }.count
    return length >= 3 ? (c, length) : nil
  }

  private static func closes(_ line: String, _ fence: (char: Character, length: Int)) -> Bool {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    return trimmed.count >= fence.length && trimmed.allSatisfy { $0 == fence.char }
  }

  /// The diagnostics with every range in included text moved to its own file and line.
  func remap(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    guard let origins else { return diagnostics }
    return diagnostics.map { d in
      guard d.file == nil, let range = d.range, range.start.line >= 1, range.start.line <= origins.count else {
        return d
      }
      let origin = origins[range.start.line - 1]
      var moved = d
      let shift = origin.line - range.start.line
      moved.range = SourceRange(
        start: SourceLocation(line: range.start.line + shift, column: range.start.column),
        end: SourceLocation(line: range.end.line + shift, column: range.end.column))
      moved.file = origin.file
      return moved
    }
  }
}
