/// The broken-line alternative `y = b0 + b1 x + c (eta − x)₊` against the line, profiled over
/// eta in O(1) per candidate after one O(n) pass (the engine of sup-F and the segmented fit).
///
/// With x sorted and centred (x_c = x − x̄, S_xx = Σ x_c²), let m be the number of points
/// below eta and t = eta − x̄. The extra regressor is z = t u − v with u_i = 1[i < m] and
/// v_i = x_c,i 1[i < m]. Residualised on (1, x) its cross-products are, with S1 = Σ_{i<m} x_c
/// and S2 = Σ_{i<m} x_c²,
///
///     c = m − m²/n − S1²/S_xx,   d = S1 (1 − m/n) − S1 S2 / S_xx,   f = S2 − S1²/n − S2²/S_xx,
///
/// which depend on x only. For null residuals e (OLS of y on 1, x), with a = Σ_{i<m} e_i and
/// b = Σ_{i<m} x_c,i e_i, the drop in RSS from adding z is (Frisch–Waugh–Lovell)
///
///     g(t) = (a t − b)² / (c t² − 2 d t + f),
///
/// and RSS1(eta) = RSS0 − g. Inside a gap m is fixed and g'(t) = 0 reduces to the linear
/// equation t (b c − a d) + (a f − b d) = 0, so the gap's maximum is at an end or at
/// t* = (b d − a f) / (b c − a d): the supremum over every gap is exact with no grid.
/// A segment is skipped when even the projection of e on span(ũ, ṽ), which bounds g(t) for
/// all t, (f a² − 2 d a b + c b²) / (c f − d²), is below the best drop so far.
struct BrokenLineScan: Sendable {
  /// One candidate: a closed interval of thresholds (a single point when `low == high`)
  /// with `m` points below it, and the x-only coefficients of g.
  struct Segment: Sendable {
    var m: Int
    var low: Double
    var high: Double
    var c: Double
    var d: Double
    var f: Double
    /// Σ_{i<m} x_c,i and Σ_{i<m} x_c,i², to residualise raw draws on the fly.
    var s1: Double
    var s2: Double
    /// 1 / (c f − d²), or 0 when that Gram determinant is at rounding level (never skip).
    var inverseGram: Double
  }

  /// The sorted, centred x.
  let centredX: [Double]
  /// x̄.
  let meanX: Double
  /// Σ (x − x̄)².
  let sxx: Double
  /// The candidates in increasing threshold (and so non-decreasing m).
  let segments: [Segment]

  /// The number of points.
  var count: Int { centredX.count }

  /// A candidate whose residualised regressor keeps less than this fraction of its scale
  /// (rounding level) is skipped: there z lies in the span of (1, x).
  static let degeneracy = 1e-12

  /// Builds the candidates for sorted `x`.
  ///
  /// - Throws: ``ThresholdError/noCandidates`` when trimming and `minSide` leave none.
  init(sortedX x: [Double], candidates: ThresholdCandidates, minSide: Int) throws(ThresholdError) {
    try candidates.validate()
    let n = x.count
    var sum = 0.0
    for value in x { sum += value }
    let mean = sum / Double(n)
    let centred = x.map { $0 - mean }
    var sxx = 0.0
    for value in centred { sxx += value * value }
    // Prefix sums S1(m), S2(m) over the centred x.
    var s1 = [Double](repeating: 0, count: n + 1)
    var s2 = [Double](repeating: 0, count: n + 1)
    for i in 0..<n {
      s1[i + 1] = s1[i] + centred[i]
      s2[i + 1] = s2[i] + centred[i] * centred[i]
    }
    func segment(m: Int, low: Double, high: Double) -> Segment {
      let mm = Double(m)
      let nn = Double(n)
      let c = mm - mm * mm / nn - s1[m] * s1[m] / sxx
      let d = s1[m] * (1 - mm / nn) - s1[m] * s2[m] / sxx
      let f = s2[m] - s1[m] * s1[m] / nn - s2[m] * s2[m] / sxx
      let gram = c * f - d * d
      let inverseGram = gram > Self.degeneracy * c * f ? 1 / gram : 0
      return Segment(
        m: m, low: low - mean, high: high - mean, c: c, d: d, f: f, s1: s1[m], s2: s2[m],
        inverseGram: inverseGram)
    }
    let side = Swift.max(minSide, 1)
    var segments: [Segment] = []
    switch candidates {
    case .gaps(let from, let to):
      let lower = SampleQuantile.typeSeven(sorted: x, from)
      let upper = SampleQuantile.typeSeven(sorted: x, to)
      for m in stride(from: side, through: n - side, by: 1) where x[m - 1] < x[m] {
        let low = Swift.max(x[m - 1], lower)
        let high = Swift.min(x[m], upper)
        if low <= high { segments.append(segment(m: m, low: low, high: high)) }
      }
    case .grid(let gridCount, let from, let to):
      let lower = SampleQuantile.typeSeven(sorted: x, from)
      let upper = SampleQuantile.typeSeven(sorted: x, to)
      for j in 0..<gridCount {
        let eta = gridCount == 1 ? lower : lower + Double(j) * (upper - lower) / Double(gridCount - 1)
        let m = Self.countBelow(x, eta)
        if m >= side && n - m >= side { segments.append(segment(m: m, low: eta, high: eta)) }
      }
    }
    if segments.isEmpty || sxx <= 0 { throw .noCandidates }
    self.centredX = centred
    self.meanX = mean
    self.sxx = sxx
    self.segments = segments
  }

  /// The number of sorted values strictly below `value` (binary search).
  static func countBelow(_ sorted: [Double], _ value: Double) -> Int {
    var low = 0
    var high = sorted.count
    while low < high {
      let middle = (low + high) / 2
      if sorted[middle] < value { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// OLS residuals of `y` (sorted order) on (1, x), written into `residuals`; returns RSS0.
  func nullResiduals(
    _ y: UnsafeBufferPointer<Double>, into residuals: UnsafeMutableBufferPointer<Double>
  ) -> Double {
    let n = count
    var sumY = 0.0
    var sumXY = 0.0
    for i in 0..<n {
      sumY += y[i]
      sumXY += centredX[i] * y[i]
    }
    let meanY = sumY / Double(n)
    let slope = sumXY / sxx
    var rss = 0.0
    for i in 0..<n {
      let r = y[i] - meanY - slope * centredX[i]
      residuals[i] = r
      rss += r * r
    }
    return rss
  }

  /// The largest drop in RSS over all candidates for null residuals `e`, and the threshold
  /// (on the x scale) where it occurs (the lowest on ties).
  func largestDrop(residuals e: UnsafeBufferPointer<Double>) -> (drop: Double, eta: Double) {
    scan(e, mean: 0, slope: 0)
  }

  /// RSS0 and the largest drop for raw data `y` in sorted order, in two passes and without
  /// storing residuals: with ȳ and β = Σ x_c y / S_xx, the residual sums are
  /// a(m) = Σ_{i<m} y_i − m ȳ − β S1(m) and b(m) = Σ_{i<m} x_c,i y_i − ȳ S1(m) − β S2(m).
  func rssAndLargestDrop(raw y: UnsafeBufferPointer<Double>) -> (rss: Double, drop: Double) {
    var sums = RawSums()
    for i in 0..<count { sums.add(y[i], centredX: centredX[i]) }
    return rssAndLargestDrop(raw: y, sums: sums)
  }

  /// Σ y, Σ x_c y and Σ y² of raw data, accumulated in order (a replicate adds each draw
  /// as it is made, saving a pass; the order, and so the bits, are the same).
  struct RawSums {
    var y = 0.0
    var xy = 0.0
    var yy = 0.0

    @inline(__always)
    mutating func add(_ value: Double, centredX: Double) {
      y += value
      xy += centredX * value
      yy += value * value
    }
  }

  /// ``rssAndLargestDrop(raw:)`` with the sums of `y` already accumulated.
  func rssAndLargestDrop(raw y: UnsafeBufferPointer<Double>, sums: RawSums) -> (rss: Double, drop: Double) {
    let n = count
    let sumY = sums.y
    let sumXY = sums.xy
    let sumYY = sums.yy
    let mean = sumY / Double(n)
    let slope = sumXY / sxx
    let rss = Swift.max(sumYY - Double(n) * mean * mean - slope * slope * sxx, 0)
    return (rss, seededScan(y, mean: mean, slope: slope))
  }

  /// The largest drop (threshold not needed: the bootstrap replicates use only the drop),
  /// with the skip test seeded so that most segments are skipped.
  ///
  /// Pass 1 computes every segment's (a, b) and the bound on g, exactly as ``scan`` does.
  /// The segment with the largest bound is evaluated first and its best g becomes the
  /// starting `best`; pass 2 then runs ``scan``'s loop over all segments from that `best`
  /// (the same skip test, on the stored bound).
  /// Under the null the running `best` of the plain scan starts at −∞ and climbs, so about
  /// half of the segments were evaluated (with mispredicted branches and divisions); with
  /// the seed most are skipped. Every g is computed by the same expressions from the same
  /// (a, b), and the result is the largest of them: the plain scan's drop, up to which
  /// segments a bound that is a few ulps below its own g happens to skip.
  private func seededScan(_ e: UnsafeBufferPointer<Double>, mean: Double, slope: Double) -> Double {
    segments.withUnsafeBufferPointer { segments in
      withUnsafeTemporaryAllocation(of: Double.self, capacity: 3 * segments.count) { scratch in
        var rawA = 0.0
        var rawB = 0.0
        var i = 0
        var seed = 0
        var largestBound = -Double.infinity
        centredX.withUnsafeBufferPointer { xc in
          for k in 0..<segments.count {
            let segment = segments[k]
            while i < segment.m {
              rawA += e[i]
              rawB += xc[i] * e[i]
              i += 1
            }
            let a = rawA - Double(segment.m) * mean - slope * segment.s1
            let b = rawB - mean * segment.s1 - slope * segment.s2
            scratch[3 * k] = a
            scratch[3 * k + 1] = b
            // The skip bound, or +infinity where the Gram determinant is degenerate (never skip).
            var bound = Double.infinity
            if segment.inverseGram > 0 {
              bound = (segment.f * a * a - 2 * segment.d * a * b + segment.c * b * b) * segment.inverseGram
              if bound > largestBound {
                largestBound = bound
                seed = k
              }
            }
            scratch[3 * k + 2] = bound
          }
        }
        var best = -Double.infinity
        Self.evaluate(segments[seed], a: scratch[3 * seed], b: scratch[3 * seed + 1], best: &best)
        for k in 0..<segments.count where !(scratch[3 * k + 2] < best) {
          Self.evaluate(segments[k], a: scratch[3 * k], b: scratch[3 * k + 1], best: &best)
        }
        return Swift.max(best, 0)
      }
    }
  }

  /// ``scan``'s work for one segment that passed the skip test: its candidates, for the
  /// drop only.
  @inline(__always)
  private static func evaluate(_ segment: Segment, a: Double, b: Double, best: inout Double) {
    let c = segment.c
    let d = segment.d
    let f = segment.f
    @inline(__always) func consider(_ t: Double) {
      let denominator = (c * t - 2 * d) * t + f
      guard denominator > Self.degeneracy * (c * t * t + 2 * Swift.abs(d * t) + f) else { return }
      let numerator = a * t - b
      let g = numerator * numerator / denominator
      if g > best { best = g }
    }
    consider(segment.low)
    if segment.high > segment.low {
      let turn = b * c - a * d
      if turn != 0 {
        let t = (b * d - a * f) / turn
        if t > segment.low && t < segment.high { consider(t) }
      }
      consider(segment.high)
    }
  }

  /// The scan itself, for data whose null fit has intercept `mean` and slope `slope`
  /// (both 0 when `e` already holds residuals).
  func scan(
    _ e: UnsafeBufferPointer<Double>, mean: Double, slope: Double
  ) -> (drop: Double, eta: Double) {
    var rawA = 0.0
    var rawB = 0.0
    var i = 0
    var best = -Double.infinity
    var bestT = segments[0].low
    centredX.withUnsafeBufferPointer { xc in
      for segment in segments {
        while i < segment.m {
          rawA += e[i]
          rawB += xc[i] * e[i]
          i += 1
        }
        let a = rawA - Double(segment.m) * mean - slope * segment.s1
        let b = rawB - mean * segment.s1 - slope * segment.s2
        let c = segment.c
        let d = segment.d
        let f = segment.f
        // No threshold in this segment can beat `best` when the projection of e on the span
        // of both residualised regressors (ũ, ṽ), which bounds g(t) for every t, cannot.
        if segment.inverseGram > 0 && (f * a * a - 2 * d * a * b + c * b * b) * segment.inverseGram < best {
          continue
        }
        @inline(__always) func consider(_ t: Double) {
          let denominator = (c * t - 2 * d) * t + f
          // z nearly in the span of (1, x): no information about a break (relative cut-off).
          guard denominator > Self.degeneracy * (c * t * t + 2 * Swift.abs(d * t) + f) else { return }
          let numerator = a * t - b
          let g = numerator * numerator / denominator
          if g > best {
            best = g
            bestT = t
          }
        }
        consider(segment.low)
        if segment.high > segment.low {
          let turn = b * c - a * d
          if turn != 0 {
            let t = (b * d - a * f) / turn
            if t > segment.low && t < segment.high { consider(t) }
          }
          consider(segment.high)
        }
      }
    }
    return (Swift.max(best, 0), bestT + meanX)
  }
}
