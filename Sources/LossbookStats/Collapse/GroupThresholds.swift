/// The hinge `y = r + k · max(eta_g − x, 0)` with a threshold per group and a common level and
/// slope (`collapse` with `differ: threshold`), by exact coordinate descent: each group's
/// threshold in turn is set to its best value with the others fixed, until no pass lowers the
/// RSS. With the others fixed, RSS(eta_g) = S_yy − S_zy² / S_zz with S_zy linear and S_zz
/// quadratic in eta_g inside each gap between the group's distinct x, so each step is exact
/// (the stationary point of ``GroupedHinge``). Each pass lowers the RSS or stops: the result is
/// a coordinate-wise minimum, started from the common threshold.
///
/// A group's threshold ranges over its own x from the smallest to the largest; at the smallest
/// no point of the group lies below it, so the group adds nothing to the slope and its
/// threshold is not identified (`atLowEnd`).
struct GroupThresholds: Sendable {
  let n: Int
  let groupCount: Int
  let x: [Double]
  let group: [Int]
  let shift: Double
  /// Each group's point indices in increasing x.
  let members: [[Int]]

  /// The most passes over the groups.
  static let maxPasses = 100

  init(x: [Double], group: [Int], groupCount: Int) {
    n = x.count
    self.x = x
    self.group = group
    self.groupCount = groupCount
    var mean = 0.0
    for v in x { mean += v }
    shift = n > 0 ? mean / Double(n) : 0
    var members = [[Int]](repeating: [], count: groupCount)
    for i in x.indices { members[group[i]].append(i) }
    self.members = members.map { m in m.sorted { x[$0] < x[$1] || (x[$0] == x[$1] && $0 < $1) } }
  }

  /// The fit to `y` from the common threshold `start`.
  func fit(_ y: [Double], start: Double) -> GroupThresholdsFit {
    var meanY = 0.0
    for v in y { meanY += v }
    meanY /= Double(Swift.max(n, 1))
    let yc = y.map { $0 - meanY }
    var syy = 0.0
    for v in yc { syy += v * v }
    var t = [Double](repeating: start - shift, count: groupCount)
    for g in 0..<groupCount {
      guard let first = members[g].first, let last = members[g].last else { continue }
      t[g] = Swift.min(Swift.max(t[g], x[first] - shift), x[last] - shift)
    }
    var z = [Double](repeating: 0, count: n)
    func fill() {
      for i in 0..<n { z[i] = Swift.max(t[group[i]] - (x[i] - shift), 0) }
    }
    func explained() -> Double {
      var sz = 0.0
      var szz = 0.0
      var szy = 0.0
      for i in 0..<n {
        sz += z[i]
        szz += z[i] * z[i]
        szy += z[i] * yc[i]
      }
      let q = szz - sz * sz / Double(n)
      return q > 0 ? szy * szy / q : 0
    }
    fill()
    var best = explained()
    for _ in 0..<Self.maxPasses {
      let before = best
      for g in 0..<groupCount where members[g].count >= 2 {
        var zo = 0.0
        var zo2 = 0.0
        var zoy = 0.0
        for i in 0..<n where group[i] != g {
          zo += z[i]
          zo2 += z[i] * z[i]
          zoy += z[i] * yc[i]
        }
        let idx = members[g]
        var nB = 0.0
        var sx = 0.0
        var sxx = 0.0
        var sy = 0.0
        var sxy = 0.0
        var m = 0
        var localBest = -Double.infinity
        var localT = t[g]
        while m < idx.count {
          // Every point at the current value joins the set below the gap's lower end.
          let value = x[idx[m]]
          while m < idx.count && x[idx[m]] == value {
            let xv = x[idx[m]] - shift
            nB += 1
            sx += xv
            sxx += xv * xv
            sy += yc[idx[m]]
            sxy += xv * yc[idx[m]]
            m += 1
          }
          let lower = value - shift
          let upper = m < idx.count ? x[idx[m]] - shift : lower
          let p = zo - sx
          let c0 = zo2 + sxx - p * p / Double(n)
          let c1 = -2 * sx - 2 * p * nB / Double(n)
          let c2 = nB - nB * nB / Double(n)
          let a = zoy - sxy
          let b = sy
          var candidates = [lower, upper]
          let denominator = b * c1 - 2 * a * c2
          if denominator != 0 && upper > lower {
            let s = -(2 * b * c0 - a * c1) / denominator
            if s > lower && s < upper { candidates.append(s) }
          }
          for s in candidates {
            // On [lower, upper] the points at or below `lower` are the ones below the threshold
            // (at `lower` itself their z is 0), so one formula holds on the closed interval.
            let q = c0 + c1 * s + c2 * s * s
            guard q > 0 else { continue }
            let v = a + b * s
            let ratio = v * v / q
            if ratio > localBest {
              localBest = ratio
              localT = s
            }
          }
        }
        if localBest > best {
          best = localBest
          t[g] = localT
          fill()
          best = explained()
        }
      }
      if best - before <= 1e-13 * Swift.max(syy, 1e-300) { break }
    }
    // The level and slope by simple regression on z.
    var sz = 0.0
    var szz = 0.0
    var szy = 0.0
    for i in 0..<n {
      sz += z[i]
      szz += z[i] * z[i]
      szy += z[i] * yc[i]
    }
    let mz = sz / Double(n)
    let q = szz - sz * mz
    let k = q > 0 ? szy / q : 0
    let r = meanY - k * mz
    var rss = 0.0
    for i in 0..<n {
      let e = y[i] - r - k * z[i]
      rss += e * e
    }
    var atLow = [Bool](repeating: false, count: groupCount)
    var atHigh = atLow
    for g in 0..<groupCount {
      guard let first = members[g].first, let last = members[g].last else { continue }
      atLow[g] = t[g] <= x[first] - shift
      atHigh[g] = t[g] >= x[last] - shift
    }
    return GroupThresholdsFit(
      r: r, k: k, etas: t.map { $0 + shift }, rss: rss, atLowEnd: atLow, atHighEnd: atHigh)
  }
}

/// A ``GroupThresholds`` fit.
struct GroupThresholdsFit: Sendable {
  var r: Double
  var k: Double
  /// Each group's threshold.
  var etas: [Double]
  var rss: Double
  /// Groups whose threshold is at or below their smallest x (no point below it: not identified).
  var atLowEnd: [Bool]
  /// Groups whose threshold is at their largest x.
  var atHighEnd: [Bool]
}
