extension SweepSpec {
  /// The defaults of a `sweep` block's `analysis:` fields: applied by `SweepSetup` and shown by
  /// `lossbook kinds sweep` from the same constants (`limits.fits` and `analysis.bootstrap`
  /// from `SweepLimits`).
  enum Defaults {
    static let tests: [ThresholdSpec.Test] = [.supf]
    static let alpha = 0.05
    static let level = 0.95
    static let minSide = 5
    /// Whether each replicate's verdict also fits the logistic curve.
    static let logistic = false
  }
}
