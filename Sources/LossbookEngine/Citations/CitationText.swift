import LossbookRender
import LossbookSyntax
import LossbookWords

/// Puts the resolved citations into the prose: each one's source text becomes a code span
/// holding a private-use marker (`` `\u{E000}cite-3` ``), which the prose renderer replaces by the
/// citation's markup like an inline value; the reference list goes at the end.
struct CitationText {
  let notebook: AnalyzedNotebook
  let formatter: CitationFormatter

  init(notebook: AnalyzedNotebook) {
    self.notebook = notebook
    formatter = CitationFormatter(language: notebook.frontMatter.lang)
  }

  /// `markdown` with every citation replaced by its marker, and the markers' texts.
  func markdown(_ markdown: String) -> (text: String, values: [String: InlineValueText]) {
    guard !notebook.citations.isEmpty else { return (markdown, [:]) }
    var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
    var values: [String: InlineValueText] = [:]
    // Right to left within a line, so earlier columns stay valid.
    let ordered = notebook.citations.enumerated().sorted {
      ($0.element.range.start.line, -$0.element.range.start.column)
        < ($1.element.range.start.line, -$1.element.range.start.column)
    }
    for (index, citation) in ordered {
      let line = citation.range.start.line - 1
      let from = citation.range.start.column - 1
      let to = citation.range.end.column - 1
      guard line < lines.count, from >= 0, from <= to, to <= lines[line].count else { continue }
      let marker = "\u{E000}cite-\(index)"
      lines[line].replaceSubrange(from..<to, with: Array("`\(marker)`"))
      if let (text, target) = crossReference(citation) {
        let link: Markup = "<a class=\"lb-xref\" href=\"#block-\(attribute: target)\">\(text)</a>"
        values[marker] = InlineValueText(text, html: link)
      } else {
        values[marker] = InlineValueText(formatter.plainText(of: citation, in: notebook), html: html(citation))
      }
    }
    return (lines.map { String($0) }.joined(separator: "\n"), values)
  }

  /// The reference list of the works cited, or nil when nothing is cited.
  func referenceList() -> Markup? {
    var keys: Set<String> = []
    for citation in notebook.citations { for item in citation.items { keys.insert(item.key.value) } }
    let cited = keys.compactMap { notebook.references[$0] }
    guard !cited.isEmpty else { return nil }
    return formatter.referenceList(cited, headingID: Self.headingID)
  }

  /// "Figure 3" (図3) and the block id, when the citation is a cross-reference to a numbered block.
  private func crossReference(_ citation: CitationSyntax) -> (text: String, id: String)? {
    guard CitationResolver.isCrossReference(citation),
      let (element, id) = CrossReferences.target(citation.items[0].key.value),
      let number = notebook.numbers[id]?.number
    else { return nil }
    let words = Words(notebook.frontMatter.lang)
    return (words[.numbered(element == .figure ? .figure : .table, number)], id)
  }

  /// The id of the reference list's heading (for the table of contents).
  static let headingID = "lb-references"

  private func html(_ citation: CitationSyntax) -> Markup {
    let works = formatter.works(of: citation, in: notebook)
    switch citation.form {
    case .parenthetical: return formatter.parenthetical(works)
    case .narrative: return works.first.map { formatter.narrative($0) } ?? .empty
    }
  }
}

extension CitationFormatter {
  /// The cited works of a citation, with their prefixes and locators.
  fileprivate func works(of citation: CitationSyntax, in notebook: AnalyzedNotebook) -> [Cited] {
    citation.items.compactMap { item in
      notebook.references[item.key.value].map { Cited($0, prefix: item.prefix, locator: item.locator) }
    }
  }

  /// The citation as plain text.
  fileprivate func plainText(of citation: CitationSyntax, in notebook: AnalyzedNotebook) -> String {
    let works = works(of: citation, in: notebook)
    switch citation.form {
    case .parenthetical: return parentheticalText(works)
    case .narrative: return works.first.map { narrativeText($0) } ?? ""
    }
  }
}
