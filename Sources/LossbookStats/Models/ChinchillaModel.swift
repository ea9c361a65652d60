import Foundation

/// Hoffmann et al.'s loss law `L = E + A / N^alpha + B / D^beta`, fitted as in their
/// Approach 3: residuals on the log scale, `log L̂ − log L`, with E, A and B constrained
/// positive (fitted as e = log E, a = log A, b = log B), from the Hoffmann grid of starts.
///
/// The Hoffmann grid: alpha, beta ∈ {0, 0.5, …, 2}, e ∈ {−1, −0.5, …, 1},
/// a, b ∈ {0, 5, …, 25} (4,500 points). Every grid point's objective (the RSS, or the
/// Huber objective when ``FitOptions/huberDelta`` is set) is computed; the best
/// ``FitOptions/gridRefine`` points are polished by the solver (each by its own Huber
/// reweighting when robust), and the smallest objective wins.
enum ChinchillaModel {
  static let parameterNames = ["E", "A", "B", "alpha", "beta"]
  static let positive = [true, true, true, false, false]
  /// The grid's values of alpha and beta.
  static let exponentGrid = [0.0, 0.5, 1, 1.5, 2]
  /// The grid's values of e = log E.
  static let logEGrid = [-1.0, -0.5, 0, 0.5, 1]
  /// The grid's values of a = log A and b = log B.
  static let logScaleGrid = [0.0, 5, 10, 15, 20, 25]

  /// `log(E + A N^−alpha + B D^−beta)` for a row (N, D).
  static func value(row: [Double], parameters p: [Double]) -> Double {
    log(p[0] + p[1] * pow(row[0], -p[3]) + p[2] * pow(row[1], -p[4]))
  }

  /// The gradient of ``value(row:parameters:)`` in (E, A, B, alpha, beta).
  static func gradient(row: [Double], parameters p: [Double]) -> [Double] {
    let n = pow(row[0], -p[3])
    let d = pow(row[1], -p[4])
    let l = p[0] + p[1] * n + p[2] * d
    return [1 / l, n / l, d / l, -p[1] * n * log(row[0]) / l, -p[2] * d * log(row[1]) / l]
  }

  /// The model in (E, A, B, alpha, beta) with its analytic Jacobian.
  static func nonlinearModel(logN: [Double], logD: [Double]) -> NonlinearModel {
    NonlinearModel(parameterNames: parameterNames) { p, values, jacobian in
      for i in logN.indices {
        let n = exp(-p[3] * logN[i])
        let d = exp(-p[4] * logD[i])
        let l = p[0] + p[1] * n + p[2] * d
        values[i] = log(l)
        guard let jacobian else { continue }
        jacobian[i * 5] = 1 / l
        jacobian[i * 5 + 1] = n / l
        jacobian[i * 5 + 2] = d / l
        jacobian[i * 5 + 3] = -p[1] * n * logN[i] / l
        jacobian[i * 5 + 4] = -p[2] * d * logD[i] / l
      }
    }
  }

  /// The grid points (natural scale) ordered by their objective, best first (stable).
  static func screenedStarts(
    logN: [Double], logD: [Double], logL: [Double], weights: [Double]?, huberDelta: Double?
  ) -> [[Double]] {
    let n = logL.count
    let nPowers = exponentGrid.map { alpha in logN.map { exp(-alpha * $0) } }
    let dPowers = exponentGrid.map { beta in logD.map { exp(-beta * $0) } }
    let sqrtW = weights?.map { $0.squareRoot() }
    var scored: [(objective: Double, start: [Double])] = []
    scored.reserveCapacity(
      exponentGrid.count * exponentGrid.count * logEGrid.count * logScaleGrid.count * logScaleGrid.count)
    for (ai, alpha) in exponentGrid.enumerated() {
      for (bi, beta) in exponentGrid.enumerated() {
        for e in logEGrid {
          for a in logScaleGrid {
            for b in logScaleGrid {
              let E = exp(e)
              let A = exp(a)
              let B = exp(b)
              var objective = 0.0
              for i in 0..<n {
                var r = log(E + A * nPowers[ai][i] + B * dPowers[bi][i]) - logL[i]
                if let sqrtW { r *= sqrtW[i] }
                if let delta = huberDelta {
                  let m = abs(r)
                  objective += m <= delta ? m * m / 2 : delta * (m - delta / 2)
                } else {
                  objective += r * r
                }
              }
              scored.append((objective.isFinite ? objective : .infinity, [E, A, B, alpha, beta]))
            }
          }
        }
      }
    }
    let order = scored.indices.sorted {
      scored[$0].objective < scored[$1].objective || (scored[$0].objective == scored[$1].objective && $0 < $1)
    }
    return order.map { scored[$0].start }
  }

  /// Fits the law to losses `loss` at sizes `n` and token counts `d` (all positive), from the
  /// best points of the Hoffmann grid, or from `start` alone (a refit, such as a bootstrap
  /// replicate's, started at the full data's estimate).
  ///
  /// The returned fit's y scale is log L: its RSS, R², AIC and BIC are of the log residuals.
  static func fit(
    n: [Double], d: [Double], loss: [Double], weights: [Double]?, options: FitOptions,
    solver: NonlinearLeastSquares, start: [Double]? = nil
  ) throws(FitError) -> ModelFit {
    if n.count != loss.count { throw .countMismatch(what: "N", expected: loss.count, actual: n.count) }
    if d.count != loss.count { throw .countMismatch(what: "D", expected: loss.count, actual: d.count) }
    try InputChecks.checkResponse(y: loss, weights: weights, parameters: 5, extraColumns: [n, d])
    let bad = loss.indices.filter { n[$0] <= 0 || d[$0] <= 0 || loss[$0] <= 0 }
    if !bad.isEmpty { throw .outsideDomain(rows: bad, requirement: .chinchillaPositive) }
    if InputChecks.isConstant(loss) { throw .constantY }
    if InputChecks.isConstant(n) || InputChecks.isConstant(d) { throw .constantX }
    let logN = n.map { log($0) }
    let logD = d.map { log($0) }
    let logL = loss.map { log($0) }
    let polished: [[Double]]
    if let start {
      polished = [start]
    } else {
      let starts = screenedStarts(logN: logN, logD: logD, logL: logL, weights: weights, huberDelta: options.huberDelta)
      polished = Array(starts.prefix(Swift.max(options.gridRefine, 1)))
    }
    let bounds = positive.map { $0 ? ParameterBound.positive : nil }
    let model = MultiStartFit(model: nonlinearModel(logN: logN, logD: logD), modelName: "chinchilla", bounds: bounds)
    /// One start, no restarts: the grid is the restart strategy, and a start that fails is skipped.
    func single(_ w: [Double]?, _ start: [Double]) throws(FitError) -> ModelFit {
      let outcome = try model.run(
        y: logL, weights: w, starts: [start], options: options, solver: solver, restarts: false)
      if outcome.status.kind == .unidentified { throw .singularJacobian }
      return ModelFit(builtin: .chinchilla, result: outcome.result, y: logL, weights: w).with(outcome, bounds: bounds)
    }
    var best: ModelFit?
    var firstError: FitError?
    for start in polished {
      do {
        let fit: ModelFit
        if let delta = options.huberDelta {
          fit = try HuberIRLS.run(
            y: logL, predictors: [n, d], baseWeights: weights, delta: delta, options: options
          ) { (w, s) throws(FitError) -> ModelFit in try single(w, s ?? start) }
        } else {
          fit = try single(weights, start)
        }
        let objective = fit.huber?.objective ?? fit.rss
        if objective < (best.map { $0.huber?.objective ?? $0.rss } ?? .infinity) { best = fit }
      } catch {
        if firstError == nil { firstError = error }
      }
    }
    guard let best else { throw firstError ?? .didNotConverge(iterations: 0, reason: .noGridPointConverged) }
    return best
  }
}
