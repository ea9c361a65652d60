/// A way of scoring a task, each a column of the family's table (FORMAT.md section 4).
public enum TaskMetric: String, Sendable, CaseIterable {
  /// The share of items answered right, drawn per item (`<task>`).
  case accuracy
  /// CorrectChoiceProb: the mean probability put on the right option (`<task>_prob`).
  case prob
  /// The Brier score, summed over the K options and averaged over items (`<task>_brier`);
  /// a uniform guess scores 1 - 1/K.
  case brier
  /// Exact match only: the per-token probability q(L), Schaeffer et al.'s smooth
  /// counterpart of exact match (`<task>_token`).
  case token

  /// The column this metric fills for task `task`.
  public func column(of task: String) -> String {
    self == .accuracy ? task : "\(task)_\(rawValue)"
  }

  /// The summed Brier score of one item whose right option gets probability `c`, the other
  /// K - 1 options sharing 1 - c equally: (1 - c)^2 + (K - 1) ((1 - c) / (K - 1))^2.
  @inline(__always)
  public static func brier(correct c: Double, options k: Int) -> Double {
    let miss = 1 - c
    return miss * miss * Double(k) / Double(k - 1)
  }

  /// The Brier score of a uniform guess over K options, 1 - 1/K (0.75 for K = 4).
  public static func brierChance(options k: Int) -> Double { 1 - 1 / Double(k) }
}
