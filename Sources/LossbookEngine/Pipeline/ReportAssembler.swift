import LossbookCore
import LossbookRender
import LossbookSyntax
import LossbookWords

/// The render stage: block HTML, prose, the page, the results file and the side files.
struct ReportAssembler {
  let notebook: AnalyzedNotebook
  let outcomes: [BlockOutcome?]
  let name: String
  let displayPath: String

  struct Report {
    /// The page, from which `html` was made.
    var page: ReportPage
    var html: String
    var json: String
    var sideFiles: [SideFile]
  }

  func assemble(diagnostics: inout [Diagnostic]) -> Report {
    let front = notebook.frontMatter
    let words = Words(front.lang)
    var blockHTML: [Int: Markup] = [:]
    var sideFiles: [SideFile] = []
    var scripts: [String] = []
    var results: [String: JSONValue] = [:]
    var kindsShown = Set<String>()
    for (i, b) in notebook.blocks.enumerated() {
      var html = BlockMarkup.sectionOpen(kind: b.kind, id: b.id)
      html += source(b, words: words)
      switch outcomes[i] {
      case .ok(let r)?:
        results[b.id] = r.json
        var context = RenderContext(
          blockID: b.id, language: front.lang, sideFolder: HTML.relativeFolderURL(name),
          headingLevel: b.syntax.headingLevel)
        context.number = notebook.numbers[b.id]?.number
        context.firstOfKind = kindsShown.insert(b.kind).inserted
        let rendering = r.render(context)
        html += output(rendering.html, of: b, words: words)
        if let t = r.table {
          sideFiles.append(SideFile(name: "\(b.id).csv", contents: t.csv(formulas: front.csvFormulas)))
        }
        sideFiles += rendering.sideFiles
        for script in rendering.scripts where !scripts.contains(script) { scripts.append(script) }
      case .failed(let f)?:
        html += BlockMarkup.errorBox(word: words[.error], message: .text(f.key.map { words[$0] } ?? f.message))
      case .skipped(let d)?:
        html += BlockMarkup.errorBox(word: words[.skipped], message: "'\(d)'")
      case nil:
        break
      }
      html += BlockMarkup.sectionClose
      blockHTML[b.syntax.fenceLine] = html
    }

    let format = LossbookNumberFormat(language: front.lang)
    var inline = InlineValueFormatter(notebook: notebook, results: results, format: format).values(
      diagnostics: &diagnostics)
    let citations = CitationText(notebook: notebook)
    let cited = citations.markdown(blankedFrontMatter())
    inline.merge(cited.values) { value, _ in value }
    var prose = ProseRenderer(words: words).render(
      markdown: cited.text, blocks: blockHTML, inline: inline)
    if let references = citations.referenceList() {
      prose.html += references
      prose.toc.append(TOCEntry(level: 2, id: CitationText.headingID, html: .text(words[.references])))
    }
    let title = front.title ?? prose.firstHeading ?? name
    let page = ReportPage(
      language: front.lang, title: title, subtitle: front.subtitle, author: front.author, date: front.date,
      description: front.description, toc: front.toc ? prose.toc : nil, bodyHTML: prose.html,
      footerText: words[.footer(version: Lossbook.version, notebook: displayPath, seed: front.seed)],
      generator: "lossbook \(Lossbook.version)", script: scripts.isEmpty ? nil : scripts.joined(separator: "\n"))
    let json = ResultsFile.json(notebook: notebook, path: displayPath, outcomes: outcomes).serialized()
    sideFiles.sort { $0.name < $1.name }
    return Report(page: page, html: page.html(), json: json, sideFiles: sideFiles)
  }

  /// The block as its disclosures name it: `<code>kind id</code>`.
  private func label(_ b: AnalyzedBlock) -> Markup {
    BlockMarkup.label(kind: b.kind, id: b.id)
  }

  /// The block's output in the report: shown, folded or left out, as its `output` field says.
  private func output(_ html: Markup, of b: AnalyzedBlock, words: Words) -> Markup {
    switch b.display {
    case .show: return html
    case .hide: return .empty
    case .fold:
      return BlockMarkup.foldedOutput(html, summary: "\(words[.result]): \(label(b))")
    }
  }

  /// The block's source in the report: folded, shown or hidden, as `code:` says.
  private func source(_ b: AnalyzedBlock, words: Words) -> Markup {
    let body = BlockMarkup.listing(b.syntax.body)
    switch notebook.frontMatter.code {
    case .hide: return .empty
    case .show: return BlockMarkup.shownSource(body)
    case .fold:
      return BlockMarkup.foldedSource(body, summary: "\(words[.source]): \(label(b))")
    }
  }

  /// The notebook text with its front matter replaced by empty lines, so cmark's line numbers
  /// are the file's.
  private func blankedFrontMatter() -> String {
    guard let fm = notebook.syntax.frontMatter else { return notebook.file.text }
    var lines = notebook.file.lines.map(String.init)
    for i in 0..<min(fm.closingLine, lines.count) { lines[i] = "" }
    return lines.joined(separator: "\n")
  }
}
