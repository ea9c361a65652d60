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
