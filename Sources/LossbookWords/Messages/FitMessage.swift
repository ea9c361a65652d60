import LossbookStats

/// The words of a `fit` block's comparison table and its notes. Numbers arrive formatted.
public enum FitMessage: Sendable, Hashable {
  /// "Models of MMLU against loss (n = 240); the smallest BIC is best."
  case caption(y: String, x: String, n: Int, criterion: String)
  case statusHeader, parametersHeader
  /// A model's row in the comparison table: its name, with the notebook's name for it in
  /// brackets where the language calls it something else ("折れ線（hinge）").
  case modelRow(String, best: Bool)
  case status(FitStatusWord)
  /// A parameter on a bound: "0.250 (at its lower bound)".
  case atBound(value: String, lower: Bool)
  /// A parameter the data do not determine: "0.250 (not determined by the data)".
  case notDetermined(value: String)
  /// A bounded parameter's allowed range, after its name: " [0, 1]", " (above 0)", " (below 1)".
  case rangeBetween(low: String, high: String)
  case rangeAbove(String)
  case rangeBelow(String)
  /// Under the table: a model whose parameter sits on a bound, and what that means.
  case atBoundNote(model: String, parameter: String, range: String, lower: Bool, meaning: FitStatusReason)
  /// Under the table: a model left out of the comparison, why, and what to do.
  case leftOutNote(model: String, status: FitStatusWord, reason: FitStatusReason, advice: FitAdvice?)
}

/// How a fit ended (STATS.md section 2.1).
public enum FitStatusWord: Sendable, Hashable {
  case ok, atBound, unidentified, notConverged
}
