import Foundation
import LossbookCore
import Testing

@testable import LossbookRender

/// Histogram bars in the SVG: one `<rect>` per bar, heights proportional to the counts, standing
/// on a count axis that starts at 0, under the threshold's band and line.
@Suite struct ChartBarsTests {
  static let counts: [Double] = [3, 0, 2, 7, 13, 22, 40, 39, 87, 30, 56, 20, 12, 4, 1]

  /// Bars of width 0.0006 from 2.1953, with a threshold line and its interval band.
  static func histogram(
    counts: [Double] = counts, lower: Double = 2.1953, width: Double = 0.0006, language: ReportLanguage = .en
  ) -> ChartSpec {
    let bars = counts.indices.map {
      ChartBar(lower: lower + width * Double($0), upper: lower + width * Double($0 + 1), count: counts[$0])
    }
    let middle = lower + width * Double(counts.count) / 2
    return ChartSpec(
      id: "boot", title: "The threshold is pinned down", description: "A histogram.", language: language,
      x: ChartAxis(label: "bootstrap threshold (loss)"), y: ChartAxis(label: "count"),
      panels: [
        ChartPanel(
          series: [],
          annotations: [
            .verticalBand(from: middle - 2 * width, to: middle + 3 * width, label: "95% interval"),
            .verticalLine(x: middle, label: "threshold 2.20", role: .threshold),
          ], bars: bars)
      ])
  }

  static func number(_ node: SVGTree.Node, _ name: String) -> Double { Double(node.attributes[name] ?? "") ?? .nan }

  @Test func oneRectPerBarWithHeightsProportionalToTheCounts() throws {
    let rendered = ChartSVG.render(Self.histogram())
    let tree = SVGTree(rendered.svg)
    #expect(tree.isWellFormed)
    let bars = tree.withClass("lb-bar")
    #expect(bars.count == Self.counts.count)
    #expect(bars.allSatisfy { $0.name == "rect" })
    let frame = try #require(rendered.frames.first)
    #expect(frame.y.lower == 0)  // the count axis starts at 0
    let pixelsPerCount = (frame.y.start - frame.y.end) / (frame.y.upper - frame.y.lower)
    for (bar, count) in zip(bars, Self.counts) {
      // Coordinates are rounded to 0.01 px.
      #expect(abs(Self.number(bar, "height") - count * pixelsPerCount) <= 0.011, "\(count)")
      // Every bar stands on the axis.
      #expect(abs(Self.number(bar, "y") + Self.number(bar, "height") - frame.y.start) <= 0.011)
    }
    // Bars touch: each starts where the one before ends.
    for (a, b) in zip(bars, bars.dropFirst()) {
      #expect(abs(Self.number(a, "x") + Self.number(a, "width") - Self.number(b, "x")) <= 0.011)
    }
  }

  @Test func barsAreFilledAndOutlinedAndUnderTheThreshold() throws {
    let tree = SVGTree(ChartSVG.render(Self.histogram()).svg)
    let bar = try #require(tree.withClass("lb-bar").first)
    let fill = try #require(bar.inherited["fill"])
    let group = try #require(bar.parent.map { tree.nodes[$0] })
    #expect(group.has("lb-bars"))
    #expect(fill != "none" && Double(group.attributes["fill-opacity"] ?? "0")! > 0.2)
    #expect((WCAGContrast.againstWhite(bar.inherited["stroke"]) ?? 0) >= 3)
    #expect(fill == ChartPalette.series[0].colour)
    // Drawn first, so the band and the threshold line lie over the bars.
    let lastBar = try #require(tree.nodes.lastIndex { $0.has("lb-bar") })
    let band = try #require(tree.nodes.firstIndex { $0.has("lb-threshold-band") })
    let line = try #require(tree.nodes.firstIndex { $0.has("lb-threshold") })
    #expect(lastBar < band && band < line)
    #expect(tree.withClass("lb-note").map(\.text).contains("threshold 2.20"))
    // No series: no legend, no direct labels.
    #expect(tree.withClass("lb-legend-entry").isEmpty && tree.withClass("lb-direct-label").isEmpty)
  }

  @Test(arguments: [[1.0], [3, 1, 2], [87, 0, 12], [13, 4, 0, 9]])
  func theCountAxisIsTickedAtWholeNumbers(counts: [Double]) {
    let tree = SVGTree(ChartSVG.render(Self.histogram(counts: counts)).svg)
    let yLabels = tree.all("text").filter {
      $0.inherited["text-anchor"] == "end" && $0.parent.map { tree.nodes[$0].has("lb-tick-labels") } == true
    }
    #expect(yLabels.count >= 2)
    #expect(yLabels.first?.text == "0")
    for label in yLabels { #expect(Int(label.text) != nil, "\(label.text)") }
  }

  @Test func aBarWithNoWidthIsStillDrawn() throws {
    let spec = ChartSpec(
      id: "constant", title: "All equal", description: "d", x: ChartAxis(label: "x"), y: ChartAxis(label: "count"),
      panels: [ChartPanel(series: [], bars: [ChartBar(lower: 1.5, upper: 1.5, count: 3)])])
    let rendered = ChartSVG.render(spec)
    let tree = SVGTree(rendered.svg)
    let bar = try #require(tree.withClass("lb-bar").first)
    #expect(Self.number(bar, "width") == ChartSVG.zeroWidthBar)
    #expect(Self.number(bar, "height") > 0)
    #expect(tree.withClass("lb-no-data").isEmpty)
    // Centred on the value.
    let frame = try #require(rendered.frames.first)
    let centre = frame.x.start + (1.5 - frame.x.lower) / (frame.x.upper - frame.x.lower) * (frame.x.end - frame.x.start)
    #expect(abs(Self.number(bar, "x") + ChartSVG.zeroWidthBar / 2 - centre) <= 0.011)
  }

  @Test func barsThatCannotBePlacedAreLeftOut() {
    var spec = Self.histogram(counts: [2, 5])
    spec.panels[0].bars += [
      ChartBar(lower: .nan, upper: 2.3, count: 1), ChartBar(lower: 2.3, upper: 2.4, count: .infinity),
      ChartBar(lower: 2.3, upper: 2.4, count: -1),
    ]
    let svg = ChartSVG.render(spec).svg
    #expect(SVGTree(svg).withClass("lb-bar").count == 2)
    #expect(!svg.contains("nan") && !svg.contains("inf"))
    // Only unplaceable bars: no data.
    spec.panels[0].bars = [ChartBar(lower: .nan, upper: .nan, count: 4)]
    spec.panels[0].annotations = []
    #expect(SVGTree(ChartSVG.render(spec).svg).withClass("lb-no-data").count == 1)
  }

  @Test func rendersByteIdenticalOutput() {
    for spec in [Self.histogram(), Self.histogram(language: .ja)] {
      #expect(ChartSVG.render(spec) == ChartSVG.render(spec))
    }
  }
}
