import LossbookRender

extension FitResult: CurveDrawing {
  var curveY: String { y }
  var curveModels: [String] { fits.map(\.name) }
  var defaultCurveModel: String? { best }

  func curve(model name: String, level: Double, band: Bool, over xRange: ClosedRange<Double>) -> FittedCurve? {
    // A model left out of the comparison (unidentified, not converged) is not drawn.
    guard let model = fit(named: name), model.predictorCount == 1, model.status.isEligible else { return nil }
    let (lo, hi) = (xRange.lowerBound, xRange.upperBound)
    let grid = (0...200).map { lo + (hi - lo) * Double($0) / 200 }
    let points = grid.map { ChartPoint(x: $0, y: model.predict($0)) }
    var bandPoints: [ChartBandPoint]? = nil
    if band && model.hasGradient {
      var out: [ChartBandPoint] = []
      for x in grid {
        if let b = model.band(at: x, level: level) { out.append(ChartBandPoint(x: x, lower: b.lower, upper: b.upper)) }
      }
      bandPoints = out
    }
    return FittedCurve(model: name, y: y, points: points, band: bandPoints)
  }
}
