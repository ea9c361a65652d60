internal import CGSL

/// Quantiles and tail probabilities of the distributions the tests need (GSL `gsl_cdf_*`).
///
/// Out-of-domain arguments (a negative degree of freedom, p outside [0, 1]) give NaN, never a
/// crash, because ``GSLRuntime/start()`` has turned GSL's aborting error handler off.
public enum Distribution {
  /// The `p`-quantile of Student's t with `dof` degrees of freedom (`gsl_cdf_tdist_Pinv`).
  public static func tQuantile(p: Double, dof: Double) -> Double {
    GSLRuntime.start()
    return gsl_cdf_tdist_Pinv(p, dof)
  }

  /// P(T > t) for Student's t with `dof` degrees of freedom (`gsl_cdf_tdist_Q`).
  public static func tUpperTail(_ t: Double, dof: Double) -> Double {
    GSLRuntime.start()
    return gsl_cdf_tdist_Q(t, dof)
  }

  /// P(F > f) for the F distribution with (`d1`, `d2`) degrees of freedom (`gsl_cdf_fdist_Q`).
  public static func fUpperTail(_ f: Double, d1: Double, d2: Double) -> Double {
    GSLRuntime.start()
    return gsl_cdf_fdist_Q(f, d1, d2)
  }

  /// P(X > x) for chi-squared with `dof` degrees of freedom (`gsl_cdf_chisq_Q`).
  public static func chiSquaredUpperTail(_ x: Double, dof: Double) -> Double {
    GSLRuntime.start()
    return gsl_cdf_chisq_Q(x, dof)
  }

  /// The `p`-quantile of the standard normal (`gsl_cdf_ugaussian_Pinv`).
  public static func normalQuantile(p: Double) -> Double {
    GSLRuntime.start()
    return gsl_cdf_ugaussian_Pinv(p)
  }

  /// P(Z <= z) for the standard normal (`gsl_cdf_ugaussian_P`).
  public static func normalCDF(_ z: Double) -> Double {
    GSLRuntime.start()
    return gsl_cdf_ugaussian_P(z)
  }
}
