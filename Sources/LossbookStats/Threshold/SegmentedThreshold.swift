/// The segmented (broken-line) model `y = b0 + b1 x + b2 (x − psi)₊` of R's segmented
/// package, fitted at its global least-squares optimum, with psi's standard error.
///
/// The threshold is the maximiser of the RSS drop over every gap (``BrokenLineScan``, exact
/// inside each gap), so a local search cannot stop at a nearby kink as segmented's iterative
/// algorithm can. Then (b0, b1, b2) are the OLS coefficients at psi, and the covariance is
/// sigma² (JᵀJ)⁻¹ with sigma² = RSS / (n − 4) and the Jacobian columns
/// (1, x, (x − psi)₊, −b2 · 1[x > psi]) — the standard error that `summary(segmented(...))`
/// reports, which is SE(gamma) / |b2| for its linearised regressor.
public struct SegmentedThreshold: Sendable, Equatable {
  /// The threshold psi.
  public var psi: Double
  /// Its standard error.
  public var psiStandardError: Double
  /// The slope below psi, b1.
  public var slopeLeft: Double
  /// The slope above psi, b1 + b2.
  public var slopeRight: Double
  /// The intercept b0.
  public var intercept: Double
  /// The residual sum of squares.
  public var rss: Double
  /// The number of points.
  public var n: Int

  /// Fits the model; psi leaves at least `minSide` points strictly below it and as many at
  /// or above it (default 5).
  ///
  /// - Throws: ``ThresholdError`` for bad input, fewer than 6 points or 4 distinct x,
  ///   constant scores, or no allowed threshold.
  public static func fit(x: [Double], y: [Double], minSide: Int = 5) throws(ThresholdError) -> SegmentedThreshold {
    let sample = try ThresholdSample(x: x, y: y)
    try sample.require(points: 6, distinctX: 4)
    let scan = try BrokenLineScan(sortedX: sample.x, candidates: .allGaps, minSide: minSide)
    var residuals = [Double](repeating: 0, count: sample.count)
    let best = sample.y.withUnsafeBufferPointer { yBuffer in
      residuals.withUnsafeMutableBufferPointer { rBuffer in
        _ = scan.nullResiduals(yBuffer, into: rBuffer)
        return scan.largestDrop(residuals: UnsafeBufferPointer(rBuffer))
      }
    }
    let psi = best.eta
    let hinge = sample.x.map { Swift.max($0 - psi, 0) }
    let ones = [Double](repeating: 1, count: sample.count)
    do {
      let line = try LinearLeastSquares.fit(columns: [ones, sample.x, hinge], y: sample.y)
      let b2 = line.coefficients[2]
      let step = sample.x.map { $0 > psi ? -b2 : 0 }
      let linearised = try LinearLeastSquares.fit(columns: [ones, sample.x, hinge, step], y: sample.y)
      let variance = line.rss / Double(sample.count - 4)
      let unscaled = linearised.covariance[3][3] / (linearised.rss / Double(sample.count - 4))
      return SegmentedThreshold(
        psi: psi, psiStandardError: (variance * unscaled).squareRoot(),
        slopeLeft: line.coefficients[1], slopeRight: line.coefficients[1] + b2,
        intercept: line.coefficients[0], rss: line.rss, n: sample.count)
    } catch {
      throw .fit(error)
    }
  }
}
