import Testing

@testable import LossbookStats

/// Reference values from R (`pf`, `pchisq`, `qnorm`, `pnorm`, `pt`) and mpmath (t quantiles).
@Suite struct DistributionTests {
  @Test func fUpperTailMatchesR() {
    // R: pf(4, 2, 10, lower.tail = FALSE)
    #expect(abs(Distribution.fUpperTail(4, d1: 2, d2: 10) - 0.0529221494013448) < 1e-15)
    // R: pf(3.5, 3, 96, lower.tail = FALSE)
    #expect(abs(Distribution.fUpperTail(3.5, d1: 3, d2: 96) - 0.0184330007252392) < 1e-15)
  }

  @Test func tQuantileMatchesHighPrecisionValues() {
    // 40-digit values from mpmath (root of the regularised incomplete beta); SciPy agrees.
    // (2.2281388519649385, sometimes quoted for R's qt(0.975, 10), is off by 2e-11.)
    let cases: [(p: Double, dof: Double, quantile: Double)] = [
      (0.975, 10, 2.2281388519862742), (0.975, 1, 12.706204736174693),
      (0.975, 3, 3.1824463052837084), (0.975, 30, 2.0422724563012379),
    ]
    for c in cases {
      #expect(relativeError(Distribution.tQuantile(p: c.p, dof: c.dof), c.quantile) < 1e-14)
    }
    // R: pt(2, 10, lower.tail = FALSE)
    #expect(abs(Distribution.tUpperTail(2, dof: 10) - 0.0366940173853702) < 1e-15)
  }

  @Test func chiSquaredAndNormalMatchR() {
    // R: pchisq(10, 3, lower.tail = FALSE)
    #expect(abs(Distribution.chiSquaredUpperTail(10, dof: 3) - 0.0185661354630432) < 1e-15)
    // R: qnorm(0.975)
    #expect(abs(Distribution.normalQuantile(p: 0.975) - 1.959963984540054) < 1e-14)
    // R: pnorm(1.96)
    #expect(abs(Distribution.normalCDF(1.96) - 0.9750021048517795) < 1e-15)
  }
}
