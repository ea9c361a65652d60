/// Spearman's rank correlation (the paper's Table 2 measure of score against loss): the
/// Pearson correlation of the ranks, ties given their average rank.
public enum SpearmanCorrelation {
  /// rho(x, y).
  ///
  /// - Throws: ``ThresholdError`` for unequal lengths, non-finite values, fewer than 3
  ///   points, or a constant x or y (rho is undefined).
  public static func coefficient(x: [Double], y: [Double]) throws(ThresholdError) -> Double {
    let sample = try ThresholdSample(x: x, y: y)
    try sample.require(points: 3, distinctX: 2)
    let rx = averageRanks(x)
    let ry = averageRanks(y)
    let n = Double(x.count)
    let meanRank = (n + 1) / 2
    var sxy = 0.0
    var sxx = 0.0
    var syy = 0.0
    for i in x.indices {
      let dx = rx[i] - meanRank
      let dy = ry[i] - meanRank
      sxy += dx * dy
      sxx += dx * dx
      syy += dy * dy
    }
    return sxy / (sxx * syy).squareRoot()
  }

  /// 1-based ranks, ties sharing the average of the ranks they span.
  static func averageRanks(_ values: [Double]) -> [Double] {
    let order = values.indices.sorted { values[$0] < values[$1] }
    var ranks = [Double](repeating: 0, count: values.count)
    var start = 0
    while start < order.count {
      var end = start
      while end + 1 < order.count && values[order[end + 1]] == values[order[start]] { end += 1 }
      let rank = Double(start + end + 2) / 2
      for k in start...end { ranks[order[k]] = rank }
      start = end + 1
    }
    return ranks
  }
}
