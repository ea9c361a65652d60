/// Prints diagnostics in the compiler form, with the source line and a caret:
///
/// ```
/// Notebooks/x.md:41:9: error: unknown law 'chinchila' [spec-type-mismatch]
///    41 | law: chinchila
///       |      ^~~~~~~~~ did you mean 'chinchilla'?
/// ```
public struct DiagnosticFormatter: Sendable {
  /// ANSI colours; only for a terminal.
  public var colored: Bool

  public init(colored: Bool = false) { self.colored = colored }

  /// Lines longer than this are shown as a window of `context` characters each side of the caret.
  static let longLine = 160
  static let context = 60

  public func format(_ d: Diagnostic, in notebook: SourceFile?) -> String {
    // A problem in an included file is shown in that file.
    let file = d.file ?? notebook
    let path = file?.path ?? "lossbook"
    var out = ""
    let position = d.range.map { ":\($0.start.line):\($0.start.column)" } ?? ""
    out += paint("\(path)\(position): ", .bold)
    out += paint("\(d.severity.rawValue):", d.severity == .error ? .red : d.severity == .warning ? .magenta : .cyan)
    out += paint(" \(d.message) [\(d.id)]", .bold)
    out += "\n"
    if let range = d.range, let file, range.start.line >= 1, range.start.line <= file.lines.count {
      out += excerpt(range: range, help: d.help, file: file)
    } else if let help = d.help {
      out += "  help: \(help)\n"
    }
    for note in d.notes {
      if let r = note.range {
        out += "\(path):\(r.start.line):\(r.start.column): note: \(note.message)\n"
      } else {
        out += "  note: \(note.message)\n"
      }
    }
    return out
  }

  public func format(_ ds: [Diagnostic], in file: SourceFile?) -> String {
    ds.map { format($0, in: file) }.joined()
  }

  private func excerpt(range: SourceRange, help: String?, file: SourceFile) -> String {
    let lineNumber = range.start.line
    var chars = Array(file.line(lineNumber))
    var startIndex = min(max(range.start.column - 1, 0), chars.count)
    var endColumn = range.end.line == range.start.line ? range.end.column : chars.count + 1
    // A very long line is shown as a window around the problem, with "…" where it is cut.
    if chars.count > Self.longLine {
      let from = max(0, startIndex - Self.context)
      let to = min(chars.count, max(startIndex + Self.context, from + 1))
      let lead: [Character] = from > 0 ? ["…"] : []
      let window = lead + Array(chars[from..<to]) + (to < chars.count ? ["…"] : [])
      let shift = from - lead.count
      startIndex -= shift
      endColumn = min(endColumn - shift, window.count + 1)
      chars = window
    }
    let text = String(chars)
    let gutter = String(lineNumber)
    let pad = String(repeating: " ", count: max(gutter.count, 3) + 1)
    var out = "\(pad.dropLast(gutter.count))\(gutter) | \(text)\n"
    var lead = ""
    for c in chars[0..<startIndex] { lead += c == "\t" ? "\t" : String(repeating: " ", count: DisplayWidth.of(c)) }
    let endIndex = min(max(endColumn - 1, startIndex + 1), max(chars.count, startIndex + 1))
    var width = 0
    if startIndex < chars.count {
      for c in chars[startIndex..<min(endIndex, chars.count)] { width += DisplayWidth.of(c) }
    }
    width = max(width, 1)
    let marker = "^" + String(repeating: "~", count: width - 1)
    out += "\(pad) | \(lead)\(paint(marker, .green))"
    if let help { out += " \(help)" }
    out += "\n"
    return out
  }

  private enum Color: String {
    case bold = "1"
    case red = "1;31"
    case magenta = "1;35"
    case cyan = "1;36"
    case green = "1;32"
  }

  private func paint(_ s: String, _ c: Color) -> String {
    colored ? "\u{1B}[\(c.rawValue)m\(s)\u{1B}[0m" : s
  }
}

/// The number of terminal columns a character takes: 2 for East Asian wide characters.
enum DisplayWidth {
  static func of(_ c: Character) -> Int {
    guard let s = c.unicodeScalars.first else { return 1 }
    switch s.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
      return 2
    default:
      return 1
    }
  }
}
