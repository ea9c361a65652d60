/// The words of a `sweep` block: its figure, table and notes. Numbers arrive formatted.
public enum SweepMessage: Sendable, Hashable {
  /// The name of a varied field, as an axis or a column heads it.
  case field(SweepFieldWord)
  case powerAxis, allCells, alphaLine, cell
  case powerHeader, emergentHeader, coverageHeader, widthHeader, verdictsHeader, failedHeader
  /// The table's caption: what a replicate is and what the brackets mean.
  case caption(
    replicates: Int, family: String, task: String, test: String, bootstrap: Int, alpha: String, level: String,
    eta: String)
  /// The calibration at slope 0: the false-positive rate against the nominal level; `at` names
  /// the other fields' values.
  case nullNote(at: [String], rate: String, nominal: String, error: String, within: Bool)
  /// How power moves along the first field: "With 30 questions per checkpoint this threshold is
  /// found 16% of the time; with 300, 66%."
  case powerTrend(field: String, low: String, lowRate: String, high: String, highRate: String)
  case title(task: String, by: String?)
  case description
  /// A field and its value, in a legend or a note: "questions per checkpoint 100".
  case fieldValue(field: String, value: String)
  /// Legend entries joined.
  case legend([String])
}

/// A field a sweep varies.
public enum SweepFieldWord: Sendable, Hashable {
  case items, checkpoints, sizes, slope, lossNoise
}
