/// The best segmented line for a fixed breakpoint, and whether it is on the search's edge.
public struct SegmentedProfileMinimum: Sendable, Equatable {
  /// The coefficients (b0, b1, b2) at `psi`.
  public var coefficients: [Double]
  /// The breakpoint.
  public var psi: Double
  /// The (weighted) residual sum of squares.
  public var rss: Double
  /// True when `psi` is an end of the allowed range (fewer than `minSide` points beyond it).
  public var onBoundary: Bool
}

/// R's segmented model `y = b0 + b1 x + b2 max(x − psi, 0)` profiled over its breakpoint.
///
/// For a fixed psi the model is linear in (b0, b1, b2). Write z = max(x − psi, 0) and let z̃
/// and ỹ be z and y after projecting out the straight line {1, x} (weighted). Then
/// RSS(psi) = RSS_line − (z̃ᵀWỹ)² / (z̃ᵀWz̃). Inside a gap between consecutive sorted x the
/// set of points above psi is fixed, so with t = psi − x̄, z̃ᵀWỹ = a + b t and
/// z̃ᵀWz̃ = c0 + c1 t + c2 t², where a, b, c0, c1, c2 come from suffix sums of w, w x, w x²,
/// w y, w x y (x and y centred). As for ``HingeProfile``, d/dt [(a + b t)² / q(t)] = 0 away
/// from t = −a/b reduces to the linear equation (2 b c0 − a c1) + (b c1 − 2 a c2) t = 0, so
/// each gap's minimum is one of its ends or that point: the global minimum is exact.
public struct SegmentedProfile: Sendable {
  /// The fewest points required strictly on each side of the breakpoint.
  public let minSide: Int
  /// The allowed gaps, in increasing x (same rules as ``HingeProfile``).
  public let gaps: [HingeProfile.Gap]
  private let sortedX: [Double]
  private let meanX: Double
  private let meanY: Double
  private let totalWeight: Double
  private let sxx: Double
  private let sxy: Double
  private let syy: Double
  /// Sums over the sorted points from index m to the end (centred x̃, ỹ), m = 0...n.
  private let suffix: [Sums]

  private struct Sums: Sendable {
    var w = 0.0
    var wx = 0.0
    var wxx = 0.0
    var wy = 0.0
    var wxy = 0.0
  }

  /// Sorts the data by x (stably) and builds the suffix sums.
  ///
  /// - Throws: ``FitError`` for unequal lengths, non-finite values, non-positive weights,
  ///   fewer than 5 points, constant x, or no allowed gap.
  public init(x: [Double], y: [Double], weights: [Double]? = nil, minSide: Int = 5) throws(FitError) {
    if x.count != y.count { throw .countMismatch(what: "x", expected: y.count, actual: x.count) }
    try InputChecks.checkResponse(y: y, weights: weights, parameters: 4, extraColumns: [x])
    if InputChecks.isConstant(x) { throw .constantX }
    let minSide = Swift.max(minSide, 1)
    let n = x.count
    let order = x.indices.sorted { x[$0] < x[$1] || (x[$0] == x[$1] && $0 < $1) }
    let means = WeightedMeans(x: x, y: y, weights: weights)
    let meanX = means.meanX
    let meanY = means.meanY
    var suffix = [Sums](repeating: Sums(), count: n + 1)
    var sxx = 0.0
    var sxy = 0.0
    var syy = 0.0
    for position in stride(from: n - 1, through: 0, by: -1) {
      let i = order[position]
      let w = weights?[i] ?? 1
      let xc = x[i] - meanX
      let yc = y[i] - meanY
      var next = suffix[position + 1]
      next.w += w
      next.wx += w * xc
      next.wxx += w * xc * xc
      next.wy += w * yc
      next.wxy += w * xc * yc
      suffix[position] = next
      sxx += w * xc * xc
      sxy += w * xc * yc
      syy += w * yc * yc
    }
    let sortedX = order.map { x[$0] }
    var gaps: [HingeProfile.Gap] = []
    for i in 0..<(n - 1) where sortedX[i] < sortedX[i + 1] {
      let left = i + 1
      if left >= minSide && n - left >= minSide {
        gaps.append(HingeProfile.Gap(lower: sortedX[i], upper: sortedX[i + 1], leftCount: left))
      }
    }
    if gaps.isEmpty { throw .notEnoughPointsPerSide(minSide: minSide) }
    self.minSide = minSide
    self.gaps = gaps
    self.sortedX = sortedX
    self.meanX = meanX
    self.meanY = meanY
    self.totalWeight = means.totalWeight
    self.sxx = sxx
    self.sxy = sxy
    self.syy = syy
    self.suffix = suffix
  }

  /// The coefficients of z̃ᵀWỹ = a + b t and z̃ᵀWz̃ = c0 + c1 t + c2 t² for the points from
  /// sorted index `m` up.
  private func coefficients(above m: Int) -> (a: Double, b: Double, c0: Double, c1: Double, c2: Double) {
    let s = suffix[m]
    let slope = sxy / sxx
    let a = s.wxy - s.wxx * slope
    let b = -s.wy + s.wx * slope
    let c0 = s.wxx - s.wx * s.wx / totalWeight - s.wxx * s.wxx / sxx
    let c1 = -2 * s.wx + 2 * s.wx * s.w / totalWeight + 2 * s.wxx * s.wx / sxx
    let c2 = s.w - s.w * s.w / totalWeight - s.wx * s.wx / sxx
    return (a, b, c0, c1, c2)
  }

  /// (b0, b1, b2, RSS) for breakpoint `psi` when the first `leftCount` sorted points lie at
  /// or below it.
  func solve(psi: Double, leftCount m: Int) -> (coefficients: [Double], rss: Double) {
    let line = syy - sxy * sxy / sxx
    let t = psi - meanX
    let (a, b, c0, c1, c2) = coefficients(above: m)
    let q = c0 + c1 * t + c2 * t * t
    let s = suffix[m]
    guard q > 0 else {
      let b1 = sxy / sxx
      return ([meanY - b1 * meanX, b1, 0], Swift.max(line, 0))
    }
    let zy = a + b * t
    let b2 = zy / q
    let b1 = (sxy - b2 * (s.wxx - t * s.wx)) / sxx
    let shift = -b2 * (s.wx - t * s.w) / totalWeight
    return ([meanY + shift - b1 * meanX, b1, b2], Swift.max(line - zy * b2, 0))
  }

  /// The least RSS of a segmented line with breakpoint `psi` (any psi; O(log n)).
  public func rss(at psi: Double) -> Double {
    var low = 0
    var high = sortedX.count
    while low < high {
      let middle = (low + high) / 2
      if sortedX[middle] <= psi { low = middle + 1 } else { high = middle }
    }
    return solve(psi: psi, leftCount: low).rss
  }

  /// The stationary point of RSS inside `gap`, if it lies strictly inside.
  func stationaryPoint(in gap: HingeProfile.Gap) -> Double? {
    let (a, b, c0, c1, c2) = coefficients(above: gap.leftCount)
    let denominator = b * c1 - 2 * a * c2
    guard denominator != 0 else { return nil }
    let psi = (a * c1 - 2 * b * c0) / denominator + meanX
    return psi > gap.lower && psi < gap.upper ? psi : nil
  }

  /// The global minimum over the allowed breakpoints (the first on ties).
  /// The global minimum over the allowed breakpoints inside `range` (a bound on psi), with
  /// `onBoundary` when it sits at an end of what is left, and those ends; nil when no allowed
  /// breakpoint lies inside `range`.
  public func minimum(within range: ClosedRange<Double>) -> (minimum: SegmentedProfileMinimum, edges: [Double])? {
    var best: (psi: Double, fit: (coefficients: [Double], rss: Double))?
    var edges: [Double] = []
    for gap in gaps where gap.upper >= range.lowerBound && gap.lower <= range.upperBound {
      let low = Swift.max(gap.lower, range.lowerBound)
      let high = Swift.min(gap.upper, range.upperBound)
      if edges.isEmpty { edges = [low, high] } else { edges[1] = high }
      var candidates = [low]
      if let interior = stationaryPoint(in: gap), interior > low, interior < high { candidates.append(interior) }
      candidates.append(high)
      for psi in candidates {
        let fit = solve(psi: psi, leftCount: gap.leftCount)
        if fit.rss < best?.fit.rss ?? .infinity { best = (psi, fit) }
      }
    }
    guard let best else { return nil }
    let minimum = SegmentedProfileMinimum(
      coefficients: best.fit.coefficients, psi: best.psi, rss: best.fit.rss, onBoundary: edges.contains(best.psi))
    return (minimum, edges)
  }

  public func minimum() -> SegmentedProfileMinimum {
    var best: (psi: Double, fit: (coefficients: [Double], rss: Double))?
    for gap in gaps {
      var candidates = [gap.lower, gap.upper]
      if let interior = stationaryPoint(in: gap) { candidates.insert(interior, at: 1) }
      for psi in candidates {
        let fit = solve(psi: psi, leftCount: gap.leftCount)
        if fit.rss < best?.fit.rss ?? .infinity { best = (psi, fit) }
      }
    }
    let chosen = best ?? (gaps[0].lower, solve(psi: gaps[0].lower, leftCount: gaps[0].leftCount))
    let edges = [gaps[0].lower, gaps[gaps.count - 1].upper]
    return SegmentedProfileMinimum(
      coefficients: chosen.fit.coefficients, psi: chosen.psi, rss: chosen.fit.rss,
      onBoundary: edges.contains(chosen.psi))
  }
}
