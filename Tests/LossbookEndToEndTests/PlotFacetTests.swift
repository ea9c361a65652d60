import Foundation
import LossbookBlocks
import LossbookEngine
import LossbookTestSupport
import Testing

/// A faceted `plot` through the pipeline: its legend names each kind of line once, fits of one
/// kind share a style, the threshold's numbers reach the description, and the page carries a
/// one-column layout for phones.
@Suite struct PlotFacetTests {
  /// The rendered page and the plot's SVG side file.
  func render(facet: Bool) throws -> (html: String, svg: String, failed: Bool) {
    let rows = (0..<40).map { i -> String in
      let loss = 1.95 + 0.02 * Double(i)
      let wiggle = i % 2 == 0 ? 0.006 : -0.006
      let mmlu = 0.25 + 0.9 * max(0, 2.25 - loss) + wiggle
      let hellaswag = 0.3 + 0.5 * (2.75 - loss) + wiggle
      return "{loss: \(loss), MMLU: \(mmlu), HellaSwag: \(hellaswag)}"
    }
    let threshold = { (name: String, y: String) in
      """
      ```threshold \(name)
      table: s
      x: loss
      y: \(y)
      random: 0.25
      tests: [supf]
      bootstrap: 49
      ci: {replicates: 100}
      ```
      """
    }
    let text = """
      ```data s
      rows: [\(rows.joined(separator: ", "))]
      ```

      ```fit f_mmlu
      table: s
      x: loss
      y: MMLU
      models: [linear, hinge]
      ```

      ```fit f_hs
      table: s
      x: loss
      y: HellaSwag
      models: [linear]
      ```

      \(threshold("t_mmlu", "MMLU"))

      \(threshold("t_hs", "HellaSwag"))

      ```plot p
      table: s
      x: loss
      y: [MMLU, HellaSwag]
      facet: \(facet)
      chance: 0.25
      overlay: [f_mmlu, f_hs, t_mmlu, t_hs]
      ```
      """
    let r = try NotebookRunner.render(text)
    return (r.html ?? "", r.files["n/p.svg"] ?? "", r.outcome.failed)
  }

  /// The texts of the legend entries, in order.
  static func legend(_ svg: String) -> [String] {
    guard let start = svg.range(of: "<g class=\"lb-legend\"") else { return [] }
    let rest = svg[start.upperBound...]
    let end = rest.range(of: "\n</g>\n<g class=\"lb-panel\"")?.lowerBound ?? rest.endIndex
    return rest[..<end].components(separatedBy: "<g class=\"lb-legend-entry\">").dropFirst().map { entry in
      entry.components(separatedBy: ">").compactMap { piece -> String? in
        guard let close = piece.range(of: "</text") ?? piece.range(of: "</tspan") else { return nil }
        return String(piece[..<close.lowerBound])
      }.filter { !$0.isEmpty }.joined(separator: " ")
    }
  }

  /// The stroke of each fitted line, by series name.
  static func strokes(_ svg: String) -> [String: Set<String>] {
    var out: [String: Set<String>] = [:]
    for group in svg.components(separatedBy: "<g class=\"lb-series\" data-series=\"").dropFirst() {
      let name = String(group.prefix { $0 != "\"" })
      guard let line = group.range(of: "class=\"lb-line") else { continue }
      let after = group[line.upperBound...]
      guard let s = after.range(of: "stroke=\"") else { continue }
      let colour = String(after[s.upperBound...].prefix { $0 != "\"" })
      let dash =
        after.range(of: "stroke-dasharray=\"").map { String(after[$0.upperBound...].prefix { $0 != "\"" }) } ?? "solid"
      out[name, default: []].insert("\(colour) \(dash)")
    }
    return out
  }

  @Test func theLegendNamesEachKindOfLineOnce() throws {
    let r = try render(facet: true)
    #expect(!r.failed)
    let entries = Self.legend(r.svg)
    #expect(entries.first == "data")
    #expect(entries.filter { $0 == "hinge fit" }.count == 1)
    #expect(
      entries.contains("linear fit") && entries.contains("guessing (0.25)") && entries.contains("threshold"),
      "\(entries)")
    #expect(!entries.contains { $0.contains("(MMLU)") || $0.contains("(HellaSwag)") || $0 == "MMLU" })
    // The chance line is named in the legend, not in every panel.
    #expect(r.svg.components(separatedBy: "class=\"lb-note\"").dropFirst().allSatisfy { !$0.hasPrefix(">guessing") })
  }

  @Test func linesOfOneKindLookTheSameInBothPanels() throws {
    let strokes = Self.strokes(try render(facet: true).svg)
    func looks(_ kind: String) -> Set<String> {
      strokes.filter { $0.key.hasPrefix(kind) }.values.reduce(into: Set<String>()) { $0.formUnion($1) }
    }
    let hinges = looks("hinge fit")
    #expect(hinges.count == 1)
    let linear = looks("linear fit")
    #expect(linear.count == 1 && linear != hinges)
  }

  @Test func theDescriptionKeepsTheThresholdsNumbers() throws {
    let svg = try render(facet: true).svg
    let afterDesc = try #require(svg.components(separatedBy: "-desc\">").dropFirst().first)
    let desc = try #require(afterDesc.components(separatedBy: "</desc>").first)
    #expect(desc.contains("MMLU: threshold 2."))
    #expect(desc.contains("interval"))
  }

  @Test func thePageShowsAOneColumnLayoutOnNarrowScreens() throws {
    let html = try render(facet: true).html
    #expect(html.contains("<div class=\"lb-chart-wide\">\n<svg"))
    #expect(html.contains("<div class=\"lb-chart-narrow\">\n<svg"))
    #expect(html.contains("id=\"fig-p-narrow-title\""))
    #expect(html.contains("@media screen and (max-width: 44em) { .lb-chart-wide { display: none; }"))
    // A single panel has its narrow layout too: 720 px scaled to a phone would shrink its text.
    let single = try render(facet: false).html
    #expect(single.contains("<div class=\"lb-chart-narrow\">\n<svg") && single.contains("id=\"fig-p-narrow-title\""))
  }

  @Test func anUnfacetedPlotStillNamesEachFitByItsColumn() throws {
    let entries = Self.legend(try render(facet: false).svg)
    #expect(entries.contains("hinge fit (MMLU)") && entries.contains("linear fit (HellaSwag)"))
    #expect(!entries.contains("data") && !entries.contains("threshold"))
  }
}
