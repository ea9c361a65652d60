/// A fixed number of changes in mean by binary segmentation with the L2 cost, equal to
/// ruptures 1.1.10 `Binseg(model="l2", min_size=m, jump=1).fit(y).predict(n_bkps=k)`.
///
/// Starting from one segment, each step splits the segment whose best split lowers the cost
/// most: within [s, e) the split b (with b − s ≥ minSize and e − b ≥ minSize) maximises the
/// gain C(s, e) − C(s, b) − C(b, e), ties going to the larger b (ruptures takes the max of
/// (gain, b) pairs); across segments, ties go to the leftmost segment, and a segment that
/// cannot be split counts as gain 0. Stops after `breaks` splits or when nothing can be split.
public struct BinarySegmentation: Sendable {
  /// The outcome.
  public struct Result: Sendable, Equatable {
    /// Segment ends, ascending; the last is n.
    public var breakpoints: [Int]
  }

  /// The number of change points wanted (FORMAT.md `binseg.breaks`, default 1).
  public var breaks: Int
  /// The smallest segment (default 3, as PELT here; at least 1).
  public var minSize: Int

  /// Creates the method.
  public init(breaks: Int = 1, minSize: Int = 3) {
    self.breaks = breaks
    self.minSize = minSize
  }

  /// Segments the scores `y` in x order.
  ///
  /// - Throws: ``ThresholdError`` when (breaks + 1) · minSize > n (ruptures'
  ///   `BadSegmentationParameters`) or `breaks` is negative.
  public func run(sortedY y: [Double]) throws(ThresholdError) -> Result {
    let n = y.count
    let minSize = Swift.max(self.minSize, 1)
    if breaks < 0 { throw .invalidParameter(name: "binseg.breaks", reason: .notNegative) }
    if breaks > n || breaks * minSize + minSize > n {
      throw .tooFewPoints(count: n, needed: (breaks + 1) * minSize)
    }
    if let bad = y.firstIndex(where: { !$0.isFinite }) { throw .nonFinite(rows: [bad]) }
    let costs = SegmentCostL2(y)
    var breakpoints = [n]
    var cache: [Int: (split: Int?, gain: Double)] = [:]
    func bestSplit(_ start: Int, _ end: Int) -> (split: Int?, gain: Double) {
      if let known = cache[start * (n + 1) + end] { return known }
      let whole = costs.cost(start, end)
      var found: (split: Int?, gain: Double) = (nil, 0)
      var bestGain = -Double.infinity
      if end - start >= 2 * minSize {
        for split in (start + minSize)...(end - minSize) {
          let gain = whole - costs.cost(start, split) - costs.cost(split, end)
          if gain >= bestGain {
            bestGain = gain
            found = (split, gain)
          }
        }
      }
      cache[start * (n + 1) + end] = found
      return found
    }
    while breakpoints.count - 1 < breaks {
      var chosen = bestSplit(0, breakpoints[0])
      for index in breakpoints.indices.dropFirst() {
        let candidate = bestSplit(breakpoints[index - 1], breakpoints[index])
        if candidate.gain > chosen.gain { chosen = candidate }
      }
      guard let split = chosen.split else { break }
      breakpoints.append(split)
      breakpoints.sort()
    }
    return Result(breakpoints: breakpoints)
  }
}
