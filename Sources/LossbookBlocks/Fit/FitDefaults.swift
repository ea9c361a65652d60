import LossbookStats

extension FitSpec {
  /// The defaults of a `fit` block's fields: applied by `FitBlock` and shown by
  /// `lossbook kinds fit` from the same values (the solver's from `FitOptions()`).
  enum Defaults {
    static let models: [BuiltinModel] = [.linear, .logistic, .hinge]
    static let weights = "none"
    /// The smallest variance y (1 − y) of binomial weights.
    static let binomialFloor = 1e-3
    static let starts = Starts.data
    static let criterion = Criterion.bic
    /// The solver's and the fitting's options when no field changes them.
    static let options = FitOptions()
    /// Convergence traces in the results file.
    static let trace = false
  }
}
