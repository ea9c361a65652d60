import Foundation
import Testing

@testable import LossbookStats

/// The logistic model against SciPy's `curve_fit` (MINPACK LM) on frozen fixtures.
@Suite struct LogisticTests {
  @Test(arguments: [ReferenceFixture.logisticFalling, .logisticRisingWeighted])
  func matchesSciPy(reference: ReferenceFixture) throws {
    let fit = try BuiltinModel.logistic.fit(x: reference.x, y: reference.y, weights: reference.weights)
    #expect(fit.parameterNames == ["lo", "hi", "mid", "width"])
    for j in 0..<4 {
      #expect(relativeError(fit.estimates[j], reference.estimates[j]) < 1e-6, "\(fit.parameterNames[j])")
      #expect(relativeError(fit.standardErrors[j], reference.standardErrors[j]) < 1e-4, "SE \(fit.parameterNames[j])")
    }
    #expect(relativeError(fit.rss, reference.rss) < 1e-9)
    #expect(fit.converged && fit.iterations > 0)
    #expect(fit.estimates[3] > 0)
  }

  @Test func derivedFiguresFollowTheDocumentedFormulas() throws {
    let reference = ReferenceFixture.logisticFalling
    let fit = try BuiltinModel.logistic.fit(x: reference.x, y: reference.y)
    let n = Double(fit.n)
    #expect(fit.n == 60 && fit.dof == 56)
    #expect(abs(fit.aic - (n * log(fit.rss / n) + 8)) < 1e-9)
    #expect(abs(fit.bic - (n * log(fit.rss / n) + 4 * log(n))) < 1e-9)
    #expect(abs(fit.sigma - (fit.rss / 56).squareRoot()) < 1e-15)
    let t = Distribution.tQuantile(p: 0.975, dof: 56)
    #expect(abs(fit.intervals[2].upper - (fit.estimates[2] + t * fit.standardErrors[2])) < 1e-14)
    let mean = reference.y.reduce(0, +) / n
    let tss = reference.y.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
    #expect(abs(fit.r2 - (1 - fit.rss / tss)) < 1e-12)
    let x = reference.x[17]
    let e = fit.estimates
    let expected: Double = e[0] + (e[1] - e[0]) / (1 + exp((x - e[2]) / e[3]))
    #expect(abs(fit.predict(x) - expected) < 1e-14)
    #expect(fit.trace.last?.rss == fit.rss)
  }
}
