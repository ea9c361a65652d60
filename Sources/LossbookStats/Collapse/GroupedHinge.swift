/// The hinge `y = alpha_g + k · max(eta − x, 0)` with one level per group and a common slope
/// and threshold, at its global least-squares optimum over eta (the `collapse` block's H1 for
/// the hinge; with one group it is the plain hinge, ``HingeProfile``'s fit).
///
/// For a fixed eta the model is linear: after removing each group's mean (the group levels),
/// RSS(eta) = S_yy − S_zy² / S_zz with z = max(eta − x, 0) and every sum centred within its
/// group. Inside a gap between consecutive distinct sorted x the points below eta are fixed,
/// so S_zy = a + b t and S_zz = c0 + c1 t + c2 t² (t = eta − x̄), and the one stationary point
/// of S_zy² / S_zz solves (2 b c0 − a c1) + (b c1 − 2 a c2) t = 0, as in ``HingeProfile``:
/// each gap's best eta is one of its ends or that point, so checking every gap finds the
/// global minimum. Built once per x and grouping, then fitted to any number of y vectors
/// (the bootstrap's): O(n) per fit after one sort.
struct GroupedHinge: Sendable {
  /// A gap between consecutive distinct sorted (centred) x with enough points on each side.
  struct Gap: Sendable {
    var lower: Double
    var upper: Double
    /// How many sorted points lie at or below `lower`.
    var leftCount: Int
  }

  let n: Int
  let groupCount: Int
  /// Indices of the points in increasing x (stable).
  let order: [Int]
  /// The sorted x, centred by `shift`.
  let sortedX: [Double]
  /// The group of each sorted point.
  let sortedGroup: [Int]
  let shift: Double
  let gaps: [Gap]
  let groupSizes: [Int]
  let group: [Int]
  let x: [Double]

  /// - Throws: ``FitError/notEnoughPointsPerSide(minSide:)`` when no gap leaves `minSide`
  ///   points on each side.
  init(x: [Double], group: [Int], groupCount: Int, minSide: Int) throws(FitError) {
    n = x.count
    self.groupCount = groupCount
    self.group = group
    self.x = x
    var mean = 0.0
    for v in x { mean += v }
    let shift = n > 0 ? mean / Double(n) : 0
    self.shift = shift
    let order = x.indices.sorted { x[$0] < x[$1] || (x[$0] == x[$1] && $0 < $1) }
    self.order = order
    let sortedX = order.map { x[$0] - shift }
    self.sortedX = sortedX
    sortedGroup = order.map { group[$0] }
    var sizes = [Int](repeating: 0, count: groupCount)
    for g in group { sizes[g] += 1 }
    groupSizes = sizes
    let side = Swift.max(minSide, 1)
    let n = self.n
    var gaps: [Gap] = []
    var i = 0
    while i < n {
      var j = i
      while j + 1 < n && x[order[j + 1]] == x[order[i]] { j += 1 }
      let left = j + 1
      if left < n && left >= side && n - left >= side {
        gaps.append(Gap(lower: sortedX[j], upper: sortedX[j + 1], leftCount: left))
      }
      i = j + 1
    }
    guard !gaps.isEmpty else { throw .notEnoughPointsPerSide(minSide: side) }
    self.gaps = gaps
  }

  /// The fit to `y` (in the original row order).
  func fit(_ y: [Double]) -> GroupedHingeFit {
    var sumY = [Double](repeating: 0, count: groupCount)
    for i in 0..<n { sumY[group[i]] += y[i] }
    var meanY = [Double](repeating: 0, count: groupCount)
    for g in 0..<groupCount where groupSizes[g] > 0 { meanY[g] = sumY[g] / Double(groupSizes[g]) }
    var syy = 0.0
    var centredY = [Double](repeating: 0, count: n)
    for s in 0..<n {
      let v = y[order[s]] - meanY[sortedGroup[s]]
      centredY[s] = v
      syy += v * v
    }
    var nB = [Double](repeating: 0, count: groupCount)
    var sx = nB
    var sxx = nB
    var sy = nB
    var sxy = nB
    let sizes = groupSizes.map(Double.init)
    var m = 0
    var bestT = gaps[0].lower
    var bestRatio = -Double.infinity
    for gap in gaps {
      while m < gap.leftCount {
        let g = sortedGroup[m]
        let xv = sortedX[m]
        let yv = centredY[m]
        nB[g] += 1
        sx[g] += xv
        sxx[g] += xv * xv
        sy[g] += yv
        sxy[g] += xv * yv
        m += 1
      }
      var a = 0.0
      var b = 0.0
      var c0 = 0.0
      var c1 = 0.0
      var c2 = 0.0
      for g in 0..<groupCount where sizes[g] > 0 {
        a -= sxy[g]
        b += sy[g]
        c0 += sxx[g] - sx[g] * sx[g] / sizes[g]
        c1 += -2 * sx[g] + 2 * sx[g] * nB[g] / sizes[g]
        c2 += nB[g] - nB[g] * nB[g] / sizes[g]
      }
      var candidates = [gap.lower, gap.upper]
      let denominator = b * c1 - 2 * a * c2
      if denominator != 0 {
        let t = -(2 * b * c0 - a * c1) / denominator
        if t > gap.lower && t < gap.upper { candidates.append(t) }
      }
      for t in candidates {
        let q = c0 + c1 * t + c2 * t * t
        guard q > 0 else { continue }
        let s = a + b * t
        let ratio = s * s / q
        if ratio > bestRatio {
          bestRatio = ratio
          bestT = t
        }
      }
    }
    return finish(y: y, t: bestT, meanY: meanY)
  }

  /// The levels, slope and RSS at threshold `t` (centred), computed directly.
  private func finish(y: [Double], t: Double, meanY: [Double]) -> GroupedHingeFit {
    var sumZ = [Double](repeating: 0, count: groupCount)
    var z = [Double](repeating: 0, count: n)
    for i in 0..<n {
      z[i] = Swift.max(t - (x[i] - shift), 0)
      sumZ[group[i]] += z[i]
    }
    var meanZ = [Double](repeating: 0, count: groupCount)
    for g in 0..<groupCount where groupSizes[g] > 0 { meanZ[g] = sumZ[g] / Double(groupSizes[g]) }
    var szz = 0.0
    var szy = 0.0
    for i in 0..<n {
      let dz = z[i] - meanZ[group[i]]
      szz += dz * dz
      szy += dz * (y[i] - meanY[group[i]])
    }
    let k = szz > 0 ? szy / szz : 0
    var levels = [Double](repeating: .nan, count: groupCount)
    for g in 0..<groupCount where groupSizes[g] > 0 { levels[g] = meanY[g] - k * meanZ[g] }
    var rss = 0.0
    for i in 0..<n {
      let e = y[i] - levels[group[i]] - k * z[i]
      rss += e * e
    }
    let onBoundary = t == gaps[0].lower || t == gaps[gaps.count - 1].upper
    return GroupedHingeFit(levels: levels, k: k, eta: t + shift, rss: rss, onBoundary: onBoundary)
  }
}

/// A ``GroupedHinge`` fit.
struct GroupedHingeFit: Sendable {
  /// Each group's level above the threshold (NaN for an empty group).
  var levels: [Double]
  var k: Double
  var eta: Double
  var rss: Double
  /// Whether eta is an end of the allowed range.
  var onBoundary: Bool
}
