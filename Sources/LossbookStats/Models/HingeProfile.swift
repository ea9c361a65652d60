/// One point of a hinge profile: a threshold and the least RSS of a hinge with that threshold.
public struct HingeProfilePoint: Sendable, Equatable {
  /// The threshold.
  public var eta: Double
  /// The (weighted) residual sum of squares of the best hinge with threshold `eta`.
  public var rss: Double
}

/// The best hinge for a fixed threshold, and whether that threshold is on the search's edge.
public struct HingeProfileMinimum: Sendable, Equatable {
  /// The level above the threshold.
  public var r: Double
  /// The slope below the threshold (per unit of `eta − x`).
  public var k: Double
  /// The threshold.
  public var eta: Double
  /// The (weighted) residual sum of squares.
  public var rss: Double
  /// True when `eta` is an end of the allowed range (fewer than `minSide` points beyond it).
  public var onBoundary: Bool
}

/// The hinge `y = r + k · max(eta − x, 0)` profiled over its threshold: RSS(eta) with (r, k)
/// fitted by weighted OLS for each eta.
///
/// For a fixed eta the hinge is linear in (r, k) with the regressor `z = max(eta − x, 0)`,
/// so RSS(eta) = S_yy − S_zy² / S_zz (sums centred, weighted). With the data sorted by x and
/// prefix sums of w, w x, w x², w y, w x y, every S is a polynomial in eta whose
/// coefficients depend only on how many points lie below eta: one O(n log n) sort and one
/// O(n) pass, then O(1) per eta (x and y are centred first, to keep the sums' digits).
///
/// Candidate thresholds are the gaps between consecutive distinct sorted x that leave at
/// least `minSide` points strictly on each side. Inside a gap, S_zy = a + b t and
/// S_zz = c0 + c1 t + c2 t² (t = eta − x̄), and d/dt [S_zy² / S_zz] = 0 reduces to the
/// linear equation (2 b c0 − a c1) + (b c1 − 2 a c2) t = 0: each gap's minimum is exactly
/// one of its two ends or that single stationary point, so the global minimum is found by
/// checking every gap, with no grid and no local search that could stop at a nearby kink.
public struct HingeProfile: Sendable {
  /// A gap between consecutive distinct sorted x that leaves enough points on each side.
  public struct Gap: Sendable, Equatable {
    /// The x value just below the gap.
    public var lower: Double
    /// The x value just above the gap.
    public var upper: Double
    /// The number of points with x ≤ `lower` (that is, strictly below any eta in the gap).
    public var leftCount: Int
  }

  /// The fewest points required strictly on each side of the threshold.
  public let minSide: Int
  /// The allowed gaps, in increasing x.
  public let gaps: [Gap]
  private let sortedX: [Double]
  private let shift: Double
  private let meanY: Double
  private let totalWeight: Double
  private let centredSyy: Double
  private let sums: [PrefixSums]

  /// Running sums over the first m sorted points (centred x̃, ỹ).
  private struct PrefixSums: Sendable {
    var w = 0.0
    var wx = 0.0
    var wxx = 0.0
    var wy = 0.0
    var wxy = 0.0
  }

  /// Sorts the data by x (stably) and builds the prefix sums.
  ///
  /// - Parameter minSide: values below 1 count as 1.
  /// - Throws: ``FitError`` for unequal lengths, non-finite values, non-positive weights,
  ///   fewer than 4 points, or ``FitError/notEnoughPointsPerSide(minSide:)``.
  public init(x: [Double], y: [Double], weights: [Double]? = nil, minSide: Int = 5) throws(FitError) {
    if x.count != y.count { throw .countMismatch(what: "x", expected: y.count, actual: x.count) }
    try InputChecks.checkResponse(y: y, weights: weights, parameters: 3, extraColumns: [x])
    let minSide = Swift.max(minSide, 1)
    let order = x.indices.sorted { x[$0] < x[$1] || (x[$0] == x[$1] && $0 < $1) }
    let n = x.count
    let means = WeightedMeans(x: x, y: y, weights: weights)
    let shift = means.meanX
    let meanY = means.meanY
    var sums = [PrefixSums](repeating: PrefixSums(), count: n + 1)
    var syy = 0.0
    for (position, i) in order.enumerated() {
      let w = weights?[i] ?? 1
      let xc = x[i] - shift
      let yc = y[i] - meanY
      var next = sums[position]
      next.w += w
      next.wx += w * xc
      next.wxx += w * xc * xc
      next.wy += w * yc
      next.wxy += w * xc * yc
      sums[position + 1] = next
      syy += w * yc * yc
    }
    let sortedX = order.map { x[$0] }
    var gaps: [Gap] = []
    for i in 0..<(n - 1) where sortedX[i] < sortedX[i + 1] {
      let left = i + 1
      if left >= minSide && n - left >= minSide {
        gaps.append(Gap(lower: sortedX[i], upper: sortedX[i + 1], leftCount: left))
      }
    }
    if gaps.isEmpty { throw .notEnoughPointsPerSide(minSide: minSide) }
    self.minSide = minSide
    self.gaps = gaps
    self.sortedX = sortedX
    self.shift = shift
    self.meanY = meanY
    self.totalWeight = means.totalWeight
    self.centredSyy = syy
    self.sums = sums
  }

  /// The least RSS of a hinge with threshold `eta` (any eta; O(log n)).
  public func rss(at eta: Double) -> Double {
    var low = 0
    var high = sortedX.count
    while low < high {
      let middle = (low + high) / 2
      if sortedX[middle] < eta { low = middle + 1 } else { high = middle }
    }
    return solve(eta: eta, leftCount: low).rss
  }

  /// (r, k, RSS) for threshold `eta` when exactly the first `leftCount` sorted points lie
  /// below it (or at it: their z is 0 either way).
  func solve(eta: Double, leftCount m: Int) -> (r: Double, k: Double, rss: Double) {
    let s = sums[m]
    let t = eta - shift
    let sumZ = t * s.w - s.wx
    let sumZZ = t * t * s.w - 2 * t * s.wx + s.wxx
    let szz = sumZZ - sumZ * sumZ / totalWeight
    let szy = t * s.wy - s.wxy
    guard szz > 0 else { return (meanY, 0, centredSyy) }
    let k = szy / szz
    let r = meanY - k * sumZ / totalWeight
    return (r, k, Swift.max(centredSyy - szy * k, 0))
  }

  /// The stationary point of RSS inside `gap`, if it lies strictly inside.
  func stationaryPoint(in gap: Gap) -> Double? {
    let s = sums[gap.leftCount]
    let a = -s.wxy
    let b = s.wy
    let c2 = s.w - s.w * s.w / totalWeight
    let c1 = -2 * s.wx + 2 * s.w * s.wx / totalWeight
    let c0 = s.wxx - s.wx * s.wx / totalWeight
    let denominator = b * c1 - 2 * a * c2
    guard denominator != 0 else { return nil }
    let eta = (a * c1 - 2 * b * c0) / denominator + shift
    return eta > gap.lower && eta < gap.upper ? eta : nil
  }

  /// The global minimum of the profile over the allowed thresholds (the first on ties).
  public func minimum() -> HingeProfileMinimum {
    var best: (eta: Double, fit: (r: Double, k: Double, rss: Double))?
    /// Lower end, interior stationary point (if any), upper end: in that order, checked
    /// in place (no candidate array per gap; this loop dominates a hinge fit).
    @inline(__always) func consider(_ eta: Double, _ gap: Gap) {
      let fit = solve(eta: eta, leftCount: gap.leftCount)
      if fit.rss < best?.fit.rss ?? .infinity { best = (eta, fit) }
    }
    for gap in gaps {
      consider(gap.lower, gap)
      if let interior = stationaryPoint(in: gap) { consider(interior, gap) }
      consider(gap.upper, gap)
    }
    // `gaps` is never empty (checked in init), so `best` is set.
    let chosen = best ?? (gaps[0].lower, solve(eta: gaps[0].lower, leftCount: gaps[0].leftCount))
    let edges = [gaps[0].lower, gaps[gaps.count - 1].upper]
    return HingeProfileMinimum(
      r: chosen.fit.r, k: chosen.fit.k, eta: chosen.eta, rss: chosen.fit.rss,
      onBoundary: edges.contains(chosen.eta))
  }

  /// The global minimum over the allowed thresholds inside `range` (a bound on eta), with
  /// `onBoundary` when it sits at an end of what is left, and those ends; nil when no allowed
  /// threshold lies inside `range`.
  public func minimum(within range: ClosedRange<Double>) -> (minimum: HingeProfileMinimum, edges: [Double])? {
    var best: (eta: Double, fit: (r: Double, k: Double, rss: Double))?
    var edges: [Double] = []
    for gap in gaps where gap.upper >= range.lowerBound && gap.lower <= range.upperBound {
      let low = Swift.max(gap.lower, range.lowerBound)
      let high = Swift.min(gap.upper, range.upperBound)
      if edges.isEmpty { edges = [low, high] } else { edges[1] = high }
      var candidates = [low]
      if let interior = stationaryPoint(in: gap), interior > low, interior < high { candidates.append(interior) }
      candidates.append(high)
      for eta in candidates {
        let fit = solve(eta: eta, leftCount: gap.leftCount)
        if fit.rss < best?.fit.rss ?? .infinity { best = (eta, fit) }
      }
    }
    guard let best else { return nil }
    let minimum = HingeProfileMinimum(
      r: best.fit.r, k: best.fit.k, eta: best.eta, rss: best.fit.rss, onBoundary: edges.contains(best.eta))
    return (minimum, edges)
  }

  /// The profile for plotting: `pointsPerGap` evenly spaced thresholds per allowed gap
  /// (starting at its lower end), then the last gap's upper end, in increasing eta.
  public func curve(pointsPerGap: Int = 8) -> [HingeProfilePoint] {
    let steps = Swift.max(pointsPerGap, 1)
    var points: [HingeProfilePoint] = []
    for gap in gaps {
      for j in 0..<steps {
        let eta = gap.lower + (gap.upper - gap.lower) * Double(j) / Double(steps)
        points.append(HingeProfilePoint(eta: eta, rss: solve(eta: eta, leftCount: gap.leftCount).rss))
      }
    }
    let last = gaps[gaps.count - 1]
    points.append(HingeProfilePoint(eta: last.upper, rss: solve(eta: last.upper, leftCount: last.leftCount).rss))
    return points
  }
}

/// The hinge profile RSS(eta) for plotting; see ``HingeProfile``.
public func hingeProfile(
  x: [Double], y: [Double], weights: [Double]? = nil, minSide: Int = 5, pointsPerGap: Int = 8
) throws(FitError) -> [HingeProfilePoint] {
  try HingeProfile(x: x, y: y, weights: weights, minSide: minSide).curve(pointsPerGap: pointsPerGap)
}
