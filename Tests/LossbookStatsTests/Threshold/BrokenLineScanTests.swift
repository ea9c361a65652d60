import Testing

@testable import LossbookStats

/// The replicate path of the broken-line scan (seeded skip test, sums accumulated with the
/// draws) against the plain scan, bit for bit.
@Suite struct BrokenLineScanTests {
  @Test(arguments: [ThresholdCandidates.standard, .grid(count: 100, from: 0.1, to: 0.9)])
  func seededScanFindsThePlainScansDrop(candidates: ThresholdCandidates) throws {
    let stream = RandomStream(seed: 11, key: RandomStreamKey(block: "scan", stream: "x"))
    let x = (0..<240).map { _ in 1.95 + 0.81 * stream.uniform() }.sorted()
    let scan = try BrokenLineScan(sortedX: x, candidates: candidates, minSide: 5)
    var y = [Double](repeating: 0, count: x.count)
    for _ in 0..<2_000 {
      var sums = BrokenLineScan.RawSums()
      for i in y.indices {
        y[i] = stream.gaussianZiggurat(sd: 0.01)
        sums.add(y[i], centredX: scan.centredX[i])
      }
      let mean = sums.y / Double(y.count)
      let slope = sums.xy / scan.sxx
      y.withUnsafeBufferPointer { buffer in
        let plain = Swift.max(scan.scan(buffer, mean: mean, slope: slope).drop, 0)
        #expect(scan.rssAndLargestDrop(raw: buffer, sums: sums).drop == plain)
        #expect(scan.rssAndLargestDrop(raw: buffer) == scan.rssAndLargestDrop(raw: buffer, sums: sums))
      }
    }
  }
}
