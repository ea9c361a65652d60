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

  /// The Jacobian pass reuses the exponentials of a values pass at the same (mid, width):
  /// the numbers must be the ones a fresh model computes, bit for bit.
  @Test func jacobianAfterValuesMatchesAFreshModel() throws {
    let x = (0..<50).map { 1.9 + 1.3 * Double($0) / 49 }
    func evaluate(_ model: NonlinearModel, _ parameters: [Double], jacobian: Bool) throws -> ([Double], [Double]) {
      guard case .bulk(let run) = model.evaluator else { throw FitError.singularJacobian }
      var values = [Double](repeating: 0, count: x.count)
      var entries = [Double](repeating: 0, count: 4 * x.count)
      try parameters.withUnsafeBufferPointer { p in
        try values.withUnsafeMutableBufferPointer { v in
          try entries.withUnsafeMutableBufferPointer { j in try run(p, v, jacobian ? j : nil) }
        }
      }
      return (values, entries)
    }
    let reused = LogisticModel.nonlinearModel(x: x)
    for parameters in [[0.25, 0.8, 2.5, 0.1], [0.8, 0.25, 2.5, -0.1], [0.3, 0.7, 2.4, 0.15]] {
      let values = try evaluate(reused, parameters, jacobian: false).0
      let (again, jacobian) = try evaluate(reused, parameters, jacobian: true)
      let (freshValues, freshJacobian) = try evaluate(LogisticModel.nonlinearModel(x: x), parameters, jacobian: true)
      #expect(values == freshValues && again == freshValues)
      #expect(jacobian == freshJacobian)
      for i in x.indices {
        #expect(values[i] == LogisticModel.value(at: x[i], parameters: parameters))
        #expect(Array(jacobian[(4 * i)..<(4 * i + 4)]) == LogisticModel.gradient(at: x[i], parameters: parameters))
      }
    }
    // A Jacobian at other (mid, width) than the last values pass must not reuse them.
    _ = try evaluate(reused, [0.25, 0.8, 2.5, 0.1], jacobian: false)
    let other = [0.25, 0.8, 2.6, 0.12]
    #expect(
      try evaluate(reused, other, jacobian: true).1
        == evaluate(LogisticModel.nonlinearModel(x: x), other, jacobian: true).1)
  }
}
