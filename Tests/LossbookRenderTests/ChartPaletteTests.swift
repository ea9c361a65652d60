import Testing

@testable import LossbookRender

/// One palette for every figure: the threshold's and the chance line's colours belong to no
/// series, eight series have eight colours, and no two of the first 64 styles look the same.
@Suite struct ChartPaletteTests {
  @Test func theThresholdAndChanceColoursAreNoSeriesColour() {
    let colours = Set(ChartPalette.series.map { $0.colour.lowercased() })
    #expect(!colours.contains(ChartPalette.threshold.lowercased()))
    #expect(!colours.contains(ChartPalette.chance.lowercased()))
    #expect(ChartPalette.threshold.lowercased() != ChartPalette.chance.lowercased())
  }

  @Test func eightSeriesHaveEightColoursAndNoTwoStylesLookAlike() {
    let first = (0..<ChartPalette.series.count).map { ChartPalette.style($0).colour }
    #expect(Set(first).count == ChartPalette.series.count)
    #expect(ChartPalette.series.count >= 8)
    var seen = Set<String>()
    for i in 0..<64 {
      let s = ChartPalette.style(i)
      #expect(seen.insert("\(s.colour) \(s.shape)").inserted, "style \(i) repeats an earlier colour and shape")
    }
  }

  @Test func thePageTakesItsAccentFromThePalette() {
    #expect(ReportStyle.css.contains("--accent: \(ChartPalette.series[0].colour);"))
  }
}

/// `scales: free_y`: each panel its own y range and its own tick labels; shared by default.
@Suite struct ChartFreeYTests {
  static func spec(freeY: Bool) -> ChartSpec {
    let low = (0..<10).map { ChartPoint(x: Double($0), y: 0.25 + 0.005 * Double($0)) }
    let high = (0..<10).map { ChartPoint(x: Double($0), y: 0.25 + 0.04 * Double($0)) }
    var spec = ChartSpec(
      id: "f", title: "t", description: "d", x: ChartAxis(label: "x"), y: ChartAxis(label: "y"),
      panels: [
        ChartPanel(title: "narrow", series: [ChartSeries(name: "a", points: low, mark: .points)]),
        ChartPanel(title: "wide", series: [ChartSeries(name: "a", points: high, mark: .points)]),
      ])
    spec.freeY = freeY
    return spec
  }

  static func domains(_ spec: ChartSpec) -> [ClosedRange<Double>] {
    let svg = ChartSVG.render(spec)
    return svg.frames.map { $0.y.lower...$0.y.upper }
  }

  @Test func eachPanelGetsItsOwnRange() {
    let free = Self.domains(Self.spec(freeY: true))
    #expect(free.count == 2)
    #expect(free[0].upperBound < 0.32 && free[1].upperBound >= 0.61, "\(free)")
    let shared = Self.domains(Self.spec(freeY: false))
    #expect(shared[0] == shared[1])
    // Every panel labels its own ticks.
    let labels = ChartSVG.render(Self.spec(freeY: true)).svg.components(separatedBy: "text-anchor=\"end\"").count - 1
    #expect(labels == 2)
  }
}
