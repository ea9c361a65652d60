import Testing

@testable import LossbookRender

/// Issue 13, tables: at 1280 px no column is hidden, on a phone no cell breaks inside a word or a
/// number. The browser check measures both (`Scripts/browser-check --wide-tables`); these tests
/// keep the markup and the style sheet that make it so.
@Suite("Table layout") struct TableLayoutTests {
  static let rules = CSSSheet.rules(ReportStyle.css)

  static func screen(_ selector: String) -> [CSSRule] {
    rules.filter { $0.media.isEmpty && $0.selectors.contains(selector) }
  }

  /// The box may grow past the prose measure up to the window less the page's margins (Quarto's
  /// `column-page`), centred on the text column, and never narrower than the text column: as far as
  /// its columns need (`fit-content`), a table of numbers to its natural width (`max-content`).
  @Test func aTableBoxGrowsToTheWindowOnAWideScreen() {
    let box = Self.screen(".lb-table-wrap")
    #expect(box.flatMap { $0.values("overflow-x") } == ["auto"])
    #expect(box.flatMap { $0.values("width") } == ["fit-content"])
    #expect(Self.screen(".lb-table-wrap.lb-table-wide").flatMap { $0.values("width") } == ["max-content"])
    #expect(box.flatMap { $0.values("min-width") } == ["100%"])
    #expect(box.flatMap { $0.values("max-width") }.contains { $0.contains("100vw - 2.5rem") })
    #expect(box.flatMap { $0.values("transform") } == ["translateX(-50%)"])
    #expect(box.flatMap { $0.values("left") } == ["50%"])
    // Printed, the table stays in the page's column.
    let print = Self.rules.filter { $0.media == ["@media print"] && $0.selectors.contains(".lb-table-wrap") }
    #expect(print.flatMap { $0.values("transform") } == ["none"])
    #expect(print.flatMap { $0.values("max-width") } == ["none"])
  }

  /// Number headers wrap at their spaces (their cells never do); a caption stays in view while
  /// the table scrolls under it.
  @Test func headersWrapAndCaptionsStayInView() {
    #expect(Self.screen(".lb-table-wrap thead th.lb-num").flatMap { $0.values("white-space") } == ["normal"])
    #expect(Self.screen(".lb-table-wrap .lb-num").flatMap { $0.values("white-space") } == ["nowrap"])
    let caption = Self.screen(".lb-table-wrap caption")
    #expect(caption.flatMap { $0.values("position") } == ["sticky"])
    #expect(caption.flatMap { $0.values("left") } == ["0"])
    // Every table has its box now (prose tables too), so no rule lets a bare table break anywhere.
    #expect(!Self.rules.contains { $0.selectors.contains { $0.hasSuffix("> table") && $0.contains(":not(") } })
  }

  /// A column name or a label breaks after its underscores (as after a hyphen), never inside a word.
  @Test func headersAndTextCellsMayBreakAfterUnderscores() {
    #expect(TableHTML.cellText("bic_logistic") == "bic_<wbr>logistic")
    #expect(TableHTML.cellText("a<b>_c") == "a&lt;b&gt;_<wbr>c")
    #expect(TableHTML.cellText("loss") == "loss")
  }
}
