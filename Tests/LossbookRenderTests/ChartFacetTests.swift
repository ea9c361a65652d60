import Foundation
import Testing

@testable import LossbookRender

/// Faceted figures a reader can read: a legend that names each kind of mark once, panels wide
/// enough for their labels, labels that never overlap, and a one-column layout for phones.
@Suite struct ChartFacetTests {
  /// The legend entries' texts, a wrapped label's lines joined by a space.
  static func legend(_ tree: SVGTree) -> [String] {
    tree.nodes.indices.filter { tree.nodes[$0].has("lb-legend-entry") }.map { entry in
      texts(under: entry, in: tree).joined(separator: " ")
    }
  }

  /// The non-empty texts of the `text` and `tspan` elements inside node `index`.
  static func texts(under index: Int, in tree: SVGTree) -> [String] {
    func isInside(_ i: Int) -> Bool {
      var p = tree.nodes[i].parent
      while let q = p {
        if q == index { return true }
        p = tree.nodes[q].parent
      }
      return false
    }
    return tree.nodes.indices.filter { ["text", "tspan"].contains(tree.nodes[$0].name) && isInside($0) }
      .map { tree.nodes[$0].text }.filter { !$0.isEmpty }
  }

  /// The left edges and tops of the panels' plots, from their clip paths.
  static func plotCorners(_ tree: SVGTree) -> [(x: String, y: String)] {
    tree.all("clipPath").compactMap { clip in
      let rect = tree.nodes.first { $0.parent.map { tree.nodes[$0].attributes["id"] == clip.attributes["id"] } == true }
      return rect.map { ($0.attributes["x"]!, $0.attributes["y"]!) }
    }
  }

  /// Every annotation label: its panel and its box, estimated as the chart estimates text.
  static func noteBoxes(_ tree: SVGTree) -> [(panel: String, text: String, box: ChartLabelBox)] {
    tree.nodes.indices.compactMap { i in
      let node = tree.nodes[i]
      guard node.name == "text", node.has("lb-note") else { return nil }
      let spans = tree.nodes.filter { $0.name == "tspan" && $0.parent == i }.map(\.text)
      let lines = spans.isEmpty ? [node.text] : spans
      let x = Double(node.attributes["x"]!)!
      let y = Double(node.attributes["y"]!)!
      let spot = ChartLabelSpot(lines: lines, x: x, baseline: y, anchor: node.attributes["text-anchor"] ?? "start")
      #expect(abs(spot.box.bottom - spot.box.top - (12 + Double(lines.count - 1) * 15 + 3)) < 1e-9)
      return (node.inherited["panel"] ?? "", lines.joined(separator: " "), spot.box)
    }
  }

  @Test func aFacetLegendNamesEachKindOnce() {
    let tree = SVGTree(ChartSVG.render(ChartFixtures.crowdedFacets()).svg)
    #expect(tree.isWellFormed)
    // One entry per kind of series, then one per kind of overlay drawn: no task names.
    #expect(
      Self.legend(tree) == [
        "data", "hinge fit", "logistic fit", "guessing (25%)", "threshold",
        "95% interval: where the threshold probably is",
        "hinge bend (not a threshold: smooth)",
      ])
    // Overlay swatches are drawn like the overlays but are not counted as them.
    #expect(tree.withClass("lb-chance").count == 6)
    #expect(tree.withClass("lb-threshold").count == 4)
    #expect(tree.withClass("lb-threshold-band").count == 4)
  }

  @Test func aFacetLegendLeavesOutOverlaysNoPanelDraws() {
    var spec = ChartFixtures.crowdedFacets(count: 2)  // two emergent panels: no hinge bend
    spec.panels = spec.panels.map { panel in
      var panel = panel
      panel.annotations.removeAll { if case .horizontalLine = $0 { true } else { false } }
      return panel
    }
    let entries = Self.legend(SVGTree(ChartSVG.render(spec).svg))
    #expect(
      entries == ["data", "hinge fit", "logistic fit", "threshold", "95% interval: where the threshold probably is"])
  }

  @Test func seriesOfOneKindLookTheSameInEveryPanel() {
    var spec = ChartFixtures.crowdedFacets()
    for p in spec.panels.indices { spec.panels[p].series[0].style = nil }  // data styled by kind
    let tree = SVGTree(ChartSVG.render(spec).svg)
    let groups = tree.nodes.indices.filter { tree.nodes[$0].has("lb-series") }
    /// The strokes, dashes and markers of the series whose name starts with `prefix`, one
    /// string per series.
    func look(_ node: SVGTree.Node) -> String {
      ["stroke", "stroke-dasharray", "marker-mid"].map { node.attributes[$0] ?? "" }.joined(separator: "|")
    }
    func looks(_ prefix: String) -> Set<String> {
      let chosen = groups.filter { (tree.nodes[$0].attributes["data-series"] ?? "").hasPrefix(prefix) }
      return Set(chosen.map { group in tree.nodes.filter { $0.parent == group }.map(look).joined(separator: ",") })
    }
    #expect(looks("hinge fit").count == 1)
    #expect(looks("logistic fit").count == 1)
    #expect(looks("hinge fit") != looks("logistic fit"))
    // The data of every task: one marker, the first palette entry.
    let dataLooks = Set(spec.panels.map { looks($0.title!) }.flatMap { $0 })
    #expect(dataLooks == ["none||url(#crowded-m0)"])
  }

  @Test func oneUnfacetedPanelIgnoresKindsAndOverlayKeys() {
    var spec = ChartFixtures.demo()
    spec.overlayKeys = ChartFixtures.overlayKeys
    for s in spec.panels[0].series.indices { spec.panels[0].series[s].kind = "data" }
    #expect(ChartSVG.render(spec) == ChartSVG.render(ChartFixtures.demo()))
  }

  @Test(arguments: [
    // (panels, span) → columns: panels at least 250 px wide, at most 3 columns, rows as full as possible.
    (1, 602.0, 1), (2, 602.0, 2), (3, 602.0, 2), (4, 602.0, 2), (6, 602.0, 2), (6, 222.0, 1), (2, 222.0, 1),
    (6, 1000.0, 3), (4, 1000.0, 2), (5, 1000.0, 3), (8, 1000.0, 3), (9, 2000.0, 3),
  ])
  func facetColumnsKeepPanelsWideEnoughForTheirLabels(panels: Int, span: Double, columns: Int) {
    #expect(ChartLayout.facetColumns(count: panels, span: span) == columns)
  }

  @Test func sixPanelsInTheTextColumnMakeTwoColumnsOfThreeRows() throws {
    let corners = Self.plotCorners(SVGTree(ChartSVG.render(ChartFixtures.crowdedFacets()).svg))
    #expect(corners.count == 6)
    #expect(Set(corners.map(\.x)).count == 2)
    #expect(Set(corners.map(\.y)).count == 3)
    // An explicit column count still wins.
    var three = ChartFixtures.crowdedFacets()
    three.columns = 3
    let threeCorners = Self.plotCorners(SVGTree(ChartSVG.render(three).svg))
    #expect(Set(threeCorners.map(\.x)).count == 3 && Set(threeCorners.map(\.y)).count == 2)
  }

  /// Labels that all want the same corner: two notes on one point, a line labelled at the
  /// top right beside them, and a horizontal line through them.
  static func collisions() -> ChartSpec {
    var spec = ChartFixtures.demo()
    spec.id = "collide"
    spec.panels[0].annotations = [
      .text(x: 2.05, y: 0.48, label: "first note on this point"),
      .text(x: 2.05, y: 0.48, label: "second note on this point"),
      .verticalLine(x: 2.1, label: "a line whose label wants the top right", role: .reference),
      .horizontalLine(y: 0.48, label: "a level through the notes", role: .reference),
      .verticalBand(from: 2.0, to: 2.1, label: "a band labelled there too"),
    ]
    return spec
  }

  @Test(arguments: [720.0, ChartSpec.narrowWidth, 420.0])
  func labelsNeverOverlapAndStayInTheirPanel(width: Double) {
    for spec in [
      ChartFixtures.crowdedFacets(width: width), ChartFixtures.demo(), ChartFixtures.demo(language: .ja),
      Self.collisions(),
    ] {
      var spec = spec
      spec.width = width
      let tree = SVGTree(ChartSVG.render(spec).svg)
      let boxes = Self.noteBoxes(tree)
      #expect(!boxes.isEmpty)
      for i in boxes.indices {
        for j in boxes.indices where j > i && boxes[i].panel == boxes[j].panel {
          #expect(!boxes[i].box.overlaps(boxes[j].box, gap: 0), "\(boxes[i].text) and \(boxes[j].text) at \(width) px")
        }
      }
    }
  }

  @Test func thresholdLabelsKeepTheirNumbersInEveryEmergentPanel() {
    for width in [720.0, ChartSpec.narrowWidth] {
      let boxes = Self.noteBoxes(SVGTree(ChartSVG.render(ChartFixtures.crowdedFacets(width: width)).svg))
      let thresholds = boxes.filter { $0.text.hasPrefix("threshold 2.20") }
      #expect(Set(thresholds.map(\.panel)) == ["0", "1", "3", "4"], "at \(width) px")
      #expect(boxes.filter { $0.text.hasPrefix("hinge bend") }.count == 2)
      // The interval stays whole when the label wraps.
      #expect(thresholds.allSatisfy { $0.text.contains("(95%\u{a0}interval") })
    }
  }

  @Test func labelsSitBesideTheDataWhenThereIsRoom() {
    let spec = ChartFixtures.crowdedFacets()
    let rendered = SVGTree(ChartSVG.render(spec).svg)
    let data = ChartData(spec: spec)
    let layout = ChartLayout(
      spec: spec, data: data, xDomain: ChartDomain.resolve(explicit: nil, values: data.xValues, scale: .linear)!,
      yDomains: [ChartDomain.resolve(explicit: nil, values: data.yValues, scale: .linear)!])
    for box in Self.noteBoxes(rendered) where box.text.hasPrefix("threshold") || box.text.hasPrefix("flat") {
      let panel = Int(box.panel)!
      let cell = layout.cells[panel]
      let points = spec.panels[panel].series[0].points.map { (cell.x.pixel($0.x), cell.y.pixel($0.y)) }
      #expect(box.box.count(points) == 0, "\(box.text) covers data in panel \(panel)")
    }
  }

  @Test func thePlacerTakesTheFreeSpotCoveringTheLeastData() {
    let plot = ChartRect(x: 0, y: 0, width: 200, height: 100)
    var placer = ChartLabelPlacer(plot: plot, obstacles: [(30, 20), (35, 20)])
    let onData = ChartLabelSpot(lines: ["label"], x: 20, baseline: 25, anchor: "start")
    let free = ChartLabelSpot(lines: ["label"], x: 20, baseline: 70, anchor: "start")
    let outside = ChartLabelSpot(lines: ["label"], x: 190, baseline: 70, anchor: "start")
    #expect(placer.place([outside, onData, free]) == free)
    // A spot touching a placed label is not free; with nothing free the label is left out.
    let touching = ChartLabelSpot(lines: ["other"], x: 22, baseline: 72, anchor: "start")
    #expect(placer.place([touching, onData]) == onData)
    #expect(placer.place([touching]) == nil)
    // Crossing another overlay's line weighs more than covering a data point; strictly, never.
    var lines = ChartLabelPlacer(plot: plot, obstacles: [(130, 50)])
    let line = ChartLabelPlacer.samples([(60, 0), (60, 100)])
    let acrossLine = ChartLabelSpot(lines: ["label"], x: 60, baseline: 55, anchor: "middle")
    let onPoint = ChartLabelSpot(lines: ["label"], x: 130, baseline: 55, anchor: "middle")
    #expect(lines.place([acrossLine, onPoint], avoiding: line) == onPoint)
    var strict = ChartLabelPlacer(plot: plot, obstacles: [])
    #expect(strict.place([acrossLine], avoiding: line, strictly: true) == nil)
  }

  @Test func samplesRunAlongALineEveryFewPixels() {
    let points = ChartLabelPlacer.samples([(0, 0), (20, 0), (20, 10)], step: 5)
    #expect(points.count == 1 + 4 + 2)
    #expect(points.allSatisfy { ($0.1 == 0 && $0.0 <= 20) || $0.0 == 20 })
  }

  @Test func longLegendLabelsWrapInsteadOfBeingCut() {
    let tree = SVGTree(ChartSVG.render(ChartFixtures.crowdedFacets(width: ChartSpec.narrowWidth)).svg)
    let entries = Self.legend(tree)
    #expect(entries.contains("95% interval: where the threshold probably is"))
    #expect(!entries.contains { $0.contains("…") })
    // A row with a wrapped entry is taller by 16 px a line: the next row starts below it.
    let placed = tree.nodes.indices.filter { tree.nodes[$0].has("lb-legend-entry") }.map { entry in
      let text = tree.nodes.indices.first { tree.nodes[$0].name == "text" && tree.nodes[$0].parent == entry }!
      return (y: Double(tree.nodes[text].attributes["y"]!)!, lines: max(Self.texts(under: text, in: tree).count, 1))
    }
    #expect(placed.contains { $0.lines == 2 })
    for a in placed {
      for b in placed where b.y > a.y { #expect(b.y >= a.y + 20 + 16 * Double(a.lines - 1)) }
    }
  }

  @Test func theNarrowLayoutIsOneColumnWithItsOwnIDs() {
    let wide = ChartFixtures.crowdedFacets()
    let narrow = wide.narrowLayout()
    #expect(narrow.id == "crowded-narrow" && narrow.width == ChartSpec.narrowWidth)
    let tree = SVGTree(ChartSVG.render(narrow).svg)
    #expect(Set(Self.plotCorners(tree).map(\.x)).count == 1)
    let ids = Set(tree.nodes.compactMap { $0.attributes["id"] })
    let wideIDs = Set(SVGTree(ChartSVG.render(wide).svg).nodes.compactMap { $0.attributes["id"] })
    #expect(ids.isDisjoint(with: wideIDs))
    // Text stays ≥ 11 px on a 375 px phone (335 px of content).
    let scale = 335 / ChartSpec.narrowWidth
    for node in tree.nodes { if let size = node.attributes["font-size"] { #expect(Double(size)! * scale >= 11) } }
  }
}
