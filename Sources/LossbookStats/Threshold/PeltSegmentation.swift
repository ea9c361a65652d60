/// Changes in mean by PELT (Killick, Fearnhead and Eckley 2012) with the L2 cost, equal to
/// ruptures 1.1.10 `Pelt(model="l2", min_size=m, jump=1).fit(y).predict(pen=β)`.
///
/// Minimises Σ_segments (C(segment) + β) over segmentations of y (in x order) whose segments
/// have at least `minSize` points, by the recursion F(s) = min_t F(t) + C(t, s) + β over
/// admissible t, with PELT's pruning: t stays admissible only while F(t) + C(t, s) ≤ F(s) + β.
/// ruptures' details are kept, so the breakpoints are the same: candidate ends s run over
/// minSize, …, n − 1 and then n; at each s the point s − minSize joins the admissible set
/// (those in 1 ..< minSize never have a partition and are skipped); ties go to the smallest t;
/// totals are summed in ruptures' order, F(t) + (C(t, s) + β).
///
/// Cost: PELT is linear when changes are spread through the data, but a stretch of L points
/// without a change keeps (almost) all its starts admissible, so it costs O(L²) (about 1 ns
/// per pair here; a flat run of 70,000 points takes tens of seconds). Functional pruning
/// (FPOP, Maidstone et al. 2017) would remove that; it is not implemented yet.
///
/// Breakpoints follow ruptures: the exclusive end index of every segment, the last equal to n.
public struct PeltSegmentation: Sendable {
  /// The outcome.
  public struct Result: Sendable, Equatable {
    /// Segment ends, ascending; the last is n.
    public var breakpoints: [Int]
    /// The penalty per change point that was used.
    public var penalty: Double
    /// The penalised cost, Σ (C + β) over the segments.
    public var cost: Double
  }

  /// The penalty rule (default 2 σ² ln n, MAD estimate).
  public var penalty: PeltPenalty
  /// The smallest segment (default 3; ruptures' `min_size`, at least 1).
  public var minSize: Int

  /// Creates the method.
  public init(penalty: PeltPenalty = .standard, minSize: Int = 3) {
    self.penalty = penalty
    self.minSize = minSize
  }

  /// Segments the scores `y` in x order (sort them first; see ``ThresholdSample``).
  ///
  /// - Throws: ``ThresholdError`` when `minSize` exceeds n (ruptures'
  ///   `BadSegmentationParameters`) or the penalty is not positive.
  public func run(sortedY y: [Double]) throws(ThresholdError) -> Result {
    let n = y.count
    let minSize = Swift.max(self.minSize, 1)
    if n == 0 || minSize > n { throw .tooFewPoints(count: n, needed: minSize) }
    if let bad = y.firstIndex(where: { !$0.isFinite }) { throw .nonFinite(rows: [bad]) }
    let beta = try penalty.value(for: y)
    let costs = SegmentCostL2(y)
    var total = [Double](repeating: .infinity, count: n + 1)
    var previous = [Int](repeating: -1, count: n + 1)
    var hasPartition = [Bool](repeating: false, count: n + 1)
    total[0] = 0
    hasPartition[0] = true
    var admissible: [Int] = []
    var candidates: [Double] = []
    admissible.reserveCapacity(64)
    candidates.reserveCapacity(64)
    var ends = Array(stride(from: minSize, to: n, by: 1))
    ends.append(n)
    for end in ends {
      admissible.append(end - minSize)
      candidates.removeAll(keepingCapacity: true)
      var best = Double.infinity
      var bestStart = -1
      var kept = 0
      admissible.withUnsafeMutableBufferPointer { starts in
        for index in 0..<starts.count {
          let start = starts[index]
          guard hasPartition[start] else { continue }
          let value = total[start] + (costs.cost(start, end) + beta)
          candidates.append(value)
          starts[kept] = start
          kept += 1
          if value < best {
            best = value
            bestStart = start
          }
        }
      }
      admissible.removeLast(admissible.count - kept)
      total[end] = best
      previous[end] = bestStart
      hasPartition[end] = true
      // Pruning: keep t while F(t) + C(t, end) + β <= F(end) + β.
      var survivors = 0
      admissible.withUnsafeMutableBufferPointer { starts in
        for index in 0..<kept where candidates[index] <= best + beta {
          starts[survivors] = starts[index]
          survivors += 1
        }
      }
      admissible.removeLast(admissible.count - survivors)
    }
    var breakpoints: [Int] = []
    var cursor = n
    while cursor > 0 {
      breakpoints.append(cursor)
      cursor = previous[cursor]
    }
    return Result(breakpoints: breakpoints.reversed(), penalty: beta, cost: total[n])
  }
}
