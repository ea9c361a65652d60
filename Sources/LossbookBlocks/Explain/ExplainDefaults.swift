extension ExplainSpec {
  /// The defaults of an `explain` block's fields: applied by `ExplainBlock` and shown by
  /// `lossbook kinds explain` from the same constants.
  enum Defaults {
    static let audience = ExplainAudience.manager
    static let quiz = false
    static let metric = ExplainMetric.accuracy
    static let points = ExplainPoints.checkpoints
  }
}
