internal import CGSL

extension GSLRuntime {
  /// Provokes a GSL error on purpose and returns its status, to prove the handler is off.
  ///
  /// Copies a vector of length 2 into one of length 3, which `gsl_vector_memcpy` rejects with
  /// `GSL_EBADLEN`. Under GSL's default handler this call aborts the process; after
  /// ``start()`` it returns the status. Used by the tests only.
  static func provokeLengthError() -> Int32 {
    start()
    guard let source = gsl_vector_calloc(2), let destination = gsl_vector_calloc(3) else {
      return Int32(GSL_ENOMEM)
    }
    defer {
      gsl_vector_free(source)
      gsl_vector_free(destination)
    }
    return gsl_vector_memcpy(destination, source)
  }
}
