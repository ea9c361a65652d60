import Testing

@testable import LossbookStats

/// Linear least squares against NIST StRD linear problems (certified values, public domain,
/// from https://www.itl.nist.gov/div898/strd/lls/data/LINKS/DATA/) and a SciPy fixture.
@Suite struct LinearTests {
  /// NIST Norris (36 points, y = B0 + B1 x): data and certified values.
  static let norrisY: [Double] = [
    0.1, 338.8, 118.1, 888.0, 9.2, 228.1, 668.5, 998.5, 449.1, 778.9, 559.2, 0.3, 0.1, 778.1,
    668.8, 339.3, 448.9, 10.8, 557.7, 228.3, 998.0, 888.8, 119.6, 0.3, 0.6, 557.6, 339.3, 888.0,
    998.5, 778.9, 10.2, 117.6, 228.9, 668.4, 449.2, 0.2,
  ]
  static let norrisX: [Double] = [
    0.2, 337.4, 118.2, 884.6, 10.1, 226.5, 666.3, 996.3, 448.6, 777.0, 558.2, 0.4, 0.6, 775.5,
    666.9, 338.0, 447.5, 11.6, 556.0, 228.1, 995.8, 887.6, 120.2, 0.3, 0.3, 556.8, 339.1, 887.2,
    999.0, 779.0, 11.1, 118.3, 229.2, 669.1, 448.9, 0.5,
  ]
  static let norrisCertified: [Double] = [-0.262323073774029, 1.00211681802045]
  static let norrisCertifiedSE: [Double] = [0.232818234301152, 0.429796848199937E-03]
  static let norrisResidualSD = 0.884796396144373
  static let norrisR2 = 0.999993745883712

  @Test func norrisByTheBuiltinLinearModel() throws {
    let fit = try BuiltinModel.linear.fit(x: Self.norrisX, y: Self.norrisY)
    for j in 0..<2 {
      #expect(logRelativeError(fit.estimates[j], Self.norrisCertified[j]) >= 12)
      #expect(logRelativeError(fit.standardErrors[j], Self.norrisCertifiedSE[j]) >= 12)
    }
    #expect(logRelativeError(fit.sigma, Self.norrisResidualSD) >= 12)
    #expect(logRelativeError(fit.r2, Self.norrisR2) >= 12)
    #expect(fit.parameterNames == ["b0", "b1"])
    #expect(fit.converged && fit.iterations == 0 && fit.stopReason == .closedForm)
    #expect(fit.dof == 34)
    #expect(abs(fit.predict(500) - (fit.estimates[0] + 500 * fit.estimates[1])) < 1e-12)
  }

  @Test func norrisByTheDesignMatrixSolver() throws {
    let ones = [Double](repeating: 1, count: Self.norrisX.count)
    let fit = try LinearLeastSquares.fit(columns: [ones, Self.norrisX], y: Self.norrisY)
    for j in 0..<2 {
      #expect(logRelativeError(fit.coefficients[j], Self.norrisCertified[j]) >= 10)
      #expect(logRelativeError(fit.standardErrors[j], Self.norrisCertifiedSE[j]) >= 10)
    }
  }

  /// NIST Longley (16 points, 6 nearly collinear regressors): y, then x1 to x6 per row.
  static let longley: [[Double]] = [
    [60323, 83.0, 234289, 2356, 1590, 107608, 1947], [61122, 88.5, 259426, 2325, 1456, 108632, 1948],
    [60171, 88.2, 258054, 3682, 1616, 109773, 1949], [61187, 89.5, 284599, 3351, 1650, 110929, 1950],
    [63221, 96.2, 328975, 2099, 3099, 112075, 1951], [63639, 98.1, 346999, 1932, 3594, 113270, 1952],
    [64989, 99.0, 365385, 1870, 3547, 115094, 1953], [63761, 100.0, 363112, 3578, 3350, 116219, 1954],
    [66019, 101.2, 397469, 2904, 3048, 117388, 1955], [67857, 104.6, 419180, 2822, 2857, 118734, 1956],
    [68169, 108.4, 442769, 2936, 2798, 120445, 1957], [66513, 110.8, 444546, 4681, 2637, 121950, 1958],
    [68655, 112.6, 482704, 3813, 2552, 123366, 1959], [69564, 114.2, 502601, 3931, 2514, 125368, 1960],
    [69331, 115.7, 518173, 4806, 2572, 127852, 1961], [70551, 116.9, 554894, 4007, 2827, 130081, 1962],
  ]
  static let longleyCertified: [Double] = [
    -3482258.63459582, 15.0618722713733, -0.358191792925910E-01, -2.02022980381683,
    -1.03322686717359, -0.511041056535807E-01, 1829.15146461355,
  ]
  static let longleyCertifiedSE: [Double] = [
    890420.383607373, 84.9149257747669, 0.334910077722432E-01, 0.488399681651699,
    0.214274163161675, 0.226073200069370, 455.478499142212,
  ]

  @Test func longleyByTheDesignMatrixSolver() throws {
    let y = Self.longley.map { $0[0] }
    let columns = [Self.longley.map { _ in 1.0 }] + (1...6).map { j in Self.longley.map { $0[j] } }
    let fit = try LinearLeastSquares.fit(columns: columns, y: y)
    for j in 0..<7 {
      #expect(logRelativeError(fit.coefficients[j], Self.longleyCertified[j]) >= 8, "B\(j)")
      #expect(logRelativeError(fit.standardErrors[j], Self.longleyCertifiedSE[j]) >= 8, "SD(B\(j))")
    }
    // Residual SD 304.854073561965 (certified).
    #expect(logRelativeError((fit.rss / Double(fit.dof)).squareRoot(), 304.854073561965) >= 8)
  }

  @Test func weightedLineMatchesSciPy() throws {
    let reference = ReferenceFixture.linearWeighted
    let fit = try BuiltinModel.linear.fit(x: reference.x, y: reference.y, weights: reference.weights)
    for j in 0..<2 {
      #expect(relativeError(fit.estimates[j], reference.estimates[j]) < 1e-10)
      #expect(relativeError(fit.standardErrors[j], reference.standardErrors[j]) < 1e-8)
    }
    #expect(relativeError(fit.rss, reference.rss) < 1e-10)
    let ones = [Double](repeating: 1, count: reference.x.count)
    let general = try LinearLeastSquares.fit(columns: [ones, reference.x], y: reference.y, weights: reference.weights)
    for j in 0..<2 {
      #expect(relativeError(general.coefficients[j], reference.estimates[j]) < 1e-10)
      #expect(relativeError(general.standardErrors[j], reference.standardErrors[j]) < 1e-8)
    }
  }

  @Test func rowMajorAndColumnDesignsAgree() throws {
    let x: [Double] = [0.3, 1.7, 2.2, 3.9, 4.4, 5.8, 7.1]
    let y: [Double] = [1.15, 2.31, 2.24, 3.95, 4.07, 5.52, 6.83]
    let columns: [[Double]] = [x.map { _ in 1 }, x, x.map { $0 * $0 }]
    let byColumns = try LinearLeastSquares.fit(columns: columns, y: y)
    let rowMajor: [Double] = x.flatMap { value -> [Double] in [1, value, value * value] }
    let byRows = try LinearLeastSquares.fit(rowMajor: rowMajor, columnCount: 3, y: y)
    #expect(byColumns == byRows)
  }

  @Test func collinearDesignIsRejected() {
    let x: [Double] = [0.3, 1.7, 2.2, 3.9, 4.4, 5.8]
    let y: [Double] = [1.1, 2.3, 2.2, 3.9, 4.0, 5.5]
    #expect(throws: FitError.singularDesign(rank: 2, columns: 3)) {
      let columns: [[Double]] = [x.map { _ in 1 }, x, x.map { 2 * $0 - 1 }]
      return try LinearLeastSquares.fit(columns: columns, y: y)
    }
  }

  @Test func simpleRegressionAllowsConstantY() throws {
    let line = try SimpleRegression(x: [1, 2, 3, 4], y: [0.25, 0.25, 0.25, 0.25])
    #expect(line.slope == 0 && line.intercept == 0.25 && line.rss == 0)
  }
}
