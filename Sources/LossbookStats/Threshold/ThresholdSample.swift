/// Scores ordered by x (a stable sort), checked once for every threshold method.
///
/// STATS.md section 4: all tests order the data by x, ties kept in input order, so that
/// change-point indices mean the same thing as in ruptures on the sorted scores.
public struct ThresholdSample: Sendable {
  /// x, ascending.
  public let x: [Double]
  /// y in the order of `x`.
  public let y: [Double]
  /// `order[i]` is the input row of sorted position i.
  public let order: [Int]

  /// The number of points.
  public var count: Int { x.count }

  /// Sorts (x, y) stably by x after checking lengths and finiteness.
  ///
  /// - Throws: ``ThresholdError/countMismatch(what:expected:actual:)`` or
  ///   ``ThresholdError/nonFinite(rows:)``.
  public init(x: [Double], y: [Double]) throws(ThresholdError) {
    if x.count != y.count { throw .countMismatch(what: "x", expected: y.count, actual: x.count) }
    let bad = x.indices.filter { !x[$0].isFinite || !y[$0].isFinite }
    if !bad.isEmpty { throw .nonFinite(rows: bad) }
    let order = x.indices.sorted { x[$0] < x[$1] || (x[$0] == x[$1] && $0 < $1) }
    self.order = order
    self.x = order.map { x[$0] }
    self.y = order.map { y[$0] }
  }

  /// The number of distinct x values.
  public var distinctXCount: Int {
    guard !x.isEmpty else { return 0 }
    var distinct = 1
    for i in 1..<x.count where x[i] != x[i - 1] { distinct += 1 }
    return distinct
  }

  /// Throws unless there are at least `points` points and `distinctX` distinct x values,
  /// and the scores are not all equal.
  public func require(points: Int, distinctX: Int) throws(ThresholdError) {
    if count < points { throw .tooFewPoints(count: count, needed: points) }
    let distinct = distinctXCount
    if distinct < distinctX { throw .tooFewDistinctX(count: distinct, needed: distinctX) }
    if let first = y.first, y.allSatisfy({ $0 == first }) { throw .constantScores }
  }
}
