import Testing

@testable import LossbookStats

/// `Histogram` against counts made here another way: integer arithmetic on values whose bin
/// widths are exact, and a brute-force count against the stated edges.
@Suite struct HistogramTests {
  /// Deterministic "high entropy" integers in `0..<bound` (a 64-bit LCG, Knuth's MMIX constants).
  static func integers(_ count: Int, below bound: UInt64, seed: UInt64) -> [Int] {
    var state = seed
    return (0..<count).map { _ in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % bound)
    }
  }

  /// Each value counted in the bin whose edges hold it: [lower, upper), the last [lower, upper].
  static func bruteForce(_ values: [Double], edges h: Histogram) -> [Int] {
    h.bins.indices.map { i in
      let bin = h.bins[i]
      let last = i == h.bins.count - 1
      return values.filter { $0 >= bin.lower && ($0 < bin.upper || (last && $0 <= bin.upper)) }.count
    }
  }

  @Test func aHandCountedExample() {
    // Edges 0, 2, 4, 6, 8, 10: 0 and 1 | 2 and 3 | 4 and 5 | 6 and 7 | 8, 9 and 10 (the last
    // bin is closed, so 10 is in it).
    let h = Histogram((0...10).map(Double.init), bins: 5)
    #expect(h.bins.map(\.lower) == [0, 2, 4, 6, 8])
    #expect(h.bins.map(\.upper) == [2, 4, 6, 8, 10])
    #expect(h.bins.map(\.count) == [2, 2, 2, 2, 3])
    #expect(h.total == 11 && h.nonFinite == 0)
    #expect(h.tallest == Histogram.Bin(lower: 8, upper: 10, count: 3))
  }

  /// Integers in [0, 600] in 30 bins of width 20: bin ⌊x / 20⌋, and 600 in the last bin.
  @Test(arguments: [1 as UInt64, 2, 3])
  func integerValuesMatchIntegerArithmetic(seed: UInt64) {
    let ints = [0, 600] + Self.integers(997, below: 601, seed: seed) + [20, 40, 580, 599]
    let h = Histogram(ints.map(Double.init), bins: 30)
    var expected = [Int](repeating: 0, count: 30)
    for x in ints { expected[min(x / 20, 29)] += 1 }
    #expect(h.bins.map(\.count) == expected)
    #expect(h.bins.map(\.lower) == (0..<30).map { Double($0 * 20) })
    #expect(h.total == ints.count)
  }

  /// Quarters in [-37.5, 112.5] (exact in binary) in 24 bins of width 6.25.
  @Test func quartersMatchIntegerArithmetic() {
    let quarters = [-150, 450] + Self.integers(613, below: 601, seed: 7).map { $0 - 150 } + [-125, 0, 25, 425]
    let values = quarters.map { Double($0) / 4 }
    let h = Histogram(values, bins: 24)
    var expected = [Int](repeating: 0, count: 24)
    for q in quarters { expected[min((q + 150) / 25, 23)] += 1 }
    #expect(h.bins.map(\.count) == expected)
    #expect(h.bins.first?.lower == -37.5 && h.bins.last?.upper == 112.5)
  }

  /// Values with no exact edges (thresholds near 2.2): every count agrees with its stated
  /// edges, every value is counted once, and the edges are equally spaced.
  @Test(arguments: [1, 7, 30, 1000])
  func countsAgreeWithTheStatedEdges(bins: Int) {
    let values = Self.integers(500, below: 1_000_000, seed: UInt64(bins)).map { 2.17 + 0.06 * Double($0) / 999_999 }
    let h = Histogram(values, bins: bins)
    #expect(h.bins.count == bins)
    #expect(h.bins.map(\.count) == Self.bruteForce(values, edges: h))
    #expect(h.total == values.count)
    #expect(h.bins.first?.lower == values.min() && h.bins.last?.upper == values.max())
    let width = (values.max()! - values.min()!) / Double(bins)
    for (a, b) in zip(h.bins, h.bins.dropFirst()) {
      #expect(a.upper == b.lower)
      #expect(abs((a.upper - a.lower) - width) < 1e-12)
    }
  }

  @Test func aValueOnAnInnerEdgeGoesUpAndTheMaximumStaysInTheLastBin() {
    // Edges 1, 1.5, 2, 2.5, 3: 1.5 and 2.5 start their bins; 3 closes the last.
    let h = Histogram([1, 1.5, 2.5, 3, 3], bins: 4)
    #expect(h.bins.map(\.count) == [1, 1, 0, 3])
  }

  @Test func equalValuesGiveOneBarWhateverTheBins() {
    let h = Histogram([Double](repeating: 2.385, count: 7), bins: 30)
    #expect(h.bins == [Histogram.Bin(lower: 2.385, upper: 2.385, count: 7)])
    let one = Histogram([-0.5], bins: 1)
    #expect(one.bins == [Histogram.Bin(lower: -0.5, upper: -0.5, count: 1)])
  }

  @Test func nonFiniteValuesAreLeftOutAndCounted() {
    let h = Histogram([.nan, 2.75, .infinity, 1.25, -.infinity, 2.0], bins: 3)
    #expect(h.nonFinite == 3)
    #expect(h.total == 3)
    #expect(h.bins.map(\.lower) == [1.25, 1.75, 2.25])
    #expect(h.bins.map(\.count) == [1, 1, 1])
    #expect(Histogram([.nan, .infinity], bins: 30).bins.isEmpty)
    #expect(Histogram([], bins: 30).bins.isEmpty && Histogram([], bins: 30).tallest == nil)
  }

  @Test func aRangeWiderThanADoubleDoesNotOverflow() {
    let h = Histogram([-1.5e308, 1.5e308, 0], bins: 4)
    #expect(h.bins.allSatisfy { $0.lower.isFinite && $0.upper.isFinite })
    #expect(h.bins.map(\.count) == [1, 0, 1, 1])
  }

  @Test func countsSumToTheNumberOfFiniteValues() {
    for bins in [1, 2, 3, 13, 30, 999] {
      let values = Self.integers(250, below: 10_007, seed: UInt64(bins) + 11).map { Double($0) * 0.000_731 - 1.9 }
      #expect(Histogram(values + [.nan], bins: bins).total == 250)
    }
  }
}
