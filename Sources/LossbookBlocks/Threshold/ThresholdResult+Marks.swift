extension ThresholdResult: ThresholdMarking {
  var thresholdMarks: ThresholdMarks {
    ThresholdMarks(
      y: y, eta: eta, lower: interval.interval?.lower, upper: interval.interval?.upper, level: settings.level,
      method: ThresholdHTML.shortMethod(interval.method), verdict: ThresholdHTML.verdictWord(verdict),
      hingeLevel: hingeLevel, hingeSlope: hingeSlope)
  }
}
