extension BudgetSpec {
  /// The defaults of a `budget` block's fields: applied by `BudgetBlock` and shown by
  /// `lossbook kinds budget` from the same constants.
  enum Defaults {
    /// Draws used when neither `replicates:` nor a threshold block says how many.
    static let replicates = 200
    /// The coverage of the intervals.
    static let level = 0.95
  }
}
