extension PlotSpec {
  /// The defaults of a `plot` block's fields: applied where the figure is drawn and shown by
  /// `lossbook kinds plot` from the same constants.
  enum Defaults {
    static let mark = Mark.points
    /// Bins of a histogram (WORKLOAD-W1.md section 6 asks for 30).
    static let bins = 30
    static let xScale = Scale.linear
    static let yScale = Scale.linear
    static let facet = false
    static let scales = Scales.fixed
    static let yPercent = false
    /// The coverage of a fit overlay's band.
    static let overlayLevel = 0.95
  }
}
