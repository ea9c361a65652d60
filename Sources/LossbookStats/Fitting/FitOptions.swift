/// Options shared by the built-in model fits.
public struct FitOptions: Sendable, Equatable {
  /// Tolerances and method of the nonlinear solver (logistic, hinge polish).
  public var nonlinear: NonlinearOptions
  /// The fewest points that must lie strictly on each side of a hinge threshold (at least 1).
  public var minSide: Int

  /// The defaults: ``NonlinearOptions/init(xtol:gtol:ftol:maxIterations:geodesicAcceleration:recordTrace:)``
  /// and `minSide` 5.
  public init(nonlinear: NonlinearOptions = NonlinearOptions(), minSide: Int = 5) {
    self.nonlinear = nonlinear
    self.minSide = minSide
  }
}
