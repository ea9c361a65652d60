import LossbookRender

extension ThresholdResult: ThresholdMarking {
  var thresholdMarks: ThresholdMarks {
    ThresholdMarks(
      y: y, eta: eta, lower: interval.interval?.lower, upper: interval.interval?.upper, level: settings.level,
      method: ThresholdHTML.shortMethod(interval.method), verdict: ThresholdHTML.verdictWord(verdict),
      hingeLevel: hingeLevel, hingeSlope: hingeSlope, bestModel: fits.bestByBIC)
  }

  func bestCurve(over xRange: ClosedRange<Double>) -> FittedCurve {
    let best = fits.bestByBIC
    let (lo, hi) = (xRange.lowerBound, xRange.upperBound)
    var points: [ChartPoint] = []
    for i in 0...200 {
      let x = lo + (hi - lo) * Double(i) / 200
      let value: Double
      switch best {
      case "logistic":
        if let logistic = fits.logistic { value = logistic.predict(x) } else { value = fits.linear.predict(x) }
      case "hinge": value = hingeLevel + hingeSlope * max(eta - x, 0)
      default: value = fits.linear.predict(x)
      }
      points.append(ChartPoint(x: x, y: value))
    }
    return FittedCurve(model: best, y: y, points: points, band: nil)
  }
}
