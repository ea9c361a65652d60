import LossbookStats

extension CollapseSpec {
  /// The defaults of a `collapse` block's fields: applied by `CollapseBlock` and shown by
  /// `lossbook kinds collapse` from the same constants.
  enum Defaults {
    static let model = Model.auto
    static let differ = CollapseDifference.shift
    static let replicates = 999
    static let tolerance = 0.02
    static let minOverlap = 5
    static let alpha = 0.05
    static let level = 0.95
  }
}
