import LossbookEngine

/// A threshold result offers its bootstrap thresholds to other kinds (`budget`).
extension ThresholdResult: ThresholdDrawing {
  var thresholdEstimate: Double { eta }
  var thresholdDraws: [Double] { interval.thresholds }
}
