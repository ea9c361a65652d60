import Foundation

/// The common curve of a `collapse` analysis.
public enum CollapseCurve: String, CaseIterable, Sendable {
  case linear, logistic, hinge

  /// The curve's parameter names (those of the built-in model).
  public var parameterNames: [String] {
    switch self {
    case .linear: return LinearModel.parameterNames
    case .logistic: return LogisticModel.parameterNames
    case .hinge: return HingeModel.parameterNames
    }
  }
}

/// How the groups may differ under H1: a shift in score at equal x, or (hinge only) a
/// threshold each.
public enum CollapseDifference: String, CaseIterable, Sendable { case shift, threshold }

/// The settings of ``CollapseTest``.
public struct CollapseOptions: Sendable {
  /// Parametric-bootstrap replicates of the F statistic (0: no bootstrap p-value).
  public var replicates: Int
  public var threads: Int
  /// The test level; the equivalence intervals have coverage 1 − 2 alpha (two one-sided tests).
  public var alpha: Double
  /// The equivalence margin, in units of y.
  public var tolerance: Double
  /// The coverage of the reported shift intervals.
  public var level: Double
  /// The fewest points on each side of a hinge threshold.
  public var minSide: Int

  public init(
    replicates: Int = 999, threads: Int = 1, alpha: Double = 0.05, tolerance: Double = 0.02, level: Double = 0.95,
    minSide: Int = 5
  ) {
    self.replicates = replicates
    self.threads = threads
    self.alpha = alpha
    self.tolerance = tolerance
    self.level = level
    self.minSide = minSide
  }
}

/// One group's difference from the reference group at equal x, in units of y.
public struct CollapseShift: Sendable, Equatable {
  public var estimate: Double
  /// NaN when the shift is not identified (or for the reference group, whose shift is 0 by
  /// definition).
  public var se: Double
  /// The interval of coverage `level` (t with the H1 fit's residual degrees of freedom).
  public var interval: Interval?
  /// The 1 − 2 alpha interval of the equivalence test.
  public var equivalenceInterval: Interval?
  /// `differ: threshold`: the group's threshold.
  public var threshold: Double?
}

/// What ``CollapseTest`` found (STATS.md section 6).
public struct CollapseOutcome: Sendable {
  public var curve: CollapseCurve
  public var difference: CollapseDifference
  public var n: Int
  public var groupCount: Int
  /// The common curve's estimates under H0, in ``CollapseCurve/parameterNames`` order.
  public var h0: [Double]
  /// The curve's estimates under H1 (the reference group's curve; with `threshold`, eta is the
  /// reference group's threshold).
  public var h1: [Double]
  public var rss0: Double
  public var rss1: Double
  /// H0's residual standard deviation, the bootstrap's noise.
  public var sigma0: Double
  /// The F statistic's degrees of freedom: G − 1 and n − p − G + 1.
  public var d1: Int
  public var d2: Int
  public var f: Double
  /// The p-value from the F distribution (for comparison; the block reports the bootstrap's).
  public var pF: Double
  /// (1 + #{F* ≥ F}) / (B' + 1) over the B' replicates whose refits succeeded; NaN without any.
  public var pBootstrap: Double
  public var replicates: Int
  public var failures: Int
  /// One per group, the reference (group 0) first with estimate 0.
  public var shifts: [CollapseShift]
  /// Whether a hinge threshold is at an end of the allowed range (H0, H1).
  public var h0OnBoundary: Bool
  public var h1OnBoundary: Bool
  /// `differ: threshold`: groups with no point below their threshold (shift not identified).
  public var unidentifiedGroups: [Int]
  /// Whether the shift intervals hold the threshold fixed (the full covariance was singular).
  public var conditionalOnThreshold: Bool
  /// The largest |shift| and its group.
  public var maxShift: Double
  public var maxShiftGroup: Int
  /// Every non-reference shift's equivalence interval inside [−tolerance, tolerance].
  public var equivalent: Bool
  /// The largest |end| of the equivalence intervals (+∞ when a shift is not identified).
  public var equivalenceBound: Double
}

/// Does one curve of y against x hold for every group? H0: y = f(x; θ) + e; H1: a shift per
/// group at equal x (δ_ref = 0), or a threshold per group in a hinge; F with a
/// parametric-bootstrap p-value (simulate from H0 with its sigma, refit both), each shift with
/// a t interval from the H1 fit, the largest |shift|, and two one-sided tests of equivalence
/// (STATS.md section 6). Group 0 is the reference.
public struct CollapseTest: Sendable {
  public var options: CollapseOptions

  public init(options: CollapseOptions = CollapseOptions()) {
    self.options = options
  }

  public func run(
    x: [Double], y: [Double], group: [Int], groupCount: Int, curve: CollapseCurve, difference: CollapseDifference,
    streams: ReplicateStreams
  ) throws(FitError) -> CollapseOutcome {
    let n = x.count
    if y.count != n { throw .countMismatch(what: "y", expected: n, actual: y.count) }
    if group.count != n { throw .countMismatch(what: "groups", expected: n, actual: group.count) }
    try InputChecks.checkResponse(y: y, weights: nil, parameters: curve.parameterNames.count + groupCount)
    let fitter = try CollapseFitter(
      x: x, group: group, groupCount: groupCount, curve: curve, difference: difference, minSide: options.minSide)
    let h0 = try fitter.h0(y, start: nil, solver: NonlinearLeastSquares())
    let h1 = try fitter.h1Full(y, h0: h0)
    let p0 = curve.parameterNames.count
    let d1 = groupCount - 1
    let d2 = n - p0 - d1
    if d1 < 1 || d2 < 1 { throw .tooFewPoints(n: n, parameters: p0 + d1) }
    let rss1 = Swift.min(h1.rss, h0.rss)
    let f = Self.fStatistic(rss0: h0.rss, rss1: rss1, d1: d1, d2: d2)
    let sigma0 = (h0.rss / Double(n - p0)).squareRoot()
    let fitted = fitter.h0Values(h0.parameters)
    let stars = bootstrap(
      fitter: fitter, fitted: fitted, sigma: sigma0, h0: h0.parameters, streams: streams, d: (d1, d2))
    let finite = stars.filter(\.isFinite)
    let pBoot = finite.isEmpty ? .nan : Double(1 + finite.filter { $0 >= f }.count) / Double(finite.count + 1)
    let tLevel = Distribution.tQuantile(p: 1 - (1 - options.level) / 2, dof: Double(d2))
    let tEquivalence = Distribution.tQuantile(p: 1 - options.alpha, dof: Double(d2))
    var shifts: [CollapseShift] = []
    var maxShift = 0.0
    var maxGroup = 0
    var bound = 0.0
    for g in 0..<groupCount {
      let estimate = h1.shifts[g]
      let se = h1.shiftSE[g]
      var shift = CollapseShift(
        estimate: estimate, se: g == 0 ? .nan : se, interval: nil, equivalenceInterval: nil,
        threshold: h1.thresholds?[g])
      if g > 0 {
        if se.isFinite && estimate.isFinite {
          shift.interval = Interval(lower: estimate - tLevel * se, upper: estimate + tLevel * se)
          let e = Interval(lower: estimate - tEquivalence * se, upper: estimate + tEquivalence * se)
          shift.equivalenceInterval = e
          bound = Swift.max(bound, Swift.max(abs(e.lower), abs(e.upper)))
        } else {
          bound = .infinity
        }
        if abs(estimate) > maxShift || !estimate.isFinite {
          maxShift = estimate.isFinite ? abs(estimate) : .nan
          maxGroup = g
        }
      }
      shifts.append(shift)
    }
    return CollapseOutcome(
      curve: curve, difference: difference, n: n, groupCount: groupCount, h0: h0.parameters, h1: h1.curve,
      rss0: h0.rss, rss1: rss1, sigma0: sigma0, d1: d1, d2: d2, f: f,
      pF: Distribution.fUpperTail(f, d1: Double(d1), d2: Double(d2)), pBootstrap: pBoot, replicates: stars.count,
      failures: stars.count - finite.count, shifts: shifts, h0OnBoundary: h0.onBoundary,
      h1OnBoundary: h1.onBoundary, unidentifiedGroups: h1.unidentified, conditionalOnThreshold: h1.conditional,
      maxShift: maxShift, maxShiftGroup: maxGroup, equivalent: bound <= options.tolerance, equivalenceBound: bound)
  }

  /// ((RSS0 − RSS1) / d1) / (RSS1 / d2), 0 when RSS1 is not below RSS0, +∞ for a perfect H1.
  static func fStatistic(rss0: Double, rss1: Double, d1: Int, d2: Int) -> Double {
    let drop = Swift.max(rss0 - rss1, 0)
    guard rss1 > 0 else { return drop > 0 ? .infinity : 0 }
    return (drop / Double(d1)) / (rss1 / Double(d2))
  }

  /// F* of each replicate (NaN where a refit failed): y* = H0's fitted values + Normal(0, sigma²).
  private func bootstrap(
    fitter: CollapseFitter, fitted: [Double], sigma: Double, h0: [Double], streams: ReplicateStreams,
    d: (Int, Int)
  ) -> [Double] {
    let n = fitted.count
    return ParallelReplicates.run(
      count: options.replicates, threads: options.threads, streams: streams,
      makeState: { (NonlinearLeastSquares(), [Double](repeating: 0, count: n)) },
      value: { state, stream, _ in
        for i in 0..<n { state.1[i] = fitted[i] + stream.gaussianZiggurat(sd: sigma) }
        guard let r0 = try? fitter.h0(state.1, start: h0, solver: state.0),
          let r1 = try? fitter.h1RSS(state.1, h0: r0, solver: state.0)
        else { return .nan }
        return Self.fStatistic(rss0: r0.rss, rss1: Swift.min(r1, r0.rss), d1: d.0, d2: d.1)
      })
  }
}

extension CollapseTest {
  /// The common curve fitted to every point (H0), for choosing the curve by BIC: its
  /// estimates, RSS and whether a hinge threshold or logistic parameter is at an end of its
  /// range.
  ///
  /// - Throws: ``FitError`` when the curve cannot be fitted (a logistic that does not converge
  ///   or is not identified says so).
  public static func commonFit(x: [Double], y: [Double], curve: CollapseCurve, minSide: Int = 5) throws(FitError)
    -> (parameters: [Double], rss: Double, onBoundary: Bool)
  {
    try InputChecks.checkResponse(y: y, weights: nil, parameters: curve.parameterNames.count, extraColumns: [x])
    let fitter = try CollapseFitter(
      x: x, group: [Int](repeating: 0, count: x.count), groupCount: 1, curve: curve, difference: .shift,
      minSide: minSide)
    let h0 = try fitter.h0(y, start: nil, solver: NonlinearLeastSquares())
    return (h0.parameters, h0.rss, h0.onBoundary)
  }

  /// The curve of `curve` with `parameters` at x.
  public static func value(_ curve: CollapseCurve, at x: Double, parameters p: [Double]) -> Double {
    switch curve {
    case .linear: return p[0] + p[1] * x
    case .hinge: return p[0] + p[1] * Swift.max(p[2] - x, 0)
    case .logistic: return LogisticModel.value(at: x, parameters: p)
    }
  }
}
