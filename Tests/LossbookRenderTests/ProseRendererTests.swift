import LossbookRender
import LossbookWords
import Testing

@Suite("Prose renderer") struct ProseRendererTests {
  let renderer = ProseRenderer()

  @Test func authorsRawHTMLAndScriptLinksStayInert() {
    let md = """
      <script>alert(1)</script>

      Text <img src=x onerror=alert(2)> and [a link](javascript:alert(3)).
      """
    let html = renderer.render(markdown: md, blocks: [:], inline: [:]).html.html
    #expect(!html.contains("<script"))
    #expect(!html.contains("onerror"))
    #expect(!html.contains("javascript:"))
    #expect(html.contains("raw HTML omitted"))
  }

  @Test func blocksAndInlineValuesGoInAsCustomNodes() {
    let md = "Intro `= x | .2f` end.\n\n```fit f\nx: 1\n```\n\n| a |\n| - |\n| `= x \\| .2f` |\n"
    let out = renderer.render(
      markdown: md, blocks: [3: "<section id=\"block-f\">FIT</section>"],
      inline: ["= x | .2f": InlineValueText("2.39")])
    #expect(out.html.html.contains("<p>Intro <span class=\"lb-value\">2.39</span> end.</p>"))
    #expect(out.html.html.contains("<section id=\"block-f\">FIT</section>"))
    #expect(!out.html.html.contains("x: 1"))
    #expect(out.html.html.contains("<td>2.39</td>"))
  }

  /// Issue 13: a Markdown table scrolls in the same named box as a block's table (so that its words
  /// never break on a phone), each with its own accessible name; the rest of the prose stays outside.
  @Test func markdownTablesGoInTheirOwnScrollingBox() {
    let md = "Before.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nBetween.\n\n| c |\n| - |\n| 3 |\n\nAfter.\n"
    let html = ProseRenderer().render(markdown: md, blocks: [:], inline: [:]).html.html
    let box = #"<div class="lb-table-wrap" tabindex="0" role="region" aria-label="Table in the text "#
    #expect(html.contains(box + #"1">"# + "\n<table>"))
    #expect(html.contains(box + #"2">"# + "\n<table>"))
    #expect(html.components(separatedBy: "</table>\n</div>").count == 3)
    #expect(html.hasPrefix("<p>Before.</p>\n<div"))
    #expect(html.contains("</div>\n<p>Between.</p>"))
    #expect(html.hasSuffix("</div>\n<p>After.</p>\n"))
  }

  /// A report loads nothing: an image from elsewhere becomes its words, in the report's language.
  @Test func anOutsideImageBecomesItsWords() {
    let md = "![loss & curve](https://example.org/a.png) and ![](b.png)\n"
    let en = ProseRenderer().render(markdown: md, blocks: [:], inline: [:]).html.html
    #expect(!en.contains("<img"))
    #expect(
      en.contains(
        "<span class=\"lb-omitted\">[loss &amp; curve: not shown, a report loads nothing from outside]</span>"))
    #expect(en.contains("[image: not shown"))
    let ja = ProseRenderer(words: Words(.ja)).render(markdown: md, blocks: [:], inline: [:]).html.html
    #expect(ja.contains("［画像：レポートは外部から何も読み込まないため、表示しません］"))
  }

  @Test func inlineValuesAreEscaped() {
    let out = renderer.render(markdown: "v `= a`\n", blocks: [:], inline: ["= a": InlineValueText("<b>&")])
    #expect(out.html.html.contains("&lt;b&gt;&amp;"))
  }

  @Test func headingsGetUniqueIdsAndATableOfContents() {
    let out = renderer.render(markdown: "# Loss\n\n## 損失の閾値\n\n## Loss\n\n## !!!\n", blocks: [:], inline: [:])
    #expect(out.toc.map(\.id) == ["loss", "損失の閾値", "loss-2", "section"])
    #expect(out.html.html.contains("<h2 id=\"損失の閾値\">\n損失の閾値\n</h2>"))
    #expect(out.firstHeading == "Loss")
  }

  @Test func tablesRender() {
    let out = renderer.render(markdown: "| a | b |\n| --- | ---: |\n| 1 | 2 |\n", blocks: [:], inline: [:])
    #expect(out.html.html.contains("<table>"))
    #expect(out.html.html.contains("<td align=\"right\">2</td>"))
  }
}
