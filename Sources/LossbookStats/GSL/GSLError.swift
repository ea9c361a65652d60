internal import CGSL

/// A GSL status code that is not success, with its constant's name and GSL's own text.
public struct GSLError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The status code returned by GSL (the value of one of the `GSL_E…` constants).
  public let status: Int32

  /// Wraps a status code returned by a GSL function.
  public init(status: Int32) {
    self.status = status
  }

  /// The name of the status constant in `gsl_errno.h`, for example `"GSL_EMAXITER"`;
  /// `"GSL status <n>"` for a code that header does not define.
  public var name: String {
    for (code, name) in GSLError.names where code == Int(status) {
      return name
    }
    return "GSL status \(status)"
  }

  /// GSL's description of the status (`gsl_strerror`), for example
  /// `"exceeded max number of iterations"`.
  public var reason: String {
    String(cString: gsl_strerror(status))
  }

  /// `"<name>: <reason>"`.
  public var description: String {
    "\(name): \(reason)"
  }

  /// The status constants of `gsl_errno.h` (GSL 2.7) and their names, in header order.
  private static let names: [(Int, String)] = [
    (GSL_SUCCESS, "GSL_SUCCESS"), (GSL_FAILURE, "GSL_FAILURE"), (GSL_CONTINUE, "GSL_CONTINUE"),
    (GSL_EDOM, "GSL_EDOM"), (GSL_ERANGE, "GSL_ERANGE"), (GSL_EFAULT, "GSL_EFAULT"),
    (GSL_EINVAL, "GSL_EINVAL"), (GSL_EFAILED, "GSL_EFAILED"), (GSL_EFACTOR, "GSL_EFACTOR"),
    (GSL_ESANITY, "GSL_ESANITY"), (GSL_ENOMEM, "GSL_ENOMEM"), (GSL_EBADFUNC, "GSL_EBADFUNC"),
    (GSL_ERUNAWAY, "GSL_ERUNAWAY"), (GSL_EMAXITER, "GSL_EMAXITER"),
    (GSL_EZERODIV, "GSL_EZERODIV"), (GSL_EBADTOL, "GSL_EBADTOL"), (GSL_ETOL, "GSL_ETOL"),
    (GSL_EUNDRFLW, "GSL_EUNDRFLW"), (GSL_EOVRFLW, "GSL_EOVRFLW"), (GSL_ELOSS, "GSL_ELOSS"),
    (GSL_EROUND, "GSL_EROUND"), (GSL_EBADLEN, "GSL_EBADLEN"), (GSL_ENOTSQR, "GSL_ENOTSQR"),
    (GSL_ESING, "GSL_ESING"), (GSL_EDIVERGE, "GSL_EDIVERGE"), (GSL_EUNSUP, "GSL_EUNSUP"),
    (GSL_EUNIMPL, "GSL_EUNIMPL"), (GSL_ECACHE, "GSL_ECACHE"), (GSL_ETABLE, "GSL_ETABLE"),
    (GSL_ENOPROG, "GSL_ENOPROG"), (GSL_ENOPROGJ, "GSL_ENOPROGJ"), (GSL_ETOLF, "GSL_ETOLF"),
    (GSL_ETOLX, "GSL_ETOLX"), (GSL_ETOLG, "GSL_ETOLG"), (GSL_EOF, "GSL_EOF"),
  ]
}
