import LossbookWords

/// Splits a notebook into front matter, blocks and inline values, with line and column.
///
/// The rules follow CommonMark for what matters here: a fence is three or more backticks or
/// tildes indented by at most three spaces, closed by a fence of the same character that is at
/// least as long; a fence inside another fence is content. A fence whose first info word is a
/// registered kind is a block; any other fence is an ordinary code listing.
public struct NotebookSplitter: Sendable {
  /// The registered block kinds.
  public var kinds: [String]

  public init(kinds: [String]) { self.kinds = kinds }

  /// The most headings a notebook may have (each becomes an id and a table-of-contents entry).
  public static let maxHeadings = 10_000

  public func split(_ file: SourceFile) -> (NotebookSyntax, [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    var blocks: [BlockSyntax] = []
    var headingLevel = 1
    var headings = 0
    var prose: [(line: Int, text: Substring)] = []
    let lines = file.lines
    var i = 0

    // Front matter.
    var frontMatter: FrontMatterSyntax?
    if let first = lines.first, first.trimmingTrailingSpaces() == "---" {
      var j = 1
      while j < lines.count, !["---", "..."].contains(lines[j].trimmingTrailingSpaces()) { j += 1 }
      if j < lines.count {
        frontMatter = FrontMatterSyntax(
          yaml: lines[1..<j].joined(separator: "\n"), firstLine: 2, closingLine: j + 1)
        i = j + 1
      } else {
        diagnostics.append(
          Diagnostic(
            SplitDiagnostics.unclosedFrontMatter, .error,
            Words.diagnostic(.syntax(.frontMatterNotClosed)),
            at: SourceRange(line: 1, column: 1, length: 3),
            help: Words.diagnostic(.syntax(.endWithLine("---"))), stage: .split))
        i = lines.count
      }
    }

    while i < lines.count {
      let line = lines[i]
      guard let fence = Fence(line) else {
        prose.append((i + 1, line))
        if let level = Self.headingLevel(line) {
          headingLevel = level
          headings += 1
          if headings == Self.maxHeadings + 1 {
            diagnostics.append(
              Diagnostic(
                LimitDiagnostics.overLimit, .error,
                Words.diagnostic(.syntax(.tooManyHeadings(heading: headings, limit: Self.maxHeadings))),
                at: SourceRange(line: i + 1, column: 1, length: max(1, line.count)),
                help: Words.diagnostic(.syntax(.tooManyHeadingsHelp)), stage: .split))
          }
        }
        i += 1
        continue
      }
      // Find the closing fence.
      var j = i + 1
      while j < lines.count, !fence.isClosed(by: lines[j]) { j += 1 }
      let closed = j < lines.count
      let bodyLines = lines[(i + 1)..<min(j, lines.count)].map { fence.strip($0) }
      if let block = classify(fence: fence, line: i + 1, file: file, diagnostics: &diagnostics) {
        if !closed {
          diagnostics.append(
            Diagnostic(
              SplitDiagnostics.unclosedBlock, .error,
              Words.diagnostic(.syntax(.blockNotClosed(kind: block.kind.value, id: block.id.value))),
              at: block.kind.range,
              help: Words.diagnostic(.syntax(.endWithLine(String(repeating: fence.char, count: fence.length)))),
              stage: .split))
        }
        var b = block
        b.closingLine = closed ? j + 1 : lines.count
        b.body = bodyLines.joined(separator: "\n")
        b.bodyFirstLine = i + 2
        b.bodyIndent = fence.indent
        b.headingLevel = headingLevel
        blocks.append(b)
      }
      // A listing's lines are neither prose nor a block; skip them whole.
      prose.append((i + 1, ""))
      i = closed ? j + 1 : lines.count
    }

    let inline = InlineValueScanner.scan(prose)
    let citations = CitationScanner.scan(prose)
    let syntax = NotebookSyntax(
      file: file, frontMatter: frontMatter, blocks: blocks, inlineValues: inline, citations: citations)
    return (syntax, diagnostics)
  }

  /// The level of an ATX heading line (up to 3 spaces, 1 to 6 `#`, then a space or the end).
  static func headingLevel(_ line: Substring) -> Int? {
    let trimmed = line.drop { $0 == " " }
    guard line.count - trimmed.count <= 3, trimmed.first == "#" else { return nil }
    let hashes = trimmed.prefix { $0 == "#" }.count
    let rest = trimmed.dropFirst(hashes)
    return hashes <= 6 && (rest.isEmpty || rest.first == " " || rest.first == "\t") ? hashes : nil
  }

  /// Decides whether a fence opens a block, a near-miss (diagnosed) or a plain listing.
  private func classify(fence: Fence, line: Int, file: SourceFile, diagnostics: inout [Diagnostic]) -> BlockSyntax? {
    let words = fence.infoWords(line: line)
    guard let first = words.first else { return nil }
    if kinds.contains(first.value) {
      guard words.count >= 2 else {
        diagnostics.append(
          Diagnostic(
            SplitDiagnostics.missingBlockID, .error, Words.diagnostic(.syntax(.missingBlockID(kind: first.value))),
            at: first.range, help: Words.diagnostic(.syntax(.missingBlockIDHelp(kind: first.value))), stage: .split))
        return nil
      }
      let id = words[1]
      if !BlockIDRules.isValid(id.value) {
        diagnostics.append(
          Diagnostic(
            SplitDiagnostics.badBlockID, .error,
            Words.diagnostic(.syntax(.badBlockID(id.value))),
            at: id.range, stage: .split))
        return nil
      }
      return BlockSyntax(
        kind: first, id: id, extraInfo: Array(words.dropFirst(2)), fenceLine: line, closingLine: line,
        body: "", bodyFirstLine: line + 1, bodyIndent: 0)
    }
    // A near miss of a kind: an error when it is written like a block (`fitt main`),
    // a warning when it could be a language name (`fitt`).
    if let suggestion = Suggestion.closest(to: first.value, among: kinds, maxDistance: first.value.count <= 4 ? 1 : 2),
      !KnownLanguages.names.contains(first.value.lowercased())
    {
      let looksLikeBlock = words.count == 2 && BlockIDRules.isValid(words[1].value)
      diagnostics.append(
        Diagnostic(
          SplitDiagnostics.unknownBlockKind, looksLikeBlock ? .error : .warning,
          Words.diagnostic(.syntax(.unknownKind(first.value, listing: !looksLikeBlock))),
          at: first.range, help: Words.diagnostic(.syntax(.didYouMean(suggestion))), stage: .split))
    }
    return nil
  }
}

/// The diagnostic ids raised while splitting.
public enum SplitDiagnostics {
  public static let unclosedFrontMatter: DiagnosticID = "unclosed-front-matter"
  public static let unclosedBlock: DiagnosticID = "unclosed-block"
  public static let missingBlockID: DiagnosticID = "missing-block-id"
  public static let badBlockID: DiagnosticID = "bad-block-id"
  public static let unknownBlockKind: DiagnosticID = "unknown-block-kind"
}

/// What a block id may look like: letters, digits, `_` and `-`, starting with a letter.
public enum BlockIDRules {
  public static func isValid(_ s: String) -> Bool {
    guard let f = s.unicodeScalars.first, f.isASCIILetter, s.count <= 64 else { return false }
    return s.unicodeScalars.allSatisfy { $0.isASCIILetter || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }
  }
}

/// Language names that must not be taken for misspelt block kinds.
enum KnownLanguages {
  static let names: Set<String> = [
    "text", "txt", "yaml", "yml", "json", "csv", "tsv", "python", "py", "r", "swift", "sh", "bash",
    "zsh", "markdown", "md", "html", "css", "js", "ts", "c", "cpp", "go", "rust", "sql", "toml",
    "diff", "console", "shell", "julia", "tex", "latex", "xml", "svg", "plot", "table", "math",
  ]
}

extension Unicode.Scalar {
  var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}

extension Substring {
  func trimmingTrailingSpaces() -> Substring {
    var s = self
    while let last = s.last, last == " " || last == "\t" { s.removeLast() }
    return s
  }
}
