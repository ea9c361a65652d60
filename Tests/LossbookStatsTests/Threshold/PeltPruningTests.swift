import Testing

@testable import LossbookStats

/// PELT's two pruning rules are exact: the breakpoints equal those of optimal partitioning
/// without any pruning (the same recursion over every start, ties to the smallest start).
@Suite struct PeltPruningTests {
  static func optimalPartitioning(_ y: [Double], penalty: Double, minSize: Int) -> [Int] {
    let n = y.count
    let costs = SegmentCostL2(y)
    var total = [Double](repeating: .infinity, count: n + 1)
    var previous = [Int](repeating: -1, count: n + 1)
    total[0] = 0
    for end in Array(stride(from: minSize, to: n, by: 1)) + [n] {
      for start in [0] + Array(stride(from: minSize, through: end - minSize, by: 1)) where total[start].isFinite {
        let value = total[start] + (costs.cost(start, end) + penalty)
        if value < total[end] {
          total[end] = value
          previous[end] = start
        }
      }
    }
    var breakpoints: [Int] = []
    var cursor = n
    while cursor > 0 {
      breakpoints.append(cursor)
      cursor = previous[cursor]
    }
    return breakpoints.reversed()
  }

  @Test(arguments: [(1, 2), (2, 3), (3, 5)] as [(UInt64, Int)])
  func prunedEqualsUnpruned(seed: UInt64, minSize: Int) throws {
    let stream = RandomStream(seed: seed, key: RandomStreamKey(block: "pelt", stream: "signal"))
    // Long flat stretches, a ramp and a few jumps: the cases where pruning matters.
    let y = (0..<1500).map { i -> Double in
      let level = i < 600 ? 0.25 : (i < 900 ? 0.25 + Double(i - 600) / 600 : (i < 1200 ? 0.9 : 0.4))
      return level + stream.gaussian(sd: 0.03)
    }
    let pelt = PeltSegmentation(minSize: minSize)
    let result = try pelt.run(sortedY: y)
    #expect(result.breakpoints == Self.optimalPartitioning(y, penalty: result.penalty, minSize: minSize))
    #expect(result.breakpoints.count > 3)
  }
}
