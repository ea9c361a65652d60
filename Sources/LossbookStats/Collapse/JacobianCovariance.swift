/// The covariance sigma² (JᵀJ)⁻¹ of least-squares estimates from the Jacobian's columns, with
/// the columns scaled to unit norm before a Cholesky inversion (and unscaled after), so that
/// columns of very different sizes (a threshold in loss units, dummies of 0 and 1) keep their
/// digits. Nil when JᵀJ is numerically singular (a column that is zero, or a combination of
/// the others, within `tolerance` of the scaled diagonal): a parameter is then not identified.
enum JacobianCovariance {
  static func covariance(columns: [[Double]], sigma2: Double, tolerance: Double = 1e-12) -> [[Double]]? {
    let p = columns.count
    guard p > 0 else { return [] }
    var norms = [Double](repeating: 0, count: p)
    for j in 0..<p {
      var s = 0.0
      for v in columns[j] { s += v * v }
      norms[j] = s.squareRoot()
      if !(norms[j] > 0) || !norms[j].isFinite { return nil }
    }
    // A = D⁻¹ JᵀJ D⁻¹ (unit diagonal).
    var a = [[Double]](repeating: [Double](repeating: 0, count: p), count: p)
    for i in 0..<p {
      for j in i..<p {
        var s = 0.0
        let ci = columns[i]
        let cj = columns[j]
        for r in 0..<ci.count { s += ci[r] * cj[r] }
        a[i][j] = s / (norms[i] * norms[j])
        a[j][i] = a[i][j]
      }
    }
    // Cholesky A = L Lᵀ.
    var l = [[Double]](repeating: [Double](repeating: 0, count: p), count: p)
    for i in 0..<p {
      for j in 0...i {
        var s = a[i][j]
        for k in 0..<j { s -= l[i][k] * l[j][k] }
        if i == j {
          guard s > tolerance else { return nil }
          l[i][i] = s.squareRoot()
        } else {
          l[i][j] = s / l[j][j]
        }
      }
    }
    // L⁻¹, then A⁻¹ = L⁻ᵀ L⁻¹.
    var inverseL = [[Double]](repeating: [Double](repeating: 0, count: p), count: p)
    for i in 0..<p {
      inverseL[i][i] = 1 / l[i][i]
      for j in 0..<i {
        var s = 0.0
        for k in j..<i { s -= l[i][k] * inverseL[k][j] }
        inverseL[i][j] = s / l[i][i]
      }
    }
    var out = [[Double]](repeating: [Double](repeating: 0, count: p), count: p)
    for i in 0..<p {
      for j in 0...i {
        var s = 0.0
        for k in i..<p { s += inverseL[k][i] * inverseL[k][j] }
        let v = sigma2 * s / (norms[i] * norms[j])
        out[i][j] = v
        out[j][i] = v
      }
    }
    return out
  }
}
