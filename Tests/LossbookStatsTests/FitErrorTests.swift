import Foundation
import Testing

@testable import LossbookStats

/// Bad inputs end in a typed ``FitError`` with a readable message, never in a crash, an
/// abort inside GSL or a spin to the iteration limit.
@Suite struct FitErrorTests {
  static let x: [Double] = [1.93, 2.07, 2.18, 2.26, 2.35, 2.49, 2.58, 2.71, 2.86, 2.94, 3.05, 3.17]
  static let y: [Double] = [0.71, 0.62, 0.52, 0.44, 0.33, 0.27, 0.26, 0.24, 0.27, 0.25, 0.26, 0.24]

  /// Fits `model` to x (for `chinchilla`: N = 1e9 x and D = 2e10 x) and y.
  static func fit(_ model: BuiltinModel, x: [Double], y: [Double]) throws(FitError) -> ModelFit {
    let predictors = model == .chinchilla ? [x.map { $0 * 1e9 }, x.map { $0 * 2e10 }] : [x]
    return try model.fit(
      predictors: predictors, y: y, weights: nil, options: FitOptions(), solver: NonlinearLeastSquares())
  }

  @Test(arguments: BuiltinModel.allCases)
  func nonFiniteRowsAreNamed(model: BuiltinModel) {
    var y = Self.y
    y[1] = .nan
    var x = Self.x
    x[4] = .infinity
    #expect(throws: FitError.nonFinite(rows: [1, 4])) { try Self.fit(model, x: x, y: y) }
  }

  @Test(arguments: BuiltinModel.allCases)
  func tooFewPoints(model: BuiltinModel) {
    let p = model.parameterNames.count
    let x = Array(Self.x.prefix(p))
    let y = Array(Self.y.prefix(p))
    #expect(throws: FitError.tooFewPoints(n: p, parameters: p)) { try Self.fit(model, x: x, y: y) }
  }

  @Test func fewerPointsThanParametersNeverReachGSL() {
    // gsl_multifit_nlinear_alloc with n < p aborts the process under GSL's default handler.
    let problem = NISTProblem.thurber
    #expect(throws: FitError.tooFewPoints(n: 3, parameters: 7)) {
      try NonlinearLeastSquares().fit(
        NISTModels.model(for: problem), y: Array(problem.y.prefix(3)), start: problem.start2)
    }
  }

  @Test(arguments: BuiltinModel.allCases)
  func constantXAndConstantY(model: BuiltinModel) {
    let constant = [Double](repeating: 2.4, count: Self.x.count)
    #expect(throws: FitError.constantX) { try Self.fit(model, x: constant, y: Self.y) }
    if model == .linear {
      // The flat line fits a constant y exactly: the one model that can describe it.
      let fit = try? Self.fit(model, x: Self.x, y: constant)
      #expect(abs((fit?.estimates[0] ?? 0) - 2.4) < 1e-12 && abs(fit?.estimates[1] ?? 1) < 1e-12)
      #expect((fit?.rss ?? 1) < 1e-20)
    } else {
      #expect(throws: FitError.constantY) { try Self.fit(model, x: Self.x, y: constant) }
    }
  }

  @Test func weightsAndLengthsAreChecked() {
    var weights = [Double](repeating: 1, count: Self.x.count)
    weights[3] = 0
    #expect(throws: FitError.nonPositiveWeights(rows: [3])) {
      try BuiltinModel.logistic.fit(x: Self.x, y: Self.y, weights: weights)
    }
    #expect(throws: FitError.countMismatch(what: "weights", expected: 12, actual: 2)) {
      try BuiltinModel.hinge.fit(x: Self.x, y: Self.y, weights: [1, 2])
    }
    #expect(throws: FitError.countMismatch(what: "x", expected: 12, actual: 11)) {
      try BuiltinModel.linear.fit(x: Array(Self.x.dropLast()), y: Self.y)
    }
  }

  @Test func nanInYOfTheGenericSolverFailsFast() {
    var y = NISTProblem.misra1a.y
    y[6] = .nan
    #expect(throws: FitError.nonFinite(rows: [6])) {
      try NonlinearLeastSquares().fit(NISTModels.model(for: .misra1a), y: y, start: NISTProblem.misra1a.start1)
    }
  }

  struct ModelFailure: Error, Equatable { var row: Int }

  @Test func anErrorThrownByTheModelIsRethrownUnchanged() {
    let x = Self.x
    var calls = 0
    let model = NonlinearModel(parameterNames: ["a", "b"]) { p, i in
      calls += 1
      if calls > 30 && i == 3 { throw ModelFailure(row: i) }
      return (p[0] + p[1] * x[i], [1, x[i]])
    }
    #expect(throws: ModelFailure(row: 3)) {
      try NonlinearLeastSquares().fit(model, y: Self.y, start: [1, 1])
    }
  }

  @Test func aModelThatIsNotFiniteAtTheStartIsNamed() {
    let x = Self.x
    let model = NonlinearModel(parameterNames: ["a", "b"]) { p, i in
      (p[0] * log(x[i] - 2.1), [log(x[i] - 2.1), p[1]])
    }
    #expect(throws: FitError.nonFiniteModel(row: 0)) {
      try NonlinearLeastSquares().fit(model, y: Self.y, start: [1, 1])
    }
  }

  @Test func unidentifiableParametersGiveASingularJacobian() {
    let x = Self.x
    let model = NonlinearModel(parameterNames: ["a", "b"]) { p, i in
      (p[0] * p[1] * x[i], [p[1] * x[i], p[0] * x[i]])
    }
    #expect(throws: FitError.singularJacobian) {
      try NonlinearLeastSquares().fit(model, y: Self.y, start: [0.5, 0.3])
    }
  }

  @Test func iterationLimitSaysWhichTestsFailed() throws {
    let problem = NISTProblem.thurber
    let options = NonlinearOptions(maxIterations: 3)
    do {
      _ = try NonlinearLeastSquares().fit(
        NISTModels.model(for: problem), y: problem.y, start: problem.start1, options: options)
      Issue.record("expected didNotConverge")
    } catch let FitError.didNotConverge(iterations, reason) {
      #expect(iterations == 3)
      #expect(reason == .iterationLimit(xtol: options.xtol, gtol: options.gtol, maxIterations: 3))
    }
    var accepting = options
    accepting.acceptNonConvergence = true
    let result = try NonlinearLeastSquares().fit(
      NISTModels.model(for: problem), y: problem.y, start: problem.start1, options: accepting)
    #expect(!result.converged && result.stopReason == nil && result.iterations == 3)
  }

  @Test func startingValuesMustMatchTheParameters() {
    #expect(throws: FitError.countMismatch(what: "start", expected: 2, actual: 3)) {
      try NonlinearLeastSquares().fit(
        NISTModels.model(for: .misra1a), y: NISTProblem.misra1a.y, start: [1, 2, 3])
    }
  }
}
