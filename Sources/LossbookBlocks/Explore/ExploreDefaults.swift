import LossbookWords

extension ExploreSpec {
  /// The defaults of an `explore` block's fields, shown by `lossbook kinds explore` from the
  /// values the block applies.
  enum Defaults {
    /// Each shape as the docs name it: the block shows its first control, and items when the
    /// task has them (`ExploreBlock.chooseControls`).
    static let shapes: [(words: String, shape: ExploreBlock.Shape)] = [
      (Words.kinds(.hingeShape), .hinge(random: 0, eta: 0, slope: 0, ceiling: 0)),
      (Words.kinds(.logisticShape), .logistic(random: 0, ceiling: 0, mid: 0, width: 0)),
      (Words.kinds(.lineShape), .linear(value: 0, at: 0, slope: 0, random: 0, ceiling: 0)),
      (Words.kinds(.exactMatchShape), .exactMatch(tokens: 1, rate: 0, floor: 0)),
    ]

    /// `controls:` when absent, in words.
    static var controlsText: String {
      shapes.map { "[\($0.shape.controls[0].rawValue), \(Control.items.rawValue)] for \($0.words)" }
        .joined(separator: ", ")
    }
  }
}
