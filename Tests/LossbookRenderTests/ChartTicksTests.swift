import LossbookCore
import LossbookWords
import Testing

@testable import LossbookRender

@Suite struct ChartTicksTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var domain: ClosedRange<Double>
    var scale: ChartScale
    var expected: [Double]
    var testDescription: String { "\(scale) \(domain)" }
  }

  static let cases: [Case] = [
    // Linear: 1, 2, 2.5, 5 × 10^k, closest to 6 ticks within 4...8.
    Case(domain: 0...1, scale: .linear, expected: [0, 0.2, 0.4, 0.6, 0.8, 1]),
    Case(domain: 0...100, scale: .linear, expected: [0, 20, 40, 60, 80, 100]),
    Case(domain: 1.8...3.2, scale: .linear, expected: [2, 2.25, 2.5, 2.75, 3]),
    Case(domain: -1...1, scale: .linear, expected: [-1, -0.5, 0, 0.5, 1]),
    Case(domain: 0.224...0.926, scale: .linear, expected: [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]),
    Case(domain: 0...7, scale: .linear, expected: [0, 2, 4, 6]),
    Case(domain: 1000...5000, scale: .linear, expected: [1000, 2000, 3000, 4000, 5000]),
    Case(domain: 0.001...0.0095, scale: .linear, expected: [0.002, 0.004, 0.006, 0.008]),
    Case(domain: -3.7...(-1.2), scale: .linear, expected: [-3.5, -3, -2.5, -2, -1.5]),
    // Log10: decades; thinned decades; 1-2-5; 1-3; linear for narrow spans.
    Case(domain: 1e18...1e24, scale: .log10, expected: [1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24]),
    Case(domain: 1...1000, scale: .log10, expected: [1, 10, 100, 1000]),
    Case(domain: 1e-6...1e6, scale: .log10, expected: [1e-6, 1e-4, 0.01, 1, 100, 1e4, 1e6]),
    Case(domain: 3e8...3.2e10, scale: .log10, expected: [5e8, 1e9, 2e9, 5e9, 1e10, 2e10]),
    Case(domain: 2...300, scale: .log10, expected: [2, 5, 10, 20, 50, 100, 200]),
    Case(domain: 3...3000, scale: .log10, expected: [3, 10, 30, 100, 300, 1000, 3000]),
    Case(domain: 1.5...2.8, scale: .log10, expected: [1.5, 1.75, 2, 2.25, 2.5, 2.75]),
  ]

  @Test(arguments: cases)
  func niceTicks(_ c: Case) {
    let ticks =
      c.scale == .linear ? ChartTicks.linear(c.domain) : ChartTicks.log10(c.domain)
    #expect(ticks == c.expected)
    #expect((4...8).contains(ticks.count))
  }

  @Test func wholeNumberTicksForCounts() {
    func ticks(_ d: ClosedRange<Double>) -> [Double] {
      ChartTicks.linearSet(d, minCount: 4, maxCount: 8, wholeNumbers: true).values
    }
    #expect(ticks(0...1.04) == [0, 1])
    #expect(ticks(0...3.12) == [0, 1, 2, 3])
    #expect(ticks(0...13.52) == [0, 2, 4, 6, 8, 10, 12])  // not 2.5 steps
    #expect(ticks(0...90.48) == [0, 20, 40, 60, 80])
    #expect(ChartTicks.linear(0...13.52) == [0, 2.5, 5, 7.5, 10, 12.5])  // unlike an ordinary axis
  }

  @Test func reversedDomainsHaveTheSameTicks() {
    // Reversal changes the mapping, not the values.
    let spec = ChartAxis(label: "loss", reversed: true, domain: 1.8...3.2)
    let set = ChartTicks.tickSet(spec.domain!, scale: spec.scale)
    #expect(set.values == [2, 2.25, 2.5, 2.75, 3])
    #expect(set.decimals == 2)
  }

  @Test func fewerTicksWhenSpaceIsShort() {
    #expect(ChartTicks.linear(0...1, maxCount: 3) == [0, 0.5, 1])
  }

  @Test func reversedAxisMapsLargerValuesLeft() {
    let map = ChartAxisMap(domain: 1.8...3.2, scale: .linear, reversed: true, start: 100, end: 600)
    #expect(map.pixel(3.0) < map.pixel(2.0))
    #expect(map.pixel(3.2) == 100)
    #expect(map.pixel(1.8) == 600)
    let plain = ChartAxisMap(domain: 1.8...3.2, scale: .linear, reversed: false, start: 100, end: 600)
    #expect(plain.pixel(3.0) > plain.pixel(2.0))
  }

  @Test func logAxisMapsDecadesEvenly() {
    let map = ChartAxisMap(domain: 1...1000, scale: .log10, reversed: false, start: 0, end: 300)
    #expect(abs(map.pixel(10) - 100) < 1e-9)
    #expect(abs(map.pixel(100) - 200) < 1e-9)
  }

  @Test func domainsArePaddedFromData() {
    let linear = ChartDomain.resolve(explicit: nil, values: [0, 10, .nan], scale: .linear)
    #expect(linear == -0.4...10.4)
    let log = ChartDomain.resolve(explicit: nil, values: [-1, 0, 1, 100], scale: .log10)!
    #expect(abs(log.lowerBound - 0.8317637711026709) < 1e-12)
    // An explicit log domain reaching 0 is ignored; a single value gets half a decade each way.
    let single = ChartDomain.resolve(explicit: 0...5, values: [1], scale: .log10)!
    #expect(abs(single.lowerBound - 0.31622776601683794) < 1e-12)
    #expect(abs(single.upperBound - 3.1622776601683795) < 1e-12)
    #expect(ChartDomain.resolve(explicit: nil, values: [], scale: .linear) == nil)
    #expect(ChartDomain.resolve(explicit: nil, values: [2, 2], scale: .linear) == 1.8...2.2)
  }

  @Test func tickLabelsFollowTheAxis() {
    let en = LossbookNumberFormat(language: .en)
    let ja = LossbookNumberFormat(language: .ja)
    let percent = ChartAxis(label: "", format: .percent(nil))
    #expect(
      ChartTickLabels.labels(ChartTicks.tickSet(0.224...0.926, scale: .linear), axis: percent, formatter: en)
        == ["30%", "40%", "50%", "60%", "70%", "80%", "90%"])
    let loss = ChartAxis(label: "", reversed: true)
    #expect(
      ChartTickLabels.labels(ChartTicks.tickSet(1.8...3.2, scale: .linear), axis: loss, formatter: en)
        == ["2.00", "2.25", "2.50", "2.75", "3.00"])
    let sizes = ChartAxis(label: "", scale: .log10)
    let sizeTicks = ChartTicks.tickSet(3e8...3.2e10, scale: .log10)
    #expect(ChartTickLabels.labels(sizeTicks, axis: sizes, formatter: en) == ["500M", "1B", "2B", "5B", "10B", "20B"])
    #expect(
      ChartTickLabels.labels(sizeTicks, axis: sizes, formatter: ja) == ["5億", "10億", "20億", "50億", "100億", "200億"])
    let flops = ChartTicks.tickSet(1e18...1e20, scale: .log10)
    #expect(
      ChartTickLabels.labels(flops, axis: sizes, formatter: en) == [
        "10¹⁸", "2e18", "5e18", "10¹⁹", "2e19", "5e19", "10²⁰",
      ])
    #expect(ChartTickLabels.superscript(-5) == "⁻⁵")
  }
}
