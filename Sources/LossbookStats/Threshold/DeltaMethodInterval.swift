/// The threshold's interval from the nonlinear hinge fit (the delta method): estimate ±
/// t(1 − (1 − level)/2, n − p) · SE, SE from sigma² (JᵀJ)⁻¹ at the optimum. Labelled as such
/// in reports, because the hinge is not differentiable in eta at the data points and this
/// interval can be too narrow; the bootstrap interval is the primary one.
public struct DeltaMethodInterval: Sendable, Equatable {
  /// The threshold estimate.
  public var estimate: Double
  /// Its standard error.
  public var standardError: Double
  /// The interval.
  public var interval: Interval
  /// Its coverage.
  public var level: Double

  /// The interval for the parameter `parameter` (default `"eta"`) of a fitted model.
  ///
  /// - Throws: ``ThresholdError/invalidParameter(name:reason:)`` when the fit has no such
  ///   parameter or the level is outside (0, 1).
  public static func from(
    _ fit: ModelFit, parameter: String = "eta", level: Double = 0.95
  ) throws(ThresholdError) -> DeltaMethodInterval {
    guard let index = fit.parameterNames.firstIndex(of: parameter) else {
      throw .invalidParameter(name: "parameter", reason: .parameterOf(model: fit.model, parameter: parameter))
    }
    if !(level > 0 && level < 1) { throw .invalidParameter(name: "level", reason: .strictlyBetween0And1) }
    let estimate = fit.estimates[index]
    let se = fit.standardErrors[index]
    let half = Distribution.tQuantile(p: 1 - (1 - level) / 2, dof: Double(fit.dof)) * se
    return DeltaMethodInterval(
      estimate: estimate, standardError: se,
      interval: Interval(lower: estimate - half, upper: estimate + half), level: level)
  }
}
