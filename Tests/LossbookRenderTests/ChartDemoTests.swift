import Foundation
import LossbookTestSupport
import Testing

@testable import LossbookRender

/// Writes sample charts to /tmp for a look in a browser (see the brief: screenshot them).
@Suite struct ChartDemoTests {
  static func page(_ svg: String, lang: String) -> String {
    """
    <!doctype html><html lang="\(lang)"><head><meta charset="utf-8"><title>chart demo</title>
    <style>body{margin:16px;background:#fff} figure{margin:0;max-width:720px}</style></head>
    <body><figure>\(svg)</figure></body></html>
    """
  }

  @Test func writesDemoChart() throws {
    let rendered = ChartSVG.render(ChartFixtures.demo())
    #expect(rendered.skippedPoints == 0)
    try rendered.svg.write(toFile: "/tmp/lb-chart-demo.svg", atomically: true, encoding: .utf8)
    try Self.page(rendered.svg, lang: "en").write(toFile: "/tmp/lb-chart-demo.html", atomically: true, encoding: .utf8)

    let ja = ChartSVG.render(ChartFixtures.demo(language: .ja)).svg
    try Self.page(ja, lang: "ja").write(toFile: "/tmp/lb-chart-demo-ja.html", atomically: true, encoding: .utf8)
    let facets = ChartSVG.render(ChartFixtures.facets()).svg
    try Self.page(facets, lang: "en").write(toFile: "/tmp/lb-chart-facets.html", atomically: true, encoding: .utf8)
    #expect(rendered.svg.utf8.count < 40_000)
  }

  /// A crowded six-panel figure, wide and in its narrow layout, and labels that all want one
  /// corner.
  @Test func writesCrowdedFacetDemo() throws {
    let spec = ChartFixtures.crowdedFacets()
    let wide = ChartSVG.render(spec).svg
    let narrow = ChartSVG.render(spec.narrowLayout()).svg
    try Self.page(wide + narrow, lang: "en").write(
      toFile: "/tmp/lb-chart-crowded.html", atomically: true, encoding: .utf8)
    let collisions = ChartSVG.render(ChartFacetTests.collisions()).svg
    try Self.page(collisions, lang: "en").write(
      toFile: "/tmp/lb-chart-collisions.html", atomically: true, encoding: .utf8)
    // The page shows both layouts at once: each well-formed, six panels each, no id twice.
    let trees = [wide, narrow, collisions].map(SVGTree.init)
    #expect(trees.allSatisfy { $0.isWellFormed })
    #expect(trees[0].withClass("lb-panel").count == 6 && trees[1].withClass("lb-panel").count == 6)
    let ids = trees.prefix(2).flatMap { $0.nodes.compactMap { $0.attributes["id"] } }
    #expect(Set(ids).count == ids.count, "an id appears twice on the demo page")
    let written = try String(contentsOfFile: "/tmp/lb-chart-crowded.html", encoding: .utf8)
    #expect(written.contains(narrow))
  }

  /// A Wei-style figure: log-scale compute, 7 model families (so a legend), one with a band.
  @Test func writesLogScaleDemo() throws {
    let families = ["LaMDA", "GPT-3", "Gopher", "Chinchilla", "PaLM", "Pythia", "OLMo"]
    let series = families.enumerated().map { i, name -> ChartSeries in
      var rng = SplitMix64(state: UInt64(100 + i))
      let points = (0..<8).map { k -> ChartPoint in
        let flops = 1e18 * pow(10, Double(k) * 0.8 + Double(i) * 0.1)
        let score = 0.25 + max(0, log10(flops) - 22) * 0.2 + 0.01 * rng.symmetric()
        return ChartPoint(x: flops, y: score)
      }
      let band = i == 4 ? points.map { ChartBandPoint(x: $0.x, lower: $0.y - 0.04, upper: $0.y + 0.04) } : nil
      return ChartSeries(name: name, points: points, band: band)
    }
    let spec = ChartSpec(
      id: "wei", title: "Accuracy stays at chance until about 10²² training FLOPs",
      description: "Seven model families.",
      x: ChartAxis(label: "training FLOPs", scale: .log10),
      y: ChartAxis(label: "accuracy", format: .percent(nil)),
      panels: [ChartPanel(series: series, annotations: [.horizontalLine(y: 0.25, label: "random", role: .chance)])])
    let svg = ChartSVG.render(spec).svg
    try Self.page(svg, lang: "en").write(toFile: "/tmp/lb-chart-log.html", atomically: true, encoding: .utf8)
    var sizes = spec
    sizes.id = "sizes"
    sizes.title = "Model size on a log axis, narrow figure"
    sizes.width = 420
    sizes.panelHeight = 240
    sizes.x = ChartAxis(label: "parameters", scale: .log10, domain: 3e8...3.2e10)
    sizes.language = .ja
    let sizeSeries = series.prefix(3).map { s -> ChartSeries in
      var s = s
      s.points = s.points.enumerated().map { k, p in ChartPoint(x: 3e8 * pow(10, Double(k) * 0.25), y: p.y) }
      s.band = nil
      return s
    }
    sizes.panels = [
      ChartPanel(
        series: sizeSeries,
        annotations: [
          .verticalLine(x: 6e9, label: "a long label that must wrap inside the narrow panel", role: .threshold)
        ])
    ]
    let narrow = ChartSVG.render(sizes).svg
    try Self.page(narrow, lang: "ja").write(toFile: "/tmp/lb-chart-narrow.html", atomically: true, encoding: .utf8)

    // Seven families in the legend, in order; the chance line and one band drawn; every point kept.
    let tree = SVGTree(svg)
    #expect(tree.isWellFormed)
    #expect(ChartFacetTests.legend(tree) == families)
    #expect(tree.withClass("lb-chance").count == 1 && tree.withClass("lb-band").count == 1)
    #expect(ChartSVG.render(spec).skippedPoints == 0)
    // The narrow figure keeps its long threshold label inside its 420 px by wrapping it.
    let narrowTree = SVGTree(narrow)
    #expect(narrowTree.isWellFormed)
    let notes = ChartFacetTests.noteBoxes(narrowTree)
    #expect(notes.contains { $0.text.contains("a long label") })
    #expect(notes.allSatisfy { $0.box.left >= 0 && $0.box.right <= 420 }, "\(notes.map(\.box))")
  }
}
