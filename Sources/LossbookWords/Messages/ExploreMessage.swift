/// The words of an `explore` block: its figure, its sliders' labels and the templates of their
/// values (`{eta}` is filled by the page's script from words written by the same formatter).
public enum ExploreMessage: Sendable, Hashable {
  /// "MMLU: move the sliders to try it".
  case title(task: String)
  case description(task: String, points: Int)
  /// The description of an exact-match task's figure, which shows both of its scores.
  case descriptionTokens(task: String, points: Int)
  /// The y axis of an exact-match task's figure: both scores are shares of something right.
  case tokensScoreAxis
  /// The legend names of its two series: exact match, and the per-token accuracy of the same answers.
  case exactMatchSeries
  case perTokenSeries
  case label(ExploreControl)
  /// The template of a slider's value: "loss {eta}".
  case valueTemplate(ExploreControl)
}

/// An explorer's slider.
public enum ExploreControl: Sendable, Hashable {
  case eta, slope, items, mid, width
  /// The answer length in tokens of an exact-match task.
  case tokens
}

/// The words of a `family` block's summary. Numbers arrive formatted.
public enum FamilyMessage: Sendable, Hashable {
  /// "6 runs × 40 checkpoints = 240 rows; loss from 2.000 to 3.100."
  case summaryPerRun(runs: Int, checkpoints: Int, rows: Int, lower: String, upper: String)
  /// "6 runs, 217 checkpoints in all; loss from ..."
  case summary(runs: Int, rows: Int, lower: String, upper: String)
  /// A Brier column's chance score: "MMLU_brier (K = 4): 0.75".
  case brierChance(task: String, options: Int, score: String)
  case brierNote(chances: [String])
}

/// The words of a `data` block's summary.
public enum DataMessage: Sendable, Hashable {
  /// "240 rows × 5 columns from data/w1.csv."
  case summary(rows: Int, columns: Int, source: String)
}
