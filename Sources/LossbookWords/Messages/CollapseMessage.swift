/// The words of a `collapse` block: its verdict and reasons, table, figure and the curves it
/// adds to a plot. Numbers arrive formatted.
public enum CollapseMessage: Sendable, Hashable {
  case verdict(CollapseVerdictWord)
  case curve(CollapseCurveWord)
  /// A p-value adjusted across the notebook's tests: "p = 0.43 (Holm-adjusted)".
  case adjustedP(p: String, method: String)
  case shiftFound(p: String, alpha: String)
  case noShiftFound(p: String, alpha: String)
  case withinTolerance(tolerance: String, coverage: String, bound: String)
  case notEquivalent(tolerance: String, coverage: String, group: String, bound: String)
  case shiftBeyondTolerance(group: String, shift: String, tolerance: String, coverage: String)
  case shiftNotBeyondTolerance(group: String, shift: String, tolerance: String)
  case notIdentified(group: String)
  case noPValue
  case groupsLeftOut(count: Int, minOverlap: Int)
  case caption(y: String, x: String, by: String, reference: String, level: String, coverage: String)
  case groupHeader, pointsHeader, shiftHeader, thresholdHeader
  /// "95% interval".
  case intervalHeader(level: String)
  case reference
  case leftOut(minOverlap: Int)
  /// After the common curve, when it was chosen: "(the best of linear, logistic, hinge by BIC)".
  case chosenBy([String])
  case commonCurve, alternative, fTest, largestShift
  /// The accessible name of the table of those four rows: "The test: common curve, F test, largest shift".
  case testTable
  case shiftPerGroup, thresholdPerGroup
  /// The F test's row after "F(d1, d2) = f, ".
  case fTestValue(p: String, replicates: Int, adjusted: String?)
  /// The largest shift's row: "+0.007 (32B), tolerance ±0.020".
  case largestShiftValue(shift: String, group: String?, tolerance: String)
  case figureTitle(CollapseVerdictWord, tolerance: String)
  case figureDescription(y: String, x: String, groups: Int)
  case xAxis(y: String)
  case yAxis
  case toleranceBand(String)
  case shiftSeries
  case intervalSeries(level: String)
  case noShift
  /// A per-group curve on a plot.
  case shiftCurve(group: String, y: String)
  case thresholdCurve(group: String, y: String)
}

/// A verdict of a `collapse` block.
public enum CollapseVerdictWord: Sendable, Hashable {
  case lossOnly, sizeMatters, inconclusive
}

/// The common curve of a `collapse` block.
public enum CollapseCurveWord: Sendable, Hashable {
  case linear, logistic, hinge
}
