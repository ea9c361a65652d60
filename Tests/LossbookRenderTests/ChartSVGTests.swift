import Foundation
import Testing

@testable import LossbookRender

@Suite struct ChartSVGTests {
  /// A single panel of `count` series; `mark` for all.
  static func manySeries(_ count: Int, mark: ChartMark = .pointsAndLine, points: Int = 12) -> ChartSpec {
    let series = (0..<count).map { i in
      ChartFixtures.hingeSeries(
        name: "series \(i)", from: 3.2, to: 1.9 + 0.02 * Double(i), count: points, seed: UInt64(i), mark: mark)
    }
    return ChartSpec(
      id: "many", title: "Many series", description: "A test chart.",
      x: ChartAxis(label: "loss", reversed: true), y: ChartAxis(label: "accuracy", format: .percent(nil)),
      panels: [ChartPanel(series: series, annotations: ChartFixtures.annotations)])
  }

  @Test func rootIsAnAccessibleScalableImage() throws {
    let svg = ChartSVG.render(ChartFixtures.demo()).svg
    let tree = SVGTree(svg)
    #expect(tree.isWellFormed)
    let root = try #require(tree.nodes.first)
    #expect(root.name == "svg")
    #expect(root.attributes["role"] == "img")
    #expect(root.attributes["aria-labelledby"] == "mmlu-plot-title mmlu-plot-desc")
    #expect(root.attributes["width"] == "100%")
    #expect(root.attributes["height"] == nil)
    #expect(root.attributes["viewBox"]?.hasPrefix("0 0 720 ") == true)
    #expect(root.attributes["class"] == "lb-chart")
    #expect(root.attributes["lang"] == "en")
    #expect(root.attributes["font-family"]?.contains("\"Noto Sans CJK JP\"") == true)
    // <title> and <desc> come first and carry the ids.
    #expect(tree.nodes[1].name == "title" && tree.nodes[1].attributes["id"] == "mmlu-plot-title")
    #expect(tree.nodes[1].text == ChartFixtures.demo().title)
    #expect(tree.nodes[2].name == "desc" && tree.nodes[2].attributes["id"] == "mmlu-plot-desc")
    #expect(tree.nodes[2].text == ChartFixtures.demo().description)
    // The title is also drawn.
    #expect(tree.withClass("lb-chart-title").first?.text == ChartFixtures.demo().title)
  }

  @Test func japaneseChartsSayTheirLanguage() {
    let tree = SVGTree(ChartSVG.render(ChartFixtures.demo(language: .ja)).svg)
    #expect(tree.nodes.first?.attributes["lang"] == "ja")
    #expect(tree.nodes.first?.attributes["font-family"]?.hasPrefix("\"Hiragino Sans\"") == true)
    #expect(tree.all("text").contains { $0.text == "ランダム推測レベル（25%）" })
  }

  @Test(arguments: [3, 7])
  func marksAndTextHaveEnoughContrast(seriesCount: Int) {
    let tree = SVGTree(ChartSVG.render(Self.manySeries(seriesCount)).svg)
    let meaningfulStrokes = [
      "lb-line", "lb-chance", "lb-threshold", "lb-reference", "lb-axis", "lb-leader", "lb-swatch", "lb-line-casing",
    ]
    var checked = 0
    for (index, node) in tree.nodes.enumerated() where meaningfulStrokes.contains(where: node.has) {
      guard let stroke = node.attributes["stroke"], stroke != "none" else { continue }
      if node.has("lb-cased") {
        // A light stroke is allowed only over a dark casing drawn just before it.
        let casing = tree.nodes[index - 1]
        #expect(casing.has("lb-line-casing") && (WCAGContrast.againstWhite(casing.attributes["stroke"]) ?? 0) >= 3)
        continue
      }
      #expect((WCAGContrast.againstWhite(stroke) ?? 0) >= 3, "\(node.classes) \(stroke)")
      checked += 1
    }
    #expect(checked > seriesCount)
    // Markers: the fill or the outline carries the contrast.
    let marks = tree.withClass("lb-mark")
    #expect(marks.count == min(seriesCount, 8))
    for mark in marks {
      let best = max(
        WCAGContrast.againstWhite(mark.attributes["fill"]) ?? 0,
        WCAGContrast.againstWhite(mark.attributes["stroke"]) ?? 0)
      #expect(best >= 3, "\(mark.attributes)")
    }
    // Text: 4.5:1.
    for text in tree.all("text") {
      #expect((WCAGContrast.againstWhite(text.inherited["fill"]) ?? 0) >= 4.5, "\(text.text)")
    }
    if seriesCount == 7 { #expect(tree.withClass("lb-cased").count >= 1) }  // orange is in use, cased
  }

  @Test func paletteContrastMatchesTheTable() {
    let ratios = ChartPalette.series.map { WCAGContrast.againstWhite($0.colour)! }
    #expect(abs(ratios[0] - 5.19) < 0.01 && abs(ratios[1] - 3.42) < 0.01 && abs(ratios[2] - 3.06) < 0.01)
    #expect(abs(ratios[3] - 2.25) < 0.01 && ratios[4] > 20 && abs(ratios[7] - 12.17) < 0.01)
    for (entry, ratio) in zip(ChartPalette.series, ratios) where ratio < 3 {
      #expect(entry.outline != nil)  // too light on its own: outlined
    }
    #expect((WCAGContrast.againstWhite(ChartPalette.chance) ?? 0) >= 3)
    #expect((WCAGContrast.againstWhite(ChartPalette.muted) ?? 0) >= 4.5)
  }

  @Test func textIsAtLeast11px() {
    for spec in [ChartFixtures.demo(), ChartFixtures.facets(), Self.manySeries(7)] {
      let tree = SVGTree(ChartSVG.render(spec).svg)
      for node in tree.nodes {
        if let size = node.attributes["font-size"] { #expect(Double(size)! >= 11) }
      }
      for text in tree.all("text") {
        #expect(Double(text.inherited["font-size"] ?? "0")! >= 11)
      }
    }
  }

  @Test func escapesEveryCallerString() {
    let evil = "<script>alert('x')</script>"
    var spec = ChartFixtures.demo()
    spec.title = "Tom & \"Jerry\" <b>"
    spec.description = evil
    spec.x.label = evil
    spec.panels[0].title = evil
    spec.panels[0].series[0].name = evil
    spec.panels[0].annotations.append(.text(x: 2.5, y: 0.4, label: evil))
    let svg = ChartSVG.render(spec).svg
    #expect(!svg.contains("<script"))
    #expect(!svg.contains("<b>"))
    #expect(svg.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
    #expect(svg.contains("Tom &amp; &quot;Jerry&quot; &lt;b&gt;"))
    let tree = SVGTree(svg)
    #expect(tree.isWellFormed)
    #expect(tree.nodes[1].text == spec.title)
  }

  @Test func rendersByteIdenticalOutput() {
    for spec in [ChartFixtures.demo(), ChartFixtures.facets(), ChartFixtures.demo(language: .ja)] {
      #expect(ChartSVG.render(spec) == ChartSVG.render(spec))
    }
  }

  @Test func facetsProduceOnePanelGroupEach() {
    var spec = ChartFixtures.facets(count: 4)
    spec.columns = 2
    let tree = SVGTree(ChartSVG.render(spec).svg)
    #expect(tree.isWellFormed)
    #expect(tree.withClass("lb-panel").count == 4)
    #expect(tree.withClass("lb-panel-title").map(\.text) == ["MMLU", "C-Eval", "GSM8K", "TriviaQA"])
    #expect(tree.withClass("lb-axis-title").count == 2)  // x and y titles once
    #expect(tree.withClass("lb-legend-entry").count == 3)  // a shared legend
    #expect(tree.withClass("lb-direct-label").isEmpty)
    #expect(tree.withClass("lb-chance").count == 4)  // identical annotation grammar
    #expect(tree.withClass("lb-threshold").count == 4)
    // 2 columns: y tick labels on the left column only; x tick labels under every panel.
    let tickGroups = tree.withClass("lb-tick-labels")
    #expect(tickGroups.filter { $0.attributes["text-anchor"] == "end" }.count == 2)
    #expect(tickGroups.filter { $0.attributes["text-anchor"] == "middle" }.count == 4)
    // Shared domains: the same tick labels in every panel.
    let labelSets = (0..<4).map { panel in
      tree.all("text").filter {
        $0.inherited["panel"] == "\(panel)" && $0.inherited["text-anchor"] == "middle" && $0.inherited["class"] == nil
      }.map(\.text)
    }
    #expect(Set(labelSets.map { $0.joined(separator: "|") }).count == 1)
  }

  @Test func skipsPointsThatCannotBePlaced() {
    let points = [
      ChartPoint(x: 1, y: 1), ChartPoint(x: .nan, y: 1), ChartPoint(x: 2, y: .infinity), ChartPoint(x: 3, y: 3),
      ChartPoint(x: -1, y: 2), ChartPoint(x: 0, y: 2),
    ]
    var spec = ChartSpec(
      id: "skip", title: "t", description: "d", x: ChartAxis(label: "x"), y: ChartAxis(label: "y"),
      panels: [ChartPanel(series: [ChartSeries(name: "s", points: points)])])
    #expect(ChartSVG.render(spec).skippedPoints == 2)
    spec.x.scale = .log10
    let rendered = ChartSVG.render(spec)
    #expect(rendered.skippedPoints == 4)
    #expect(SVGTree(rendered.svg).isWellFormed)
    #expect(!rendered.svg.contains("nan") && !rendered.svg.contains("inf"))
  }

  @Test func emptyDataSaysNoData() {
    var spec = ChartSpec(
      id: "empty", title: "Nothing yet", description: "No rows.", x: ChartAxis(label: "x"), y: ChartAxis(label: "y"),
      panels: [ChartPanel(series: [])])
    let en = ChartSVG.render(spec)
    let tree = SVGTree(en.svg)
    #expect(tree.isWellFormed)
    #expect(tree.nodes.first?.attributes["role"] == "img")
    #expect(tree.withClass("lb-no-data").map(\.text) == ["no data"])
    spec.language = .ja
    #expect(SVGTree(ChartSVG.render(spec).svg).withClass("lb-no-data").map(\.text) == ["データなし"])
    spec.panels = [ChartPanel(series: [ChartSeries(name: "s", points: [ChartPoint(x: .nan, y: 1)])])]
    #expect(ChartSVG.render(spec).skippedPoints == 1)
    spec.panels = []
    #expect(SVGTree(ChartSVG.render(spec).svg).withClass("lb-no-data").count == 1)
    // One empty facet among full ones says so in its own panel.
    var facets = ChartFixtures.facets(count: 3)
    facets.panels[1].series = []
    let facetTree = SVGTree(ChartSVG.render(facets).svg)
    #expect(facetTree.withClass("lb-no-data").map { $0.inherited["panel"] } == ["1"])
  }

  @Test func directLabelsForFewLineSeriesAndALegendOtherwise() {
    func counts(_ spec: ChartSpec) -> (direct: Int, legend: Int) {
      let tree = SVGTree(ChartSVG.render(spec).svg)
      return (tree.withClass("lb-direct-label").count, tree.withClass("lb-legend-entry").count)
    }
    #expect(counts(ChartFixtures.demo()) == (3, 0))
    #expect(counts(Self.manySeries(6)) == (6, 0))
    #expect(counts(Self.manySeries(7)) == (0, 7))
    #expect(counts(Self.manySeries(2, mark: .points)) == (0, 2))
    var twice = Self.manySeries(2)
    twice.panels[0].series[1].name = twice.panels[0].series[0].name
    #expect(counts(twice) == (1, 0))
    // Direct labels name the series, in data order.
    let tree = SVGTree(ChartSVG.render(ChartFixtures.demo()).svg)
    let names = tree.nodes.filter {
      $0.name == "text" && $0.parent.map { tree.nodes[$0].has("lb-direct-label") } == true
    }
    #expect(names.map(\.text) == ["1.5B", "6B", "32B"])
  }

  @Test func reversedLossAxisReadsLeftToRight() throws {
    let tree = SVGTree(ChartSVG.render(ChartFixtures.demo()).svg)
    let ticks = tree.all("text").filter {
      $0.inherited["text-anchor"] == "middle" && $0.parent.map { tree.nodes[$0].has("lb-tick-labels") } == true
    }
    let high = try #require(ticks.first { $0.text == "3.00" })
    let low = try #require(ticks.first { $0.text == "2.00" })
    #expect(Double(high.attributes["x"]!)! < Double(low.attributes["x"]!)!)
  }

  @Test func overlaysFollowTheAnnotationRules() {
    var spec = ChartFixtures.demo()
    spec.panels[0].series[2].band = spec.panels[0].series[2].points.map {
      ChartBandPoint(x: $0.x, lower: $0.y - 0.02, upper: $0.y + 0.02)
    }
    let tree = SVGTree(ChartSVG.render(spec).svg)
    let chance = tree.withClass("lb-chance")
    #expect(chance.count == 1 && chance[0].attributes["stroke-dasharray"] != nil)
    #expect(tree.withClass("lb-note").contains { $0.text == "guessing (25%)" })
    #expect(tree.withClass("lb-threshold").first?.attributes["stroke"] == "#D55E00")
    let band = tree.withClass("lb-threshold-band")
    #expect(band.count == 1 && band[0].attributes["fill"] == "#D55E00" && band[0].attributes["fill-opacity"] != nil)
    let confidence = tree.withClass("lb-band")
    #expect(confidence.count == 1)
    // Visible: a quarter-opaque fill and an edge in the series colour.
    #expect(confidence.first?.attributes["fill-opacity"] == ChartPalette.bandOpacity)
    #expect(confidence.first?.attributes["stroke"] == ChartPalette.style(2).colour)
    #expect(confidence.first?.attributes["fill"] == ChartPalette.style(2).colour)
    // Bands sit behind every line.
    let firstLine = tree.nodes.firstIndex { $0.has("lb-line") }!
    #expect(tree.nodes.firstIndex { $0.has("lb-band") }! < firstLine)
  }

  @Test(arguments: [0, 1, 2])
  func labelsStayInsideTheirPanel(variant: Int) {
    let spec = [ChartFixtures.demo(), ChartFixtures.facets(), ChartFixtures.demo(language: .ja)][variant]
    var narrow = spec
    narrow.width = 420
    for s in [spec, narrow] {
      let tree = SVGTree(ChartSVG.render(s).svg)
      let clips = tree.all("clipPath").map { clip -> ChartRect in
        let rect = tree.nodes[
          tree.nodes.firstIndex { $0.parent.map { tree.nodes[$0].attributes["id"] == clip.attributes["id"] } == true }!]
        let n = { Double(rect.attributes[$0]!)! }
        return ChartRect(x: n("x") + 4, y: n("y") + 4, width: n("width") - 8, height: n("height") - 8)
      }
      var checked = 0
      for node in tree.nodes where (node.name == "text" || node.name == "tspan") && !node.text.isEmpty {
        let inNote = node.has("lb-note") || node.parent.map { tree.nodes[$0].has("lb-note") } == true
        guard inNote, let panel = Int(node.inherited["panel"] ?? "") else { continue }
        let plot = clips[panel]
        let x = Double(node.attributes["x"]!)!
        let width = ChartText.width(node.text, fontSize: 12)
        let (left, right): (Double, Double) =
          switch node.inherited["text-anchor"] {
          case "end": (x - width, x)
          case "middle": (x - width / 2, x + width / 2)
          default: (x, x + width)
          }
        #expect(left >= plot.x - 0.5 && right <= plot.right + 0.5, "\(node.text) \(left)...\(right) in \(plot)")
        checked += 1
      }
      #expect(checked >= 2)
    }
  }

  @Test func seriesSeparateWithoutColour() {
    let styles = (0..<6).map(ChartPalette.style)
    #expect(Set(styles.map { $0.dash ?? "solid" }).count == 6)
    #expect(Set(styles.map(\.shape)).count == 6)
    #expect(Set(styles.map(\.colour)).count == 6)
    let tree = SVGTree(ChartSVG.render(Self.manySeries(6)).svg)
    let lines = tree.withClass("lb-line")
    #expect(lines.count == 6)
    #expect(Set(lines.map { $0.attributes["stroke-dasharray"] ?? "solid" }).count == 6)
    #expect(tree.all("marker").count == 6)
  }

  @Test func staysCompact() {
    let spec = Self.manySeries(6, points: 240)
    let svg = ChartSVG.render(spec).svg
    #expect(svg.utf8.count < 60_000, "\(svg.utf8.count) bytes")
  }

  @Test func coordinatesAreRounded() throws {
    let svg = ChartSVG.render(Self.manySeries(6, points: 60)).svg
    let tree = SVGTree(svg)
    for node in tree.nodes {
      for key in ["points", "d", "x", "y", "width", "height", "viewBox"] {
        guard let value = node.attributes[key] else { continue }
        #expect(value.range(of: #"\.\d{3}"#, options: .regularExpression) == nil, "\(key)=\(value.prefix(60))")
        #expect(value.range(of: #"(^|[^0-9.])-0([^.0-9]|$)"#, options: .regularExpression) == nil, "\(key)")
      }
    }
  }

  @Test func idsAreSanitized() {
    var spec = ChartFixtures.demo()
    spec.id = "my plot/1"
    let tree = SVGTree(ChartSVG.render(spec).svg)
    #expect(tree.nodes.first?.attributes["aria-labelledby"] == "my-plot-1-title my-plot-1-desc")
    #expect(ChartIdentifier.sanitized("") == "chart")
    #expect(ChartIdentifier.sanitized("図_1") == "図_1")
  }

  @Test func directLabelsArePushedApart() {
    #expect(ChartSVG.spread([100, 101, 102], gap: 17, low: 0, high: 500) == [100, 117, 134])
    #expect(ChartSVG.spread([495, 490], gap: 17, low: 0, high: 500) == [500, 483])
    #expect(ChartSVG.spread([0, 0], gap: 17, low: 10, high: 500) == [10, 27])
  }

  @Test func wrapsEnglishAtSpacesAndJapaneseBetweenCharacters() {
    let english = ChartText.wrap("flat at guessing level", fontSize: 12, maxWidth: 60)
    #expect(english == ["flat at", "guessing", "level"])
    let japanese = ChartText.wrap("ランダム推測レベルで平坦。です", fontSize: 12, maxWidth: 60)
    #expect(japanese.allSatisfy { ChartText.width($0, fontSize: 12) <= 72 })
    #expect(japanese.allSatisfy { !$0.hasPrefix("。") })
    #expect(japanese.joined() == "ランダム推測レベルで平坦。です")
    #expect(
      ChartText.balancedWrap("threshold 2.20 where the threshold probably is", fontSize: 12, maxWidth: 250).count == 2)
    #expect(ChartText.truncate("a very long series name indeed", fontSize: 13, maxWidth: 80).hasSuffix("…"))
  }

  @Test func logAxesUsePowersOfTen() {
    let series = ChartSeries(name: "s", points: [ChartPoint(x: 1e18, y: 0.25), ChartPoint(x: 1e24, y: 0.6)])
    let spec = ChartSpec(
      id: "flops", title: "t", description: "d", x: ChartAxis(label: "FLOPs", scale: .log10),
      y: ChartAxis(label: "acc"),
      panels: [ChartPanel(series: [series])])
    let labels = SVGTree(ChartSVG.render(spec).svg).all("text").map(\.text)
    #expect(labels.contains("10¹⁸") && labels.contains("10²⁴"))
  }
}
