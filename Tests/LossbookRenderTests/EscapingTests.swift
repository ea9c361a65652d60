import Testing

@testable import LossbookRender

@Suite struct EscapingTests {
  @Test func escapesAllFiveCharactersInText() {
    #expect(HTML.escapeText("a & b < c > d \" e ' f") == "a &amp; b &lt; c &gt; d &quot; e &#39; f")
  }

  @Test func escapesAllFiveCharactersInAttributes() {
    #expect(HTML.escapeAttribute("<\"'&>") == "&lt;&quot;&#39;&amp;&gt;")
  }

  @Test func escapesAlreadyEscapedTextAgain() {
    #expect(HTML.escapeText("&amp;") == "&amp;amp;")
  }

  @Test func keepsTabAndNewlineInText() {
    #expect(HTML.escapeText("a\tb\nc") == "a\tb\nc")
  }

  @Test func writesTabAndNewlineAsReferencesInAttributes() {
    #expect(HTML.escapeAttribute("a\tb\nc") == "a&#9;b&#10;c")
  }

  @Test func replacesControlCharacters() {
    #expect(HTML.escapeText("a\u{0}b\u{1}c\u{1B}d\u{7F}e\u{85}f") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{FFFD}f")
    #expect(HTML.escapeAttribute("\u{8}") == "\u{FFFD}")
  }

  @Test func turnsCarriageReturnsIntoLineFeeds() {
    #expect(HTML.escapeText("a\r\nb\rc") == "a\nb\nc")
    #expect(HTML.escapeAttribute("a\r\nb") == "a&#10;b")
  }

  @Test func leavesUnicodeAlone() {
    #expect(HTML.escapeText("しきい値 2.19 → 良い ✓ é") == "しきい値 2.19 → 良い ✓ é")
    #expect(HTML.escapeText("") == "")
  }
}
