internal import CGSL

/// The result of a (weighted) linear least-squares fit.
public struct LinearFit: Sendable, Equatable {
  /// The coefficients, one per design column.
  public var coefficients: [Double]
  /// Their covariance, `RSS / (n − p) · (XᵀWX)⁻¹`, row by row.
  public var covariance: [[Double]]
  /// The (weighted) residual sum of squares.
  public var rss: Double
  /// The number of observations.
  public var n: Int
  /// Residual degrees of freedom, n − p.
  public var dof: Int

  /// The square roots of the covariance's diagonal.
  public var standardErrors: [Double] {
    covariance.indices.map { covariance[$0][$0].squareRoot() }
  }
}

/// Weighted linear least squares for a design matrix, by GSL's SVD with column balancing
/// (`gsl_multifit_wlinear_tsvd`).
///
/// The design holds every regressor explicitly (add a column of ones for an intercept). A
/// singular value below `rankTolerance` times the largest counts as zero; a design of
/// lower rank than its column count is rejected rather than given a minimum-norm answer.
public enum LinearLeastSquares {
  /// The default relative singular-value cut-off: machine epsilon times max(n, p).
  public static func defaultRankTolerance(n: Int, p: Int) -> Double {
    Double.ulpOfOne * Double(Swift.max(n, p))
  }

  /// Fits `y` on the design given as columns (each of length n).
  public static func fit(
    columns: [[Double]], y: [Double], weights: [Double]? = nil, rankTolerance: Double? = nil
  ) throws(FitError) -> LinearFit {
    let n = y.count
    var rowMajor = [Double](repeating: 0, count: n * columns.count)
    for (j, column) in columns.enumerated() {
      if column.count != n { throw .countMismatch(what: "design[\(j + 1)]", expected: n, actual: column.count) }
      for i in 0..<n { rowMajor[i * columns.count + j] = column[i] }
    }
    return try fit(
      rowMajor: rowMajor, columnCount: columns.count, y: y, weights: weights,
      rankTolerance: rankTolerance)
  }

  /// Fits `y` on the design given row-major (`rowMajor[i * columnCount + j]`, n rows).
  public static func fit(
    rowMajor design: [Double], columnCount p: Int, y: [Double], weights: [Double]? = nil,
    rankTolerance: Double? = nil
  ) throws(FitError) -> LinearFit {
    GSLRuntime.start()
    let n = y.count
    if p < 1 { throw .singularDesign(rank: 0, columns: 0) }
    if design.count != n * p { throw .countMismatch(what: "design", expected: n * p, actual: design.count) }
    try InputChecks.checkResponse(y: y, weights: weights, parameters: p)
    let bad = (0..<n).filter { i in (0..<p).contains { !design[i * p + $0].isFinite } }
    if !bad.isEmpty { throw .nonFinite(rows: bad) }
    let tolerance = rankTolerance ?? defaultRankTolerance(n: n, p: p)
    let weightValues = weights ?? [Double](repeating: 1, count: n)
    return try solve(design: design, n: n, p: p, y: y, weights: weightValues, tolerance: tolerance)
  }

  /// Runs GSL on checked inputs.
  private static func solve(
    design: [Double], n: Int, p: Int, y: [Double], weights: [Double], tolerance: Double
  ) throws(FitError) -> LinearFit {
    guard let X = gsl_matrix_alloc(n, p), let yv = gsl_vector_alloc(n), let wv = gsl_vector_alloc(n),
      let c = gsl_vector_alloc(p), let cov = gsl_matrix_alloc(p, p),
      let work = gsl_multifit_linear_alloc(n, p)
    else { throw .gsl(GSLError(status: Int32(GSL_ENOMEM))) }
    defer {
      gsl_matrix_free(X)
      gsl_vector_free(yv)
      gsl_vector_free(wv)
      gsl_vector_free(c)
      gsl_matrix_free(cov)
      gsl_multifit_linear_free(work)
    }
    for i in 0..<n {
      for j in 0..<p { gsl_matrix_set(X, i, j, design[i * p + j]) }
      gsl_vector_set(yv, i, y[i])
      gsl_vector_set(wv, i, weights[i])
    }
    var rss = 0.0
    var rank = 0
    let status = gsl_multifit_wlinear_tsvd(X, wv, yv, tolerance, c, cov, &rss, &rank, work)
    if status != GSL_SUCCESS { throw .gsl(GSLError(status: status)) }
    if rank < p { throw .singularDesign(rank: rank, columns: p) }
    let scale = rss / Double(n - p)
    let covariance = GSLAccess.rows(cov).map { row in row.map { $0 * scale } }
    return LinearFit(
      coefficients: GSLAccess.array(c), covariance: covariance, rss: rss, n: n, dof: n - p)
  }
}
