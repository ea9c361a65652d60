/// Counts of values in equal-width bins over the range of the finite values.
///
/// With `bins` = B over [lo, hi] (the smallest and largest finite value), edge i is
/// `lo + (hi − lo) i / B` (exact when the width is, as R's `seq(lo, hi, length.out = B + 1)`),
/// the last edge is exactly `hi`, and a range too wide for a Double to hold `hi − lo`
/// interpolates `lo (1 − i/B) + hi i/B` instead. Every bin
/// is [lower, upper) except the last, which is closed on the right and so holds `hi`. A value
/// is put in the bin whose stated edges hold it (not merely by `⌊(x − lo) / width⌋`), so the
/// counts agree with the edges as written. When all finite values are equal there is one
/// bin, [x, x], whatever B is; with no finite value there are none. NaN and ±infinity are
/// left out and counted in `nonFinite`.
public struct Histogram: Sendable, Equatable {
  /// One bin: its edges and how many values fell in it.
  public struct Bin: Sendable, Equatable {
    public var lower: Double
    public var upper: Double
    public var count: Int

    public init(lower: Double, upper: Double, count: Int) {
      self.lower = lower
      self.upper = upper
      self.count = count
    }
  }

  public var bins: [Bin]
  /// Values left out because they were NaN or infinite.
  public var nonFinite: Int

  /// The number of values counted (the finite ones).
  public var total: Int { bins.reduce(0) { $0 + $1.count } }

  /// The first bin with the largest count, or nil when there are no bins.
  public var tallest: Bin? {
    bins.reduce(nil) { best, bin in best.map { bin.count > $0.count ? bin : $0 } ?? bin }
  }

  /// Bins `values` into `bins` equal-width bins (`bins` must be at least 1).
  public init(_ values: [Double], bins: Int) {
    precondition(bins >= 1, "a histogram needs at least one bin")
    let finite = values.filter(\.isFinite)
    nonFinite = values.count - finite.count
    guard let lo = finite.min(), let hi = finite.max() else {
      self.bins = []
      return
    }
    guard lo < hi else {
      self.bins = [Bin(lower: lo, upper: hi, count: finite.count)]
      return
    }
    let span = hi - lo
    let edges = (0...bins).map { i -> Double in
      if i == bins { return hi }
      if span.isFinite { return lo + span * Double(i) / Double(bins) }
      let t = Double(i) / Double(bins)
      return lo * (1 - t) + hi * t
    }
    var counts = [Int](repeating: 0, count: bins)
    for x in finite {
      counts[Self.index(of: x, edges: edges)] += 1
    }
    self.bins = (0..<bins).map { Bin(lower: edges[$0], upper: edges[$0 + 1], count: counts[$0]) }
  }

  /// The bin holding `x` (lo ≤ x ≤ hi): a first guess from x's share of the range, then moved
  /// until `edges[i] ≤ x < edges[i + 1]` (or x ≤ the last edge, for the last bin).
  static func index(of x: Double, edges: [Double]) -> Int {
    let last = edges.count - 2
    let lo = edges[0]
    let hi = edges[last + 1]
    // Halved, so that a range wider than the largest Double still gives a finite share.
    let share = (x / 2 - lo / 2) / (hi / 2 - lo / 2)
    var i = share.isFinite ? min(max(Int((share * Double(last + 1)).rounded(.down)), 0), last) : 0
    while i > 0 && x < edges[i] { i -= 1 }
    while i < last && x >= edges[i + 1] { i += 1 }
    return i
  }
}
