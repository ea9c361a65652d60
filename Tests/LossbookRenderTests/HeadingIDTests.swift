import Foundation
import LossbookRender
import Testing

/// Heading ids: linear in the number of headings, the same ids as before for ordinary pages,
/// and never an id the engine's own HTML already uses.
@Suite("Heading ids") struct HeadingIDTests {
  @Test func suffixesCountUpPastTakenIds() {
    var slugs = SlugSet()
    #expect(["A", "a", "a 2", "A", "a-2"].map { slugs.make($0) } == ["a", "a-2", "a-2-2", "a-3", "a-2-3"])
  }

  @Test func reservedIdsAreSkipped() {
    var slugs = SlugSet(reserved: ["figure-ex", "explore-ex", "figure-ex-2"])
    #expect(slugs.make("Figure ex") == "figure-ex-3")
    #expect(slugs.make("Explore: ex") == "explore-ex-2")
    #expect(slugs.make("Figure ex") == "figure-ex-4")
  }

  @Test func engineIdsInBlockHTMLAreReserved() {
    let block: Markup =
      "<figure class=\"lb-figure\" id=\"figure-ex\"><svg id=\"fig-ex\"><title id=\"fig-ex-title\">t</title>"
      + "</svg></figure><pre><code>id=&quot;not-an-id&quot;</code></pre>"
    let md = "# Figure ex\n\n# fig-ex-title\n\n# Not an id\n\n```explore ex\nof: f\n```\n\n# lb-toc-title\n"
    let out = ProseRenderer().render(markdown: md, blocks: [7: block], inline: [:])
    #expect(out.toc.map(\.id) == ["figure-ex-2", "fig-ex-title-2", "not-an-id", "lb-toc-title-2"])
  }

  /// 20,000 identical headings took 23 s (debug build) when every heading probed `-2`, `-3`, …
  /// from the start; 50,000 now take well under a second in a release build (about 1 s here in
  /// a debug build), so the bound is generous and a quadratic step would still blow it.
  @Test func fiftyThousandIdenticalHeadingsTakeLinearTime() {
    let md = Array(repeating: "## Same heading", count: 50_000).joined(separator: "\n\n")
    let start = Date()
    let out = ProseRenderer().render(markdown: md, blocks: [:], inline: [:])
    let seconds = Date().timeIntervalSince(start)
    #expect(out.toc.count == 50_000)
    #expect(out.toc.last?.id == "same-heading-50000")
    #expect(Set(out.toc.map(\.id)).count == 50_000)
    #expect(seconds < 10, "50,000 headings took \(seconds) s")
  }
}
