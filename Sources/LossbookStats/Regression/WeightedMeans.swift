/// Σw and the weighted means of x and y (each weight 1 when `weights` is nil), summed in index
/// order: the first pass of every centred (two-pass) least-squares set-up in this module.
struct WeightedMeans {
  /// Σw (n when unweighted).
  let totalWeight: Double
  /// Σ w x / Σw.
  let meanX: Double
  /// Σ w y / Σw.
  let meanY: Double

  /// Sums over `x.indices`; `y` and `weights` must be as long as `x` (checked by the caller).
  init(x: [Double], y: [Double], weights: [Double]?) {
    var sumW = 0.0
    var sumWX = 0.0
    var sumWY = 0.0
    for i in x.indices {
      let w = weights?[i] ?? 1
      sumW += w
      sumWX += w * x[i]
      sumWY += w * y[i]
    }
    totalWeight = sumW
    meanX = sumWX / sumW
    meanY = sumWY / sumW
  }
}
