extension TableSpec {
  /// The defaults of a `table` block's fields: applied by `TableBlock` and shown by
  /// `lossbook kinds table` from the same constants.
  enum Defaults {
    /// The most rows shown (the CSV always has all).
    static let rows = 20
  }
}
