import Testing

@testable import LossbookRender

/// Author-year citations and entries in the shape APA gives them, in English and Japanese.
@Suite struct CitationFormatterTests {
  static let du: Reference = {
    var r = Reference(key: "du2024")
    r.authors = [
      .init(family: "Du", given: "Zhengxiao"), .init(family: "Zeng", given: "Aohan"),
      .init(family: "Dong", given: "Yuxiao"), .init(family: "Tang", given: "Jie"),
    ]
    r.year = "2024"
    r.title = "Understanding emergent abilities of language models from the loss perspective"
    r.container = "arXiv"
    r.url = "https://arxiv.org/abs/2403.15796"
    return r
  }()

  static let pair: Reference = {
    var r = Reference(key: "kaplan")
    r.authors = [.init(family: "Kaplan", given: "Jared"), .init(family: "McCandlish", given: "Sam")]
    r.year = "2020"
    r.title = "Scaling laws <for> neural language models"
    r.container = "Journal & Proceedings"
    r.volume = "7"
    r.issue = "2"
    r.pages = "1–30"
    r.doi = "10.1000/xyz"
    return r
  }()

  @Test func inTheSentenceAndInBrackets() {
    let en = CitationFormatter(language: .en)
    #expect(en.narrativeText(.init(Self.du)) == "Du et al. (2024)")
    #expect(en.narrativeText(.init(Self.pair, locator: "p. 3")) == "Kaplan and McCandlish (2020, p. 3)")
    #expect(
      en.parentheticalText([.init(Self.du, prefix: "see", locator: "p. 3"), .init(Self.pair)])
        == "(see Du et al., 2024, p. 3; Kaplan and McCandlish, 2020)")
    let ja = CitationFormatter(language: .ja)
    #expect(ja.narrativeText(.init(Self.du)) == "Duら（2024）")
    #expect(
      ja.parentheticalText([.init(Self.du), .init(Self.pair)]) == "（Duら, 2024；KaplanとMcCandlish, 2020）")
  }

  @Test func linksGoToTheEntryAndTextIsEscaped() {
    let en = CitationFormatter(language: .en)
    #expect(en.narrative(.init(Self.du)).html == "<a class=\"lb-cite\" href=\"#ref-du2024\">Du et al. (2024)</a>")
    var odd = Self.du
    odd.authors = [.init(family: "<script>")]
    #expect(en.parenthetical([.init(odd, prefix: "<b>")]).html.contains("&lt;b&gt; <a class=\"lb-cite\""))
    #expect(!en.parenthetical([.init(odd)]).html.contains("<script>"))
  }

  @Test func entriesInAPAShapeSortedByAuthor() {
    let en = CitationFormatter(language: .en)
    #expect(
      en.entry(Self.du).html
        == "Du, Z., Zeng, A., Dong, Y., &amp; Tang, J. (2024). Understanding emergent abilities of language models from "
        + "the loss perspective. <i>arXiv</i>. <a href=\"https://arxiv.org/abs/2403.15796\">https://arxiv.org/abs/2403.15796</a>"
    )
    #expect(
      en.entry(Self.pair).html
        == "Kaplan, J., &amp; McCandlish, S. (2020). Scaling laws &lt;for&gt; neural language models. "
        + "<i>Journal &amp; Proceedings</i>, <i>7</i>(2), 1–30. <a href=\"https://doi.org/10.1000/xyz\">https://doi.org/10.1000/xyz</a>"
    )
    let list = en.referenceList([Self.pair, Self.du], headingID: "refs").html
    #expect(list.contains("<h2 id=\"refs\">References</h2>"))
    let du = list.range(of: "id=\"ref-du2024\"")
    let kaplan = list.range(of: "id=\"ref-kaplan\"")
    #expect(du != nil && kaplan != nil && du!.lowerBound < kaplan!.lowerBound)
    #expect(CitationFormatter(language: .ja).referenceList([Self.du], headingID: "r").html.contains(">参考文献</h2>"))
  }

  @Test func aWorkWithoutAuthorsOrYear() {
    var r = Reference(key: "report")
    r.title = "Annual report"
    r.url = "javascript:alert(1)"
    let en = CitationFormatter(language: .en)
    #expect(en.narrativeText(.init(r)) == "Annual report (n.d.)")
    #expect(en.entry(r).html == "(n.d.). Annual report.")
  }
}
