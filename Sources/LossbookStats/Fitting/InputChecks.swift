/// Input checks that run before any GSL call, in a fixed order so errors are predictable.
enum InputChecks {
  /// Checks `y`, optional `weights` and the point count for a fit with `parameters` parameters.
  ///
  /// Order: lengths, non-finite values, non-positive weights, too few points.
  static func checkResponse(
    y: [Double], weights: [Double]?, parameters: Int, extraColumns: [[Double]] = []
  ) throws(FitError) {
    let n = y.count
    for column in extraColumns where column.count != n {
      throw .countMismatch(what: "x", expected: n, actual: column.count)
    }
    if let weights, weights.count != n {
      throw .countMismatch(what: "weights", expected: n, actual: weights.count)
    }
    var bad: [Int] = []
    for row in 0..<n {
      var finite = y[row].isFinite
      for column in extraColumns where !column[row].isFinite { finite = false }
      if let weights, !weights[row].isFinite { finite = false }
      if !finite { bad.append(row) }
    }
    if !bad.isEmpty { throw .nonFinite(rows: bad) }
    if let weights {
      let nonPositive = weights.indices.filter { weights[$0] <= 0 }
      if !nonPositive.isEmpty { throw .nonPositiveWeights(rows: nonPositive) }
    }
    if n < parameters + 1 { throw .tooFewPoints(n: n, parameters: parameters) }
  }

  /// Checks a one-predictor fit: everything in ``checkResponse(y:weights:parameters:extraColumns:)``,
  /// then that neither x nor y is constant.
  static func checkCurve(
    x: [Double], y: [Double], weights: [Double]?, parameters: Int
  ) throws(FitError) {
    if x.count != y.count { throw .countMismatch(what: "x", expected: y.count, actual: x.count) }
    try checkResponse(y: y, weights: weights, parameters: parameters, extraColumns: [x])
    if isConstant(x) { throw .constantX }
    if isConstant(y) { throw .constantY }
  }

  /// True when every value equals the first (an empty array counts as constant).
  static func isConstant(_ values: [Double]) -> Bool {
    guard let first = values.first else { return true }
    return values.allSatisfy { $0 == first }
  }
}
