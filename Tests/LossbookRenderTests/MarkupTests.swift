import LossbookRender
import Testing

/// Markup escapes text by construction: a literal's own text is kept, every `String` put into
/// it is escaped, markup put into it is kept, and nothing else becomes markup unescaped but
/// through `Markup.trusted`.
@Suite struct MarkupTests {
  @Test func interpolatedTextIsEscapedAndMarkupKept() {
    let name = "<script>alert('x') & \"y\"</script>"
    let cell: Markup = "<td class=\"lb-num\">\(name)</td>"
    #expect(
      cell.html == "<td class=\"lb-num\">&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;</td>")
    let row: Markup = "<tr>\(cell)</tr>"
    #expect(row.html == "<tr>" + cell.html + "</tr>")
  }

  @Test func attributesKeepTabsAndLineFeeds() {
    let value = "a\tb\n\"c\""
    let element: Markup = "<p title=\"\(attribute: value)\">\(value)</p>"
    #expect(element.html == "<p title=\"a&#9;b&#10;&quot;c&quot;\">a\tb\n&quot;c&quot;</p>")
  }

  @Test func numbersOptionalsAndJoining() {
    let none: Markup? = nil
    let some: Markup? = "<br>"
    let m: Markup = "<ol start=\"\(3)\">\(none)\(some)</ol>"
    #expect(m.html == "<ol start=\"3\"><br></ol>")
    let items = ["a<b", "c&d"].map { item -> Markup in "<li>\(item)</li>" }
    #expect(items.joined(separator: "\n").html == "<li>a&lt;b</li>\n<li>c&amp;d</li>")
    #expect([Markup]().joined(separator: "x").isEmpty)
    var built = Markup.empty
    built += "<p>"
    built += .text("1 < 2")
    #expect((built + "</p>").html == "<p>1 &lt; 2</p>")
  }

  /// Words around markup: the catalogue's text is escaped, the parts are kept.
  @Test func wordsAroundMarkupEscapeTheWordsOnly() {
    let link: Markup = "<a href=\"#r\">Du</a>"
    let sentence = Markup.words(around: [link, .text("<i>")]) { parts in "see \(parts[0]) & \(parts[1])" }
    #expect(sentence.html == "see <a href=\"#r\">Du</a> &amp; &lt;i&gt;")
  }

  @Test func trustedMarkupIsKeptAsItIs() {
    #expect(Markup.trusted("<svg>&amp;</svg>").html == "<svg>&amp;</svg>")
    #expect(Markup.text("<svg>").html == "&lt;svg&gt;")
  }
}
