import Testing

@testable import LossbookRender

/// A source line break inside a Japanese sentence shows no space (Pandoc's
/// `east_asian_line_breaks`); between Latin words, or a Latin word and a Japanese one, it stays.
@Suite struct EastAsianLineBreakTests {
  func paragraph(_ markdown: String) -> String {
    ProseRenderer().render(markdown: markdown, blocks: [:], inline: [:]).html.html
  }

  @Test func aBreakBetweenTwoJapaneseCharactersVanishes() {
    #expect(paragraph("ランダム推測レベルにとどまり、\nあるところから伸びます。\n") == "<p>ランダム推測レベルにとどまり、あるところから伸びます。</p>\n")
    #expect(paragraph("損失が\n閾値を下回ると\n性能が上がる。\n") == "<p>損失が閾値を下回ると性能が上がる。</p>\n")
  }

  @Test func aBreakBesideLatinTextOrDigitsStays() {
    #expect(paragraph("損失が 2.2 を\nMMLU で下回ると\n") == "<p>損失が 2.2 を\nMMLU で下回ると</p>\n")
    #expect(paragraph("the loss falls\nbelow 2.2\n") == "<p>the loss falls\nbelow 2.2</p>\n")
  }

  @Test func aBreakNextToEmphasisLooksAtTheEmphasisedText() {
    #expect(paragraph("**出現能力**は\n損失で決まる。\n") == "<p><strong>出現能力</strong>は損失で決まる。</p>\n")
    #expect(paragraph("損失で\n**決まる**。\n") == "<p>損失で<strong>決まる</strong>。</p>\n")
  }

  @Test func wideAndNotWide() {
    #expect(EastAsianLineBreaks.isWide("閾"))
    #expect(EastAsianLineBreaks.isWide("、"))
    #expect(EastAsianLineBreaks.isWide("Ａ"))
    #expect(!EastAsianLineBreaks.isWide("a"))
    #expect(!EastAsianLineBreaks.isWide("2"))
    #expect(!EastAsianLineBreaks.isWide("😀"))
  }
}
