import Foundation

/// The H0 and H1 fits of a `collapse` analysis for one curve, x and grouping, reusable over
/// the bootstrap's y vectors (the sorts and gaps are made once).
struct CollapseFitter: Sendable {
  let x: [Double]
  let group: [Int]
  let groupCount: Int
  let curve: CollapseCurve
  let difference: CollapseDifference
  /// The hinge profiles: one group (H0) and the groups (H1, shift).
  let common: GroupedHinge?
  let grouped: GroupedHinge?
  let thresholds: GroupThresholds?

  struct H0: Sendable {
    var parameters: [Double]
    var rss: Double
    var onBoundary: Bool
  }

  struct H1: Sendable {
    /// The reference group's curve.
    var curve: [Double]
    /// Per group, group 0 first (0).
    var shifts: [Double]
    var shiftSE: [Double]
    var thresholds: [Double]?
    var rss: Double
    var onBoundary: Bool
    var unidentified: [Int]
    var conditional: Bool
  }

  init(
    x: [Double], group: [Int], groupCount: Int, curve: CollapseCurve, difference: CollapseDifference, minSide: Int
  ) throws(FitError) {
    self.x = x
    self.group = group
    self.groupCount = groupCount
    self.curve = curve
    self.difference = difference
    if curve == .hinge {
      common = try GroupedHinge(x: x, group: [Int](repeating: 0, count: x.count), groupCount: 1, minSide: minSide)
      grouped =
        difference == .shift ? try GroupedHinge(x: x, group: group, groupCount: groupCount, minSide: minSide) : nil
      thresholds = difference == .threshold ? GroupThresholds(x: x, group: group, groupCount: groupCount) : nil
    } else {
      common = nil
      grouped = nil
      thresholds = nil
    }
  }

  // MARK: H0

  /// The common curve; `start` (the observed H0's estimates) makes the logistic a single
  /// solver run from there, as the bootstrap's refits are.
  func h0(_ y: [Double], start: [Double]?, solver: NonlinearLeastSquares) throws(FitError) -> H0 {
    switch curve {
    case .linear:
      let (b0, b1, rss) = Self.line(x: x, y: y)
      return H0(parameters: [b0, b1], rss: rss, onBoundary: false)
    case .hinge:
      let fit = common!.fit(y)
      return H0(parameters: [fit.levels[0], fit.k, fit.eta], rss: fit.rss, onBoundary: fit.onBoundary)
    case .logistic:
      if let start {
        let r = try solver.fitBuiltin(
          LogisticModel.nonlinearModel(x: x), y: y, weights: nil, start: start, options: NonlinearOptions())
        return H0(parameters: r.parameters, rss: r.rss, onBoundary: false)
      }
      let fit = try BuiltinModel.logistic.fit(x: x, y: y, weights: nil, options: FitOptions(), solver: solver)
      guard fit.status.isEligible else {
        throw .didNotConverge(iterations: fit.iterations, reason: .logisticLeftOut(fit.status.reason))
      }
      return H0(parameters: fit.estimates, rss: fit.rss, onBoundary: fit.status.kind == .atBound)
    }
  }

  /// The H0 curve at every x.
  func h0Values(_ p: [Double]) -> [Double] {
    x.map { value($0, p) }
  }

  /// The curve at one x.
  func value(_ x: Double, _ p: [Double]) -> Double {
    switch curve {
    case .linear: return p[0] + p[1] * x
    case .hinge: return p[0] + p[1] * Swift.max(p[2] - x, 0)
    case .logistic: return LogisticModel.value(at: x, parameters: p)
    }
  }

  // MARK: H1

  /// H1's RSS only (the bootstrap).
  func h1RSS(_ y: [Double], h0: H0, solver: NonlinearLeastSquares) throws(FitError) -> Double {
    switch (curve, difference) {
    case (.linear, _): return Self.groupedLine(x: x, y: y, group: group, groupCount: groupCount).rss
    case (.hinge, .shift): return grouped!.fit(y).rss
    case (.hinge, .threshold): return thresholds!.fit(y, start: h0.parameters[2]).rss
    case (.logistic, _): return try logisticShift(y, h0: h0.parameters, solver: solver).rss
    }
  }

  /// H1 with its shifts' standard errors.
  func h1Full(_ y: [Double], h0: H0) throws(FitError) -> H1 {
    let n = x.count
    let p = curve.parameterNames.count
    let d2 = Double(n - p - (groupCount - 1))
    let dummies = (1..<Swift.max(groupCount, 1)).map { g in group.map { $0 == g ? 1.0 : 0.0 } }
    switch (curve, difference) {
    case (.linear, _):
      let fit = Self.groupedLine(x: x, y: y, group: group, groupCount: groupCount)
      let covariance = JacobianCovariance.covariance(
        columns: [[Double](repeating: 1, count: n), x] + dummies, sigma2: fit.rss / d2)
      let shifts = fit.levels.map { $0 - fit.levels[0] }
      return H1(
        curve: [fit.levels[0], fit.slope], shifts: shifts, shiftSE: Self.shiftSE(covariance, offset: 2, groupCount),
        thresholds: nil, rss: fit.rss, onBoundary: false, unidentified: [], conditional: false)
    case (.hinge, .shift):
      let fit = grouped!.fit(y)
      let z = x.map { Swift.max(fit.eta - $0, 0) }
      let kink = x.map { $0 < fit.eta ? fit.k : 0 }
      let ones = [Double](repeating: 1, count: n)
      var conditional = false
      var covariance = JacobianCovariance.covariance(columns: [ones, z, kink] + dummies, sigma2: fit.rss / d2)
      var offset = 3
      if covariance == nil {
        covariance = JacobianCovariance.covariance(columns: [ones, z] + dummies, sigma2: fit.rss / d2)
        offset = 2
        conditional = true
      }
      return H1(
        curve: [fit.levels[0], fit.k, fit.eta], shifts: fit.levels.map { $0 - fit.levels[0] },
        shiftSE: Self.shiftSE(covariance, offset: offset, groupCount), thresholds: nil, rss: fit.rss,
        onBoundary: fit.onBoundary, unidentified: [], conditional: conditional)
    case (.hinge, .threshold):
      return thresholdH1(y, h0: h0, d2: d2)
    case (.logistic, _):
      let r = try logisticShift(y, h0: h0.parameters, solver: NonlinearLeastSquares())
      let shifts = [0] + Array(r.parameters[4...])
      var se = [Double.nan]
      for g in 1..<groupCount { se.append(r.standardErrors[3 + g]) }
      return H1(
        curve: Array(r.parameters[0..<4]), shifts: shifts, shiftSE: se, thresholds: nil, rss: r.rss,
        onBoundary: false, unidentified: [], conditional: false)
    }
  }

  /// The standard errors of the dummies' coefficients (columns `offset...`), NaN for group 0
  /// and when the covariance is missing.
  static func shiftSE(_ covariance: [[Double]]?, offset: Int, _ groupCount: Int) -> [Double] {
    var out = [Double.nan]
    for g in 1..<Swift.max(groupCount, 1) {
      guard let c = covariance else {
        out.append(.nan)
        continue
      }
      out.append(c[offset + g - 1][offset + g - 1].squareRoot())
    }
    return out
  }

  /// `differ: threshold`: r, k and a threshold per group; shift_g = k (eta_g − eta_ref), the gap
  /// in score below both thresholds, its SE by the delta method.
  private func thresholdH1(_ y: [Double], h0: H0, d2: Double) -> H1 {
    let n = x.count
    let fit = thresholds!.fit(y, start: h0.parameters[2])
    let z = (0..<n).map { Swift.max(fit.etas[group[$0]] - x[$0], 0) }
    let identified = (0..<groupCount).filter { !fit.atLowEnd[$0] }
    var columns = [[Double](repeating: 1, count: n), z]
    for g in identified {
      columns.append((0..<n).map { group[$0] == g && x[$0] < fit.etas[g] ? fit.k : 0 })
    }
    let covariance = JacobianCovariance.covariance(columns: columns, sigma2: fit.rss / d2)
    var shifts = [0.0]
    var se = [Double.nan]
    let column = { (g: Int) in identified.firstIndex(of: g).map { $0 + 2 } }
    for g in 1..<groupCount {
      let d = fit.etas[g] - fit.etas[0]
      shifts.append(fit.k * d)
      guard let c = covariance, let i = column(g), let i0 = column(0) else {
        se.append(.nan)
        continue
      }
      let variance =
        d * d * c[1][1] + fit.k * fit.k * (c[i][i] + c[i0][i0] - 2 * c[i][i0]) + 2 * d * fit.k * (c[1][i] - c[1][i0])
      se.append(variance >= 0 ? variance.squareRoot() : .nan)
    }
    return H1(
      curve: [fit.r, fit.k, fit.etas[0]], shifts: shifts, shiftSE: se, thresholds: fit.etas, rss: fit.rss,
      onBoundary: fit.atHighEnd.contains(true), unidentified: (0..<groupCount).filter { fit.atLowEnd[$0] },
      conditional: false)
  }

  /// The logistic curve plus a shift per group (group 0 none), by the solver from H0's curve
  /// and no shifts.
  private func logisticShift(_ y: [Double], h0: [Double], solver: NonlinearLeastSquares) throws(FitError)
    -> NonlinearResult
  {
    let x = self.x
    let group = self.group
    let extra = groupCount - 1
    let names = LogisticModel.parameterNames + (0..<extra).map { "delta\($0 + 1)" }
    let p = names.count
    let model = NonlinearModel(parameterNames: names) { parameters, values, jacobian in
      let curve = [parameters[0], parameters[1], parameters[2], parameters[3]]
      for i in 0..<x.count {
        let g = group[i]
        values[i] = LogisticModel.value(at: x[i], parameters: curve) + (g > 0 ? parameters[3 + g] : 0)
        if let jacobian {
          let gradient = LogisticModel.gradient(at: x[i], parameters: curve)
          for j in 0..<4 { jacobian[i * p + j] = gradient[j] }
          for j in 4..<p { jacobian[i * p + j] = 0 }
          if g > 0 { jacobian[i * p + 3 + g] = 1 }
        }
      }
    }
    return try solver.fitBuiltin(
      model, y: y, weights: nil, start: h0 + [Double](repeating: 0, count: extra), options: NonlinearOptions())
  }

  // MARK: Lines

  /// y = b0 + b1 x by least squares (centred sums).
  static func line(x: [Double], y: [Double]) -> (b0: Double, b1: Double, rss: Double) {
    let fit = groupedLine(x: x, y: y, group: [Int](repeating: 0, count: x.count), groupCount: 1)
    return (fit.levels[0], fit.slope, fit.rss)
  }

  /// y = a_g + b x: the within-group slope and each group's level.
  static func groupedLine(x: [Double], y: [Double], group: [Int], groupCount: Int) -> (
    levels: [Double], slope: Double, rss: Double
  ) {
    var count = [Double](repeating: 0, count: groupCount)
    var sx = count
    var sy = count
    for i in x.indices {
      count[group[i]] += 1
      sx[group[i]] += x[i]
      sy[group[i]] += y[i]
    }
    let mx = (0..<groupCount).map { count[$0] > 0 ? sx[$0] / count[$0] : 0 }
    let my = (0..<groupCount).map { count[$0] > 0 ? sy[$0] / count[$0] : 0 }
    var sxx = 0.0
    var sxy = 0.0
    for i in x.indices {
      let dx = x[i] - mx[group[i]]
      sxx += dx * dx
      sxy += dx * (y[i] - my[group[i]])
    }
    let b = sxx > 0 ? sxy / sxx : 0
    let levels = (0..<groupCount).map { count[$0] > 0 ? my[$0] - b * mx[$0] : .nan }
    var rss = 0.0
    for i in x.indices {
      let e = y[i] - levels[group[i]] - b * x[i]
      rss += e * e
    }
    return (levels, b, rss)
  }
}
