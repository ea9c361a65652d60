import Testing

@testable import LossbookSyntax

/// Citations as Pandoc and Quarto write them, found with their positions; links, addresses,
/// code and escaped `@` are not citations.
@Suite struct CitationScannerTests {
  func citations(_ text: String) -> [CitationSyntax] {
    NotebookSplitter(kinds: ["fit"]).split(SourceFile(path: "n.md", text: text)).0.citations
  }

  @Test func bracketedWithPrefixAndLocator() throws {
    let found = citations("As shown [see @du2024, p. 3; @wei2022] before.\n")
    try #require(found.count == 1)
    let c = found[0]
    #expect(c.form == .parenthetical)
    #expect(c.items.map(\.key.value) == ["du2024", "wei2022"])
    #expect(c.items[0].prefix == "see" && c.items[0].locator == "p. 3")
    #expect(c.items[1].prefix == "" && c.items[1].locator == "")
    #expect(c.range == SourceRange(line: 1, column: 10, length: 29))
    #expect(c.items[1].key.range == SourceRange(line: 1, column: 31, length: 7))
  }

  @Test func narrativeKeysAndCrossReferences() {
    let found = citations("@du2024 says so, and @fig-mmlu_plot shows it.\n")
    #expect(found.map(\.form) == [.narrative, .narrative])
    #expect(found.map { $0.items[0].key.value } == ["du2024", "fig-mmlu_plot"])
    #expect(found[1].range == SourceRange(line: 1, column: 22, length: 14))
  }

  @Test func trailingPunctuationIsNotPartOfTheKey() {
    #expect(citations("as @du2024.\n").map { $0.items[0].key.value } == ["du2024"])
    #expect(citations("as @du:2024-v2, then\n").map { $0.items[0].key.value } == ["du:2024-v2"])
  }

  @Test func linksAddressesCodeAndEscapesAreNotCitations() {
    #expect(citations("[@du2024](https://example.org) and [x][ref]\n").isEmpty)
    #expect(citations("mail a@b.org or \\@du2024\n").isEmpty)
    #expect(citations("code `[@du2024]` and ``@x``\n").isEmpty)
    #expect(citations("[the 95% interval] and ![@img]\n").isEmpty)
    #expect(citations("    @indented code\n").isEmpty)
    #expect(citations("a bracket [@du2024\nthat does not close on its line]\n").map(\.form) == [.narrative])
  }

  @Test func blocksAreNotProse() {
    let text = "```fit f\nmodels: [\"@x\"]\n```\n\nSee [@du2024].\n"
    #expect(citations(text).map { $0.items[0].key.range.start.line } == [5])
  }
}
