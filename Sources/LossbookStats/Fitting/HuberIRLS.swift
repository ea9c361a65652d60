/// The Huber loss by iteratively reweighted least squares (IRLS).
///
/// With base weights b_i (1 without weights) and weighted residuals e_i = sqrt(b_i) r_i, each
/// round refits by weighted least squares with weights b_i m_i, m_i = 1 when |e_i| ≤ delta
/// and delta / |e_i| beyond. A fixed point is a stationary point of `Σ ρ(e_i)`, the Huber
/// objective. Rounds stop when no parameter moves by more than ``FitOptions/huberTolerance``
/// relative to `max(|θ|, 1)`, or after ``FitOptions/huberMaxIterations`` rounds.
///
/// The reported RSS, covariance, AIC and BIC are those of the last weighted fit (the
/// weights b_i m_i); the Huber objective is reported beside them.
enum HuberIRLS {
  /// Runs the rounds. `fit(weights, start)` fits with the given weights from `start` (nil:
  /// the model's own starts), and `predictors` are the model's rows for residuals.
  static func run(
    y: [Double], predictors: [[Double]], baseWeights: [Double]?, delta: Double,
    options: FitOptions,
    fit: (_ weights: [Double]?, _ start: [Double]?) throws(FitError) -> ModelFit
  ) throws(FitError) -> ModelFit {
    let n = y.count
    let base = baseWeights ?? [Double](repeating: 1, count: n)
    var current = try fit(baseWeights, nil)
    var rounds = 0
    var converged = false
    while rounds < options.huberMaxIterations {
      let weights = (0..<n).map { i -> Double in
        let e = base[i].squareRoot() * (y[i] - current.predict(row: row(predictors, i)))
        return abs(e) <= delta ? base[i] : base[i] * delta / abs(e)
      }
      let next = try fit(weights, current.estimates)
      rounds += 1
      let moved = zip(next.estimates, current.estimates).map { abs($0 - $1) / Swift.max(abs($1), 1) }
      current = next
      if (moved.max() ?? 0) <= options.huberTolerance {
        converged = true
        break
      }
    }
    var objective = 0.0
    for i in 0..<n {
      let e = abs(base[i].squareRoot() * (y[i] - current.predict(row: row(predictors, i))))
      objective += e <= delta ? e * e / 2 : delta * (e - delta / 2)
    }
    current.huber = HuberSummary(delta: delta, objective: objective, rounds: rounds, converged: converged)
    return current
  }

  /// Row `i` of column-major predictors.
  static func row(_ predictors: [[Double]], _ i: Int) -> [Double] {
    predictors.map { $0[i] }
  }
}
