internal import CGSL

/// One-time process set-up for GSL, and the library's version.
///
/// GSL's default error handler calls `abort()` on any error (a domain error, `n < p` in a
/// workspace allocation, an out-of-range argument), which would kill the whole process.
/// ``start()`` turns it off, so every failure comes back as a status code, `NULL` or NaN and
/// becomes a typed Swift error. The handler is process-global: every public entry point of
/// this module that touches GSL calls ``start()`` first, so callers never need to.
public enum GSLRuntime {
  /// Runs `gsl_set_error_handler_off()` exactly once; Swift initialises a `static let`
  /// lazily and thread-safely (`swift_once`).
  private static let handlerIsOff: Bool = {
    _ = gsl_set_error_handler_off()
    return true
  }()

  /// Turns GSL's aborting error handler off, once per process; later calls are a cheap check.
  public static func start() {
    _ = handlerIsOff
  }

  /// The version of the GSL library linked at run time, for example `"2.7.1"`.
  public static var version: String {
    String(cString: lb_gsl_version())
  }
}
