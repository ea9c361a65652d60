import Foundation
import Testing

@testable import LossbookStats

/// Issue 11: every fitted model ends in a named status, bounds by transformation with
/// standard errors on the natural scale, restarts, and a gradient test that works when the
/// RSS is tiny.
@Suite struct FitStatusTests {
  /// A formula-like model from a value and gradient closure over one predictor column.
  static func custom(
    _ name: String, _ parameters: [String], x: [Double], starts: [[Double]], bounds: [ParameterBound?]? = nil,
    value: @escaping @Sendable (Double, [Double]) -> Double,
    gradient: @escaping @Sendable (Double, [Double]) -> [Double]
  ) -> CustomModel {
    CustomModel(
      name: name, parameterNames: parameters, predictors: [x], positive: parameters.map { _ in false },
      starts: starts, value: { row, p in value(row[0], p) }, gradient: { row, p in gradient(row[0], p) },
      solverModel: {
        NonlinearModel(parameterNames: parameters) { p, i in (value(x[i], p), gradient(x[i], p)) }
      }, bounds: bounds)
  }

  // NIST StRD BoxBOD: y = b1 (1 - exp(-b2 x)).
  static let boxX: [Double] = [1, 2, 3, 5, 7, 10]
  static let boxY: [Double] = [109, 149, 149, 191, 213, 224]

  static func boxBOD(start: [Double]) -> CustomModel {
    custom(
      "boxbod", ["b1", "b2"], x: boxX, starts: [start],
      value: { x, b in b[0] * (1 - exp(-b[1] * x)) },
      gradient: { x, b in [1 - exp(-b[1] * x), b[0] * x * exp(-b[1] * x)] })
  }

  @Test func boxBODFromStart1RestartsToTheCertifiedValues() throws {
    let fit = try Self.boxBOD(start: [1, 1]).fit(
      y: Self.boxY, weights: nil, options: FitOptions(), solver: NonlinearLeastSquares())
    #expect(fit.status == .ok)
    #expect(abs(fit.estimates[0] / 2.1380940889e2 - 1) < 1e-6)
    #expect(abs(fit.estimates[1] / 5.4723748542e-1 - 1) < 1e-6)
    #expect(abs(fit.standardErrors[0] / 1.2354515176e1 - 1) < 1e-6)
    #expect(abs(fit.rss / 1.1680088766e3 - 1) < 1e-6)
    // Plain LM from (1, 1) stops at the flat solution (RSS 9771, b2 = 114.8, SE 2.3e49):
    // the first run, which a restart replaced.
    let first = try #require(fit.attempts.first)
    #expect(first.start == "start 1" && first.method == .levenbergMarquardt && !first.chosen)
    #expect(fit.attempts.contains { $0.chosen && $0.method != .levenbergMarquardt })
    #expect((first.rss ?? 0) > 9000, "\(fit.attempts)")
  }

  @Test func theFlatBoxBODSolutionIsUnidentifiedNotOk() throws {
    let model = Self.boxBOD(start: [1, 1])
    let multi = MultiStartFit(model: model.solverModel(), modelName: "boxbod", bounds: [nil, nil])
    let outcome = try multi.run(
      y: Self.boxY, weights: nil, starts: [[1, 1]], options: FitOptions(), solver: NonlinearLeastSquares(),
      restarts: false)
    #expect(outcome.status.kind == .unidentified, "\(outcome.status)")
    #expect(outcome.status.parameter == "b2")
    #expect(!outcome.status.isEligible)
  }

  @Test func aParameterTheDataCannotSeparateIsNamed() throws {
    let x = (0..<12).map { Double($0) / 4 }
    let model = Self.custom(
      "twice", ["a", "b"], x: x, starts: [[1.5, 0.2]], value: { x, p in p[0] * p[1] * x },
      gradient: { x, p in [p[1] * x, p[0] * x] })
    let fit = try model.fit(
      y: x.map { 0.3 * $0 + 0.01 * sin(9 * $0) }, weights: nil, options: FitOptions(), solver: NonlinearLeastSquares())
    #expect(fit.status.kind == .unidentified)
    #expect(["a", "b"].contains(fit.status.parameter ?? ""))
    let j = try #require(fit.status.parameter.flatMap(fit.parameterNames.firstIndex(of:)))
    #expect(fit.standardErrors[j].isNaN, "no standard error for the parameter the data do not determine")
    #expect(fit.status.advice == .boundOrStart(parameter: fit.status.parameter ?? ""))
  }

  @Test func anInteriorBoxLeavesEstimatesAndStandardErrorsAsWithoutIt() throws {
    let x = (0..<30).map { 1.9 + 0.04 * Double($0) }
    let y = x.map { 0.3 + 0.6 / (1 + exp(($0 - 2.4) / 0.15)) + 0.01 * sin(13 * $0) }
    let logistic = { (bounds: [ParameterBound?]?) in
      Self.custom(
        "s", ["lo", "hi", "mid", "width"], x: x, starts: [[0.3, 0.9, 2.4, 0.1]], bounds: bounds,
        value: { x, p in LogisticModel.value(at: x, parameters: p) },
        gradient: { x, p in LogisticModel.gradient(at: x, parameters: p) })
    }
    let free = try logistic(nil).fit(y: y, weights: nil, options: FitOptions(), solver: NonlinearLeastSquares())
    let boxed = try logistic([
      ParameterBound(low: -0.1, high: 1.1), ParameterBound(low: -0.1, high: 1.1), ParameterBound(low: 1.5, high: 3.5),
      ParameterBound(low: 0.01, high: 1),
    ]).fit(y: y, weights: nil, options: FitOptions(), solver: NonlinearLeastSquares())
    #expect(free.status == .ok && boxed.status == .ok)
    for j in 0..<4 {
      #expect(abs(boxed.estimates[j] - free.estimates[j]) <= 1e-7 * max(abs(free.estimates[j]), 1))
      #expect(abs(boxed.standardErrors[j] / free.standardErrors[j] - 1) < 1e-5, "parameter \(j)")
    }
  }

  @Test func aBindingBoundIsAtBoundWithoutAStandardError() throws {
    let x = (0..<20).map { Double($0) / 10 }
    let model = Self.custom(
      "line", ["a", "b"], x: x, starts: [[0.5, 0.5]], bounds: [nil, ParameterBound(low: 0, high: 1)],
      value: { x, p in p[0] + p[1] * x }, gradient: { x, _ in [1, x] })
    let fit = try model.fit(
      y: x.map { 1 - 0.5 * $0 + 0.01 * cos(7 * $0) }, weights: nil, options: FitOptions(),
      solver: NonlinearLeastSquares())
    #expect(fit.status.kind == .atBound)
    #expect(fit.status.parameter == "b" && fit.status.side == .low)
    #expect(fit.estimates[1] < 1e-6)
    #expect(fit.standardErrors[1].isNaN && fit.standardErrors[0].isFinite)
    #expect(fit.status.isEligible)
  }

  @Test func aTinyRSSStillConvergesToFullAccuracy() throws {
    // Exact data (RSS at round-off): GSL's absolute gradient test would stop early.
    let x = (0..<24).map { 0.05 * Double($0) }
    let truth = [0.0951, 1.0, 0.8607, 3.0, 1.5576, 5.0]
    let value: @Sendable (Double, [Double]) -> Double = { x, b in
      b[0] * exp(-b[1] * x) + b[2] * exp(-b[3] * x) + b[4] * exp(-b[5] * x)
    }
    let model = Self.custom(
      "lanczos", ["b1", "b2", "b3", "b4", "b5", "b6"], x: x, starts: [[1.2, 0.3, 5.6, 5.5, 6.5, 7.6]],
      value: value,
      gradient: { x, b in
        [
          exp(-b[1] * x), -b[0] * x * exp(-b[1] * x), exp(-b[3] * x), -b[2] * x * exp(-b[3] * x),
          exp(-b[5] * x), -b[4] * x * exp(-b[5] * x),
        ]
      })
    let fit = try model.fit(
      y: x.map { value($0, truth) }, weights: nil, options: FitOptions(), solver: NonlinearLeastSquares())
    #expect(fit.status == .ok)
    for j in truth.indices {
      #expect(abs(fit.estimates[j] / truth[j] - 1) < 1e-8, "b\(j + 1): \(fit.estimates[j])")
    }
  }

  @Test func theLogisticOnAStraightLineIsNeverOkAndTheLineIsBest() throws {
    let x = (0..<60).map { 1.9 + 1.3 * Double($0) / 59 }
    let y = x.map { 0.9 - 0.3 * ($0 - 1.9) + 0.01 * sin(31 * $0) }
    let logistic = try BuiltinModel.logistic.fit(x: x, y: y)
    let linear = try BuiltinModel.linear.fit(x: x, y: y)
    #expect(logistic.status.kind != .ok, "\(logistic.status) \(logistic.estimates)")
    #expect(logistic.bounds.count == 4 && logistic.bounds[3]?.high == x[59] - x[0])
    #expect(linear.bic < logistic.bic)
  }
}
