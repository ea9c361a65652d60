/// The `at_bound` result of a profiled threshold model (hinge, segmented) whose best
/// threshold is an end of the allowed range: "no threshold inside the data".
enum ProfiledFit {
  /// The fit at the profile's optimum with parameter `edge` (the threshold) held at its end:
  /// the other parameters' covariance is evaluated with it fixed, and it has none.
  ///
  /// - Throws: ``FitError`` when the evaluation fails (non-finite numbers).
  static func atEdge(
    _ builtin: BuiltinModel, model: NonlinearModel, estimates: [Double], edge: Int, side: BoundSide,
    y: [Double], weights: [Double]?, options: FitOptions, solver: NonlinearLeastSquares
  ) throws(FitError) -> ModelFit {
    let p = estimates.count
    let free = (0..<p).filter { $0 != edge }
    var settings = options.nonlinear
    settings.rejectUnidentified = false
    let evaluated = try solver.evaluateBuiltin(
      FixedParameterModel.wrap(model, free: free, values: estimates), y: y, weights: weights,
      at: free.map { estimates[$0] }, options: settings)
    var covariance = [[Double]](repeating: [Double](repeating: .nan, count: p), count: p)
    var inverseVIF = [Double](repeating: 1, count: p)
    for (a, i) in free.enumerated() {
      inverseVIF[i] = evaluated.identification.inverseVIF[a]
      for (b, j) in free.enumerated() { covariance[i][j] = evaluated.covariance[a][b] }
    }
    var result = evaluated
    result.parameters = estimates
    result.covariance = covariance
    result.standardErrors = (0..<p).map { covariance[$0][$0].squareRoot() }
    result.identification = Identification(inverseVIF: inverseVIF)
    var fit = ModelFit(builtin: builtin, result: result, y: y, weights: weights)
    fit.status = FitClassifier.classify(
      model: builtin.rawValue, names: builtin.parameterNames, estimates: estimates,
      standardErrors: fit.standardErrors, inverseVIF: inverseVIF, onBound: [(edge, side)],
      collinearityTolerance: options.nonlinear.collinearityTolerance)
    if fit.status.kind == .unidentified, let j = fit.status.parameter.flatMap(fit.parameterNames.firstIndex(of:)) {
      fit.standardErrors[j] = .nan
      fit.intervals[j] = Interval(lower: .nan, upper: .nan)
    }
    return fit
  }
}
