internal import CGSL

/// The minimum of a function of one variable found by ``BrentMinimizer``.
public struct ScalarMinimum: Sendable, Equatable {
  /// Where the minimum is.
  public var x: Double
  /// The function's value there.
  public var value: Double
  /// Iterations taken.
  public var iterations: Int
}

/// Brent's method for a bracketed minimum of a function of one variable (GSL `gsl_min`,
/// `gsl_min_fminimizer_brent`).
///
/// Used for profile likelihoods whose minimum inside an interval has no closed form (the
/// hinge has one, see ``HingeProfile``; the tests check the two agree).
public enum BrentMinimizer {
  /// Minimises `f` on [`lower`, `upper`] starting from `guess`.
  ///
  /// `f(guess)` must be below both `f(lower)` and `f(upper)`. Stops when the bracket's width
  /// is below `absoluteTolerance + relativeTolerance · |x|` (`gsl_min_test_interval`). Near a
  /// minimum f is flat to rounding, so no bracket shrinks much below `sqrt(ε) |x|` (about
  /// 1.5e-8 |x|); the default relative tolerance 1e-7 sits just above that floor.
  ///
  /// - Throws: ``FitError/gsl(_:)`` with `GSL_EINVAL` when `guess` does not bracket a
  ///   minimum; ``FitError/didNotConverge(iterations:reason:)`` after `maxIterations`.
  public static func minimize(
    lower: Double, upper: Double, guess: Double, absoluteTolerance: Double = 1e-12,
    relativeTolerance: Double = 1e-7, maxIterations: Int = 200,
    _ f: (Double) -> Double
  ) throws(FitError) -> ScalarMinimum {
    GSLRuntime.start()
    let outcome = withoutActuallyEscaping(f) { escapable -> Result<ScalarMinimum, FitError> in
      run(
        box: FunctionBox(escapable), lower: lower, upper: upper, guess: guess,
        absoluteTolerance: absoluteTolerance, relativeTolerance: relativeTolerance,
        maxIterations: maxIterations)
    }
    return try outcome.get()
  }

  /// Holds the Swift closure that the C callback calls.
  private final class FunctionBox {
    let function: (Double) -> Double
    init(_ function: @escaping (Double) -> Double) { self.function = function }
  }

  private static func run(
    box: FunctionBox, lower: Double, upper: Double, guess: Double, absoluteTolerance: Double,
    relativeTolerance: Double, maxIterations: Int
  ) -> Result<ScalarMinimum, FitError> {
    guard let minimizer = gsl_min_fminimizer_alloc(lb_fmin_brent()) else {
      return .failure(.gsl(GSLError(status: Int32(GSL_ENOMEM))))
    }
    defer { gsl_min_fminimizer_free(minimizer) }
    return withExtendedLifetime(box) { () -> Result<ScalarMinimum, FitError> in
      var function = gsl_function(
        function: brentTrampoline, params: Unmanaged.passUnretained(box).toOpaque())
      let status = gsl_min_fminimizer_set(minimizer, &function, guess, lower, upper)
      if status != GSL_SUCCESS { return .failure(.gsl(GSLError(status: status))) }
      for iteration in 1...Swift.max(maxIterations, 1) {
        let step = gsl_min_fminimizer_iterate(minimizer)
        if step != GSL_SUCCESS { return .failure(.gsl(GSLError(status: step))) }
        let a = gsl_min_fminimizer_x_lower(minimizer)
        let b = gsl_min_fminimizer_x_upper(minimizer)
        if gsl_min_test_interval(a, b, absoluteTolerance, relativeTolerance) == GSL_SUCCESS {
          return .success(
            ScalarMinimum(
              x: gsl_min_fminimizer_x_minimum(minimizer),
              value: gsl_min_fminimizer_f_minimum(minimizer), iterations: iteration))
        }
      }
      return .failure(
        .didNotConverge(iterations: maxIterations, reason: .bracketDidNotShrink))
    }
  }

  /// GSL's function callback: calls the closure in the box behind `params`.
  private static let brentTrampoline: @convention(c) (Double, UnsafeMutableRawPointer?) -> Double = {
    x, params in
    guard let params else { return .nan }
    return Unmanaged<FunctionBox>.fromOpaque(params).takeUnretainedValue().function(x)
  }
}
