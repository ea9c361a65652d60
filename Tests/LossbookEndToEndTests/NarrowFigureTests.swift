import Foundation
import Testing

/// TEACHING F12 on phones: every figure of every notebook (plots of every mark, single panel or
/// faceted, and explorers) is written in a wide and a narrow layout, the narrow one's text is
/// ≥ 11 px at 335 px of content (a 375 px phone), and the page's ids stay unique.
@Suite struct NarrowFigureTests {
  /// The content width of a 375 px phone: the body's padding is 1.25rem on each side.
  static let phoneContent = 335.0

  static func matches(_ pattern: String, in text: String) -> [[String]] {
    let regex = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
    let ns = text as NSString
    return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { m in
      (0..<m.numberOfRanges).map { m.range(at: $0).location == NSNotFound ? "" : ns.substring(with: m.range(at: $0)) }
    }
  }

  @Test(arguments: NotebookGoldenTests.notebooks)
  func everyFigureHasANarrowCopyWithReadableText(_ name: String) throws {
    let page = try NotebookGoldenTests.render(name, jobs: 1)
    defer { try? FileManager.default.removeItem(atPath: page.out) }
    let figures = Self.matches(#"<figure class="lb-figure"[^>]*>(.*?)</figure>"#, in: page.html).map { $0[1] }
    #expect(!figures.isEmpty)
    for figure in figures {
      let wide = Self.matches(#"<div class="lb-chart-wide">\n(<svg.*?</svg>)\s*</div>"#, in: figure).map { $0[1] }
      let narrow = Self.matches(#"<div class="lb-chart-narrow">\n(<svg.*?</svg>)\s*</div>"#, in: figure).map { $0[1] }
      #expect(wide.count == 1 && narrow.count == 1, "a figure without both layouts: \(figure.prefix(200))")
      #expect(Self.matches("<svg", in: figure).count == 2)
      guard let svg = narrow.first, let wideSVG = wide.first else { continue }
      // The same accessible name and description in both (one is display:none at any width).
      let title = #"<title id="[^"]*">(.*?)</title>\s*<desc id="[^"]*">(.*?)</desc>"#
      #expect(Self.matches(title, in: svg).first?.dropFirst() == Self.matches(title, in: wideSVG).first?.dropFirst())
      // The SVG is drawn at most at its own width (style max-width), at most the content's.
      let viewBox = try #require(
        Self.matches(#"viewBox="0 0 ([0-9.]+) [0-9.]+""#, in: svg).first.flatMap { Double($0[1]) })
      let scale = min(Self.phoneContent, viewBox) / viewBox
      let sizes = Self.matches(#"font-size="([0-9.]+)""#, in: svg).compactMap { Double($0[1]) }
      #expect(!sizes.isEmpty)
      for size in sizes {
        #expect(
          size * scale >= 11,
          "\(name): \(size) px text renders at \(size * scale) px in a \(viewBox)-wide narrow figure")
      }
    }
  }

  @Test(arguments: NotebookGoldenTests.notebooks)
  func idsAreUniqueAndEveryReferenceResolves(_ name: String) throws {
    let page = try NotebookGoldenTests.render(name, jobs: 1)
    defer { try? FileManager.default.removeItem(atPath: page.out) }
    let ids = Self.matches(#"\sid="([^"]*)""#, in: page.html).map { $0[1] }
    let counts = Dictionary(ids.map { ($0, 1) }, uniquingKeysWith: +)
    #expect(
      counts.filter { $0.value > 1 }.isEmpty, "\(name): repeated ids \(counts.filter { $0.value > 1 }.keys.sorted())")
    let known = Set(ids)
    let labelled = Self.matches(#"aria-(?:labelledby|describedby)="([^"]*)""#, in: page.html)
      .flatMap { $0[1].split(separator: " ").map(String.init) }
    let urls = Self.matches(#"url\(#([^)]*)\)"#, in: page.html).map { $0[1] }
    let fors = Self.matches(#"\sfor="([^"]*)""#, in: page.html).map { $0[1] }
    for ref in labelled + urls + fors { #expect(known.contains(ref), "\(name): reference to a missing id \(ref)") }
    // The narrow copies are there: their titles are referenced too.
    #expect(labelled.contains { $0.hasSuffix("-narrow-title") })
  }

  /// The explorer script redraws both layouts, each in its own pixel frame: the wide one's and
  /// then the narrow one's, in page order.
  @Test func eachExplorerCarriesAFrameForEachLayout() throws {
    let page = try NotebookGoldenTests.render("tour", jobs: 1)
    defer { try? FileManager.default.removeItem(atPath: page.out) }
    let data = Self.matches(#"<script type="application/json">(.*?)</script>"#, in: page.html).map { $0[1] }
    #expect(!data.isEmpty)
    for json in data {
      let d = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
      let frames = try #require(d["frames"] as? [[String: [String: Any]]])
      #expect(frames.count == 2 && d["frame"] == nil)
      // The right end of each x axis in pixels (the loss axis runs right to left).
      let right = frames.map { frame in max(frame["x"]?["start"] as? Double ?? 0, frame["x"]?["end"] as? Double ?? 0) }
      #expect(right.count == 2 && right[0] > 340 && right[1] <= 340)
    }
  }
}
