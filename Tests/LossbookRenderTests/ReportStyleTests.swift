import Testing

@testable import LossbookRender

/// One style rule of the report's CSS: the at-rule preludes it sits in (outermost first), its
/// selectors and its declarations, in order.
struct CSSRule {
  var media: [String]
  var selectors: [String]
  var declarations: [(property: String, value: String)]

  func values(_ property: String) -> [String] {
    declarations.filter { $0.property == property }.map(\.value)
  }
  var described: String { (media.map { $0 + " " } + [selectors.joined(separator: ", ")]).joined() }
}

/// A small parser for the report's own style sheet (no strings with braces or semicolons, no
/// escapes): nested at-rules such as `@media` become the `media` of the rules inside them.
enum CSSSheet {
  static func rules(_ css: String) -> [CSSRule] {
    var text = css
    while let open = text.range(of: "/*"), let close = text.range(of: "*/", range: open.upperBound..<text.endIndex) {
      text.removeSubrange(open.lowerBound..<close.upperBound)
    }
    var out: [CSSRule] = []
    var stack: [String] = []  // open blocks' preludes
    var buffer = ""
    for c in text {
      switch c {
      case "{":
        stack.append(buffer.trimmingWhitespace())
        buffer = ""
      case "}":
        let prelude = stack.removeLast()
        if !prelude.hasPrefix("@") {
          let declarations = buffer.split(separator: ";").compactMap { d -> (property: String, value: String)? in
            let parts = d.split(separator: ":", maxSplits: 1).map { String($0).trimmingWhitespace() }
            return parts.count == 2 ? (parts[0].lowercased(), parts[1]) : nil
          }
          out.append(
            CSSRule(
              media: stack, selectors: prelude.split(separator: ",").map { String($0).trimmingWhitespace() },
              declarations: declarations))
        }
        buffer = ""
      default:
        buffer.append(c)
      }
    }
    return out
  }
}

extension String {
  fileprivate func trimmingWhitespace() -> String {
    String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
  }
}

/// TEACHING A6 / X11 (reduced motion), J2 (system fonts, Japanese line height and measure) and
/// J3 (no synthetic italics in Japanese), checked on the style sheet every report inlines.
@Suite("Report style") struct ReportStyleTests {
  static let rules = CSSSheet.rules(ReportStyle.css)
  static let reducedMotion = "@media (prefers-reduced-motion: reduce)"
  static let motionAllowed = "@media (prefers-reduced-motion: no-preference)"

  @Test func parserSeesTheSheet() {
    // Guards the tests below against a parser that finds nothing to check.
    #expect(Self.rules.count > 40)
    #expect(Self.rules.contains { $0.selectors == ["body"] && !$0.values("font").isEmpty })
    #expect(Self.rules.contains { $0.media == ["@media print"] })
  }

  /// A6, X11: under `prefers-reduced-motion: reduce` every element loses its transitions and
  /// animations, and nothing moves outside a `no-preference` guard in the first place.
  @Test func reducedMotionTurnsOffTransitionsAndAnimations() {
    let reduce = Self.rules.filter { $0.media.contains(Self.reducedMotion) && $0.selectors.contains("*") }
    for property in ["transition", "animation"] {
      #expect(
        reduce.contains { $0.values(property).contains { $0.hasPrefix("none") && $0.hasSuffix("!important") } },
        "ReportStyle.css: no `\(Self.reducedMotion) { * { \(property): none !important } }`")
    }
    let moving = ["transition", "animation", "scroll-behavior"]
    for rule in Self.rules where !rule.media.contains(Self.reducedMotion) && !rule.media.contains(Self.motionAllowed) {
      for d in rule.declarations where moving.contains(where: { d.property.hasPrefix($0) }) {
        let still =
          d.value == "none" || d.value.hasPrefix("none ") || (d.property == "scroll-behavior" && d.value == "auto")
        #expect(
          still,
          "ReportStyle.css: `\(rule.described) { \(d.property): \(d.value) }` moves without a \(Self.motionAllowed) guard"
        )
      }
    }
    #expect(
      !ReportStyle.css.contains("@keyframes") || ReportStyle.css.contains(Self.motionAllowed),
      "ReportStyle.css: @keyframes outside a \(Self.motionAllowed) guard")
  }

  /// J2: system fonts only: no web font, nothing loaded; every font stack ends in a generic family.
  @Test func systemFontsOnly() {
    for banned in ["@font-face", "url(", "@import"] {
      #expect(!ReportStyle.css.contains(banned), "ReportStyle.css contains \(banned): J2 allows system fonts only")
    }
    let generic = ["sans-serif", "serif", "monospace", "system-ui", "inherit"]
    for rule in Self.rules {
      for stack in rule.values("font-family") + rule.values("font") {
        let last = stack.split(separator: ",").last.map { String($0).trimmingWhitespace() } ?? ""
        #expect(
          generic.contains(last),
          "ReportStyle.css: `\(rule.described)` font stack ends in \(last), not a generic family")
      }
    }
  }

  /// The number of a value such as "1.8" or "42em", when it has that unit.
  static func number(_ value: String, unit: String) -> Double? {
    guard value.hasSuffix(unit) else { return nil }
    return Double(value.dropLast(unit.count))
  }

  /// J2: Japanese body text at line height 1.7 to 1.9 and a measure of at most 42em, set on the
  /// body of a `lang="ja"` page (more specific than the base `body` rule).
  @Test func japaneseLineHeightAndMeasure() {
    let ja = Self.rules.filter { $0.media.isEmpty && $0.selectors.contains(":lang(ja) body") }
    #expect(!ja.isEmpty, "ReportStyle.css has no `:lang(ja) body` rule")
    let heights = ja.flatMap { $0.values("line-height") }
    #expect(!heights.isEmpty, "ReportStyle.css: `:lang(ja) body` sets no line-height")
    for h in heights {
      let x = Self.number(h, unit: "")
      #expect(
        x.map { (1.7...1.9).contains($0) } == true,
        "ReportStyle.css: `:lang(ja) body { line-height: \(h) }`, J2 wants a number in [1.7, 1.9]")
    }
    let measures = ja.flatMap { $0.values("max-width") }
    #expect(!measures.isEmpty, "ReportStyle.css: `:lang(ja) body` sets no max-width")
    for m in measures {
      let x = Self.number(m, unit: "em")
      #expect(
        x.map { $0 <= 42 } == true, "ReportStyle.css: `:lang(ja) body { max-width: \(m) }`, J2 wants at most 42em")
    }
  }

  /// J3: CJK fonts have no italics, so a browser slants the glyphs. In Japanese, emphasis is
  /// bold, and whatever the sheet or the browser sets in italics is set upright instead.
  @Test func noSyntheticItalicsInJapanese() {
    func upright(_ selector: String) -> [CSSRule] {
      Self.rules.filter {
        $0.media.isEmpty && $0.selectors.contains(":lang(ja) " + selector) && $0.values("font-style") == ["normal"]
      }
    }
    let emphasis = upright("em")
    #expect(!emphasis.isEmpty, "ReportStyle.css: no `:lang(ja) em { font-style: normal }`")
    #expect(
      emphasis.contains { ["bold", "700", "600"].contains($0.values("font-weight").last ?? "") },
      "ReportStyle.css: `:lang(ja) em` is not bold")
    // The browser's own italics (em is above), and the sheet's.
    var italic = ["i", "cite", "var", "dfn", "address"]
    for rule in Self.rules
    where rule.values("font-style").contains(where: { $0 == "italic" || $0.hasPrefix("oblique") }) {
      italic += rule.selectors.filter { !$0.contains(":lang(ja)") }
    }
    for selector in italic {
      #expect(
        !upright(selector).isEmpty,
        "ReportStyle.css: `\(selector)` is italic and no `:lang(ja) \(selector) { font-style: normal }` sets it upright"
      )
    }
  }
}
