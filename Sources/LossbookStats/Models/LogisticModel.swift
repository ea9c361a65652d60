import Foundation

/// The logistic curve `y = lo + (hi − lo) / (1 + exp((x − mid) / width))`: the smooth
/// alternative to a threshold.
///
/// (lo, hi, mid, width) and (hi, lo, mid, −width) are the same curve. Fits are reported with
/// `width > 0`, so `hi` is the level at low x (low loss) and `lo` the level at high x.
enum LogisticModel {
  static let parameterNames = ["lo", "hi", "mid", "width"]

  /// The logistic curve at `x`.
  static func value(at x: Double, parameters: [Double]) -> Double {
    let (s, _) = shares((x - parameters[2]) / parameters[3])
    return parameters[0] + (parameters[1] - parameters[0]) * s
  }

  /// The gradient in (lo, hi, mid, width) at `x` (see ``nonlinearModel(x:)``).
  static func gradient(at x: Double, parameters: [Double]) -> [Double] {
    let u = (x - parameters[2]) / parameters[3]
    let (s, complement) = shares(u)
    let slope = (parameters[1] - parameters[0]) * s * complement / parameters[3]
    return [complement, s, slope, slope * u]
  }

  /// `s = 1 / (1 + e^u)` and `1 − s`, computed without overflow for any `u`.
  @inline(__always)
  static func shares(_ u: Double) -> (s: Double, complement: Double) {
    shares(u, exponential: exp(u > 0 ? -u : u))
  }

  /// ``shares(_:)`` given `t = exp(−|u|)`.
  @inline(__always)
  static func shares(_ u: Double, exponential t: Double) -> (s: Double, complement: Double) {
    if u > 0 { return (t / (1 + t), 1 / (1 + t)) }
    return (1 / (1 + t), t / (1 + t))
  }

  /// The model with its analytic Jacobian, for the predictor values `x`.
  ///
  /// With `u = (x − mid) / width` and `s = 1 / (1 + e^u)`: ∂/∂lo = 1 − s, ∂/∂hi = s,
  /// ∂/∂mid = (hi − lo) s (1 − s) / width, ∂/∂width = (hi − lo) s (1 − s) u / width.
  static func nonlinearModel(x: [Double]) -> NonlinearModel {
    let cache = ExponentialCache(count: x.count)
    return NonlinearModel(parameterNames: parameterNames) { parameters, values, jacobian in
      let lo = parameters[0]
      let hi = parameters[1]
      let mid = parameters[2]
      let width = parameters[3]
      let rise = hi - lo
      /// GSL asks for the Jacobian at the point whose residuals it evaluated last (the
      /// start, then each accepted step), so the values pass keeps u and exp(−|u|) per
      /// point and a Jacobian pass at the same (mid, width) reuses them instead of calling
      /// exp again. Same numbers from the same expressions, so the same bits. Loops run
      /// over unchecked views (the solver's hot path).
      let reuse = jacobian != nil && cache.holds(mid: mid, width: width)
      x.withUnsafeBufferPointer { x in
        cache.u.withUnsafeMutableBufferPointer { cachedU in
          cache.exponential.withUnsafeMutableBufferPointer { cachedT in
            if let jacobian {
              for i in 0..<x.count {
                let u: Double
                let t: Double
                if reuse {
                  u = cachedU[i]
                  t = cachedT[i]
                } else {
                  u = (x[i] - mid) / width
                  t = exp(u > 0 ? -u : u)
                }
                let (s, complement) = shares(u, exponential: t)
                values[i] = lo + rise * s
                let slope = rise * s * complement / width
                jacobian[i * 4] = complement
                jacobian[i * 4 + 1] = s
                jacobian[i * 4 + 2] = slope
                jacobian[i * 4 + 3] = slope * u
              }
            } else {
              for i in 0..<x.count {
                let u = (x[i] - mid) / width
                let t = exp(u > 0 ? -u : u)
                cachedU[i] = u
                cachedT[i] = t
                values[i] = lo + rise * shares(u, exponential: t).s
              }
            }
          }
        }
      }
      if jacobian == nil { cache.remember(mid: mid, width: width) }
    }
  }

  /// Per-point u and exp(−|u|) of the last values pass, and the (mid, width) they belong to
  /// (compared bit for bit). One per model instance; a model is used on one thread.
  final class ExponentialCache {
    var u: [Double]
    var exponential: [Double]
    private var mid: UInt64?
    private var width: UInt64 = 0

    init(count: Int) {
      u = [Double](repeating: 0, count: count)
      exponential = [Double](repeating: 0, count: count)
    }

    func holds(mid: Double, width: Double) -> Bool {
      self.mid == mid.bitPattern && self.width == width.bitPattern
    }

    func remember(mid: Double, width: Double) {
      self.mid = mid.bitPattern
      self.width = width.bitPattern
    }
  }

  /// Data-driven starting values, in a fixed order.
  ///
  /// Levels: min and max of y, in both orders (a falling and a rising curve). Midpoints: the x
  /// quantiles 1/6, 2/6, …, 5/6 (type 7), the middle first. Width: a tenth of the x range.
  static func starts(x: [Double], y: [Double]) -> [[Double]] {
    let sortedX = x.sorted()
    let low = y.min() ?? 0
    let high = y.max() ?? 1
    let width = ((sortedX.last ?? 1) - (sortedX.first ?? 0)) / 10
    var starts: [[Double]] = []
    for fraction in [3.0, 2, 4, 1, 5] {
      let mid = quantile(sorted: sortedX, fraction / 6)
      starts.append([low, high, mid, width])
      starts.append([high, low, mid, width])
    }
    return starts
  }

  /// The type-7 quantile (linear interpolation) of sorted, non-empty data.
  static func quantile(sorted: [Double], _ q: Double) -> Double {
    let h = Double(sorted.count - 1) * q
    let below = Int(h.rounded(.down))
    let above = Swift.min(below + 1, sorted.count - 1)
    return sorted[below] + (h - Double(below)) * (sorted[above] - sorted[below])
  }

  /// The default boxes of STATS.md 2.1: lo and hi in [−0.1, 1.1] when every y lies in
  /// [0, 1] (else free); mid within [min x − range, max x + range]; width within
  /// [range / 1000, range], range = max x − min x. `overrides` replace them by name.
  static func bounds(x: [Double], y: [Double], overrides: [String: ParameterBound]) -> [ParameterBound?] {
    let low = x.min() ?? 0
    let high = x.max() ?? 1
    let range = high - low
    let level: ParameterBound? = y.allSatisfy { $0 >= 0 && $0 <= 1 } ? ParameterBound(low: -0.1, high: 1.1) : nil
    let defaults: [ParameterBound?] = [
      level, level, ParameterBound(low: low - range, high: high + range),
      ParameterBound(low: range / 1000, high: range),
    ]
    return parameterNames.indices.map { overrides[parameterNames[$0]] ?? defaults[$0] }
  }

  /// Restart starts: the data starts' levels and midpoints with widths range / 30 and range / 3.
  static func retryStarts(x: [Double], y: [Double]) -> [[Double]] {
    let range = (x.max() ?? 1) - (x.min() ?? 0)
    return [range / 30, range / 3].flatMap { width in
      starts(x: x, y: y).map { [$0[0], $0[1], $0[2], width] }
    }
  }

  /// Fits from every start within the bounds (the user's `starts:` first); the converged
  /// fit with the smallest RSS wins (the first on ties), with restarts when it is not
  /// eligible (``MultiStartFit``).
  ///
  /// - Throws: input errors, a user start outside the bounds, or no run with finite numbers.
  static func fit(
    x: [Double], y: [Double], weights: [Double]?, options: FitOptions,
    solver: NonlinearLeastSquares
  ) throws(FitError) -> ModelFit {
    try InputChecks.checkCurve(x: x, y: y, weights: weights, parameters: 4)
    let bounds = bounds(x: x, y: y, overrides: options.bounds)
    let own = starts(x: x, y: y).map { inside($0, bounds) }
    let given = options.starts.map { point in parameterNames.indices.map { point[parameterNames[$0]] ?? own[0][$0] } }
    let outcome = try MultiStartFit(model: nonlinearModel(x: x), modelName: "logistic", bounds: bounds).run(
      y: y, weights: weights, starts: given + own, retryStarts: retryStarts(x: x, y: y).map { inside($0, bounds) },
      options: options, solver: solver)
    return ModelFit(builtin: .logistic, result: canonical(outcome.result), y: y, weights: weights)
      .with(outcome, bounds: bounds)
  }

  /// A built-in start moved just inside its bounds (a thousandth of a box's width in).
  static func inside(_ start: [Double], _ bounds: [ParameterBound?]) -> [Double] {
    start.indices.map { j in
      guard let bound = bounds[j] else { return start[j] }
      let margin =
        bound.low.isFinite && bound.high.isFinite
        ? (bound.high - bound.low) * 1e-3 : 1e-3 * Swift.max(abs(start[j]), 1)
      var value = start[j]
      if bound.low.isFinite { value = Swift.max(value, bound.low + margin) }
      if bound.high.isFinite { value = Swift.min(value, bound.high - margin) }
      return value
    }
  }

  /// Rewrites a result with negative width as the same curve with positive width:
  /// (lo, hi, mid, width) → (hi, lo, mid, −width), covariance and trace included.
  static func canonical(_ result: NonlinearResult) -> NonlinearResult {
    guard result.parameters[3] < 0 else { return result }
    let order = [1, 0, 2, 3]
    let sign: [Double] = [1, 1, 1, -1]
    func flip(_ parameters: [Double]) -> [Double] { (0..<4).map { sign[$0] * parameters[order[$0]] } }
    var flipped = result
    flipped.parameters = flip(result.parameters)
    flipped.covariance = (0..<4).map { i in
      (0..<4).map { j in sign[i] * sign[j] * result.covariance[order[i]][order[j]] }
    }
    flipped.standardErrors = (0..<4).map { result.standardErrors[order[$0]] }
    flipped.trace = result.trace.map {
      TraceStep(iteration: $0.iteration, rss: $0.rss, parameters: flip($0.parameters))
    }
    return flipped
  }
}
