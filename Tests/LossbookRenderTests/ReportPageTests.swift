import LossbookCore
import LossbookRender
import Testing

@Suite("Report page") struct ReportPageTests {
  func page(_ lang: ReportLanguage) -> String {
    ReportPage(
      language: lang, title: "T <x>",
      toc: [TOCEntry(level: 1, id: "a", html: "A"), TOCEntry(level: 2, id: "b", html: "B")],
      bodyHTML: "<p>body</p>\n", footerText: "f", generator: "lossbook test"
    ).html()
  }

  @Test func contentSecurityPolicyComesFirstInHead() {
    let html = page(.en)
    let head = html.components(separatedBy: "<head>")[1]
    let firstTag = head.drop { $0 != "<" }.prefix { $0 != ">" }
    #expect(firstTag == "<meta charset=\"utf-8\"")
    let afterCharset = head.components(separatedBy: "\n")[2]
    #expect(afterCharset.hasPrefix("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"))
    #expect(!html.contains("<script"))
    #expect(!html.contains("http://") || html.components(separatedBy: "http://").count == 1)
    #expect(html.contains("<title>T &lt;x&gt;</title>"))
  }

  @Test func japaneseLabelsAndLanguage() {
    let html = page(.ja)
    #expect(html.contains("<html lang=\"ja\">"))
    #expect(html.contains(">目次</h2>"))
    #expect(html.contains(":lang(ja) em { font-style: normal"))
  }

  @Test func nestedContents() {
    #expect(
      page(.en).contains("<ol>\n<li><a href=\"#a\">A</a><ol>\n<li><a href=\"#b\">B</a></li>\n</ol>\n</li>\n</ol>\n"))
  }
}
