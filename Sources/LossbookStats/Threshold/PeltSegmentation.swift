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
/// PELT's rule alone keeps almost every start of a change-free stretch admissible (O(L²) for
/// L points). So a second exact rule prunes in the segment mean mu, as FPOP does (Maidstone,
/// Hocking, Rigaill and Fearnhead 2017): start t's future totals are
/// f_t(mu) = F(t) + β + Σ_{i≥t} (y_i − mu)², and for a newer usable start a,
/// f_t(mu) − f_a(mu) = F(t) + C(t, a) − F(a) + (a − t)(mu − ȳ_{t:a})², the same for every
/// future end. So t can only win where |mu − ȳ_{t:a}| <= sqrt((F(a) − F(t) − C(t, a)) / (a − t));
/// each t keeps the intersection of these intervals over the newer usable starts and is
/// dropped when it is empty (then at every mu a newer start is strictly better, so t is
/// never the argmin and the breakpoints are unchanged).
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
    // Functional pruning: the interval of segment means mu where start t can still win.
    var low = [Double](repeating: -.infinity, count: n + 1)
    var high = [Double](repeating: .infinity, count: n + 1)
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
      // Pruning: keep t while F(t) + C(t, end) + β <= F(end) + β (PELT), and while t can
      // still beat the newest usable start a for some segment mean (functional pruning).
      let newest = end - minSize
      let anchor = hasPartition[newest] ? newest : -1
      var survivors = 0
      admissible.withUnsafeMutableBufferPointer { starts in
        for index in 0..<kept where candidates[index] <= best + beta {
          let start = starts[index]
          if start < anchor {
            let slack = total[anchor] - total[start] - costs.cost(start, anchor)
            if slack < 0 { continue }
            let length = Double(anchor - start)
            let centre = costs.centredMean(start, anchor)
            let radius = (slack / length).squareRoot()
            low[start] = Swift.max(low[start], centre - radius)
            high[start] = Swift.min(high[start], centre + radius)
            if low[start] > high[start] { continue }
          }
          starts[survivors] = start
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
