import LossbookCore

/// How explanations write each kind of value: one rule per kind, shared with the explorer's
/// live sentence (TEACHING X4), so a loss, a count or a rise reads the same in both.
enum ExplainStyle {
  /// A loss value, or a distance in loss: `2.19`.
  static let loss: NumberStyle = .fixed(2)
  /// Percentage points per 0.1 drop in loss: 2 significant digits, `9`, `12` (E8).
  static let points: NumberStyle = .significant(2)
  /// A bound or band in percentage points: `8.5`, `±8.7`.
  static let pointsBound: NumberStyle = .fixed(1)
  /// A count (questions, checkpoints, replicates): `1,000`.
  static let count: NumberStyle = .integer

  /// The guessing level: `25%` for a percent metric.
  static func chance(_ metric: ExplainMetric) -> NumberStyle { metric.isPercent ? .percent(nil) : .significant(3) }

  /// An expected score: `42%` for a percent metric.
  static func score(_ metric: ExplainMetric) -> NumberStyle { metric.isPercent ? .percent(0) : .fixed(3) }
}
