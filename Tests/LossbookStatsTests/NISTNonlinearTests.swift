import Foundation
import Testing

@testable import LossbookStats

/// NIST StRD nonlinear problems through the generic solver with analytic Jacobians written
/// here, from both NIST starts: at least 6 correct digits (log relative error) in every
/// parameter, standard error and the RSS.
@Suite struct NISTNonlinearTests {
  static let problems: [NISTProblem] = [.misra1a, .chwirut2, .thurber, .mgh09, .rat43]

  @Test(arguments: problems, [1, 2])
  func certifiedValuesFromBothStarts(problem: NISTProblem, start: Int) throws {
    let solver = NonlinearLeastSquares()
    let result = try solver.fit(
      NISTModels.model(for: problem), y: problem.y,
      start: start == 1 ? problem.start1 : problem.start2)
    let digits = NISTModels.digits(result, problem)
    #expect(digits.parameters >= 6, "\(problem.name) start \(start): \(digits)")
    #expect(digits.standardErrors >= 6, "\(problem.name) start \(start): \(digits)")
    #expect(digits.rss >= 6, "\(problem.name) start \(start): \(digits)")
    #expect(result.converged)
    #expect(result.dof == problem.y.count - problem.start1.count)
  }

  @Test func geodesicAccelerationAlsoReachesTheCertifiedValues() throws {
    let problem = NISTProblem.thurber
    let options = NonlinearOptions(geodesicAcceleration: true)
    let result = try NonlinearLeastSquares().fit(
      NISTModels.model(for: problem), y: problem.y, start: problem.start2, options: options)
    let digits = NISTModels.digits(result, problem)
    #expect(min(digits.parameters, digits.standardErrors, digits.rss) >= 6, "\(digits)")
  }

  @Test func rowAndBulkEvaluatorsAgreeAndTheWorkspaceIsReused() throws {
    let problem = NISTProblem.chwirut2
    let solver = NonlinearLeastSquares()
    let bulk = try solver.fit(NISTModels.model(for: problem), y: problem.y, start: problem.start2)
    let rows = try solver.fit(NISTModels.chwirut2Rows(problem), y: problem.y, start: problem.start2)
    // A different shape in between forces a new workspace, then the old shape again.
    _ = try solver.fit(NISTModels.model(for: .misra1a), y: NISTProblem.misra1a.y, start: NISTProblem.misra1a.start2)
    let again = try solver.fit(NISTModels.model(for: problem), y: problem.y, start: problem.start2)
    #expect(bulk.parameters == again.parameters)
    #expect(bulk.iterations == again.iterations)
    for (a, b) in zip(bulk.parameters, rows.parameters) { #expect(relativeError(a, b) < 1e-12) }
  }

  @Test func evaluatingAtTheCertifiedValuesGivesTheCertifiedErrors() throws {
    let problem = NISTProblem.chwirut2
    let result = try NonlinearLeastSquares().evaluate(
      NISTModels.model(for: problem), y: problem.y, at: problem.certifiedValues)
    #expect(result.iterations == 0 && result.stopReason == .suppliedOptimum)
    #expect(result.parameters == problem.certifiedValues)
    let digits = NISTModels.digits(result, problem)
    #expect(min(digits.standardErrors, digits.rss) >= 8, "\(digits)")
  }

  @Test func traceStartsAtTheStartAndEndsAtTheEstimate() throws {
    let problem = NISTProblem.misra1a
    let result = try NonlinearLeastSquares().fit(
      NISTModels.model(for: problem), y: problem.y, start: problem.start1)
    #expect(result.trace.count == result.iterations + 1)
    #expect(result.trace.first?.parameters == problem.start1)
    #expect(result.trace.last?.parameters == result.parameters)
    let rss = result.trace.map(\.rss)
    #expect(zip(rss, rss.dropFirst()).allSatisfy { $1 <= $0 })
    #expect(result.functionEvaluations >= result.iterations)
  }
}

/// The NIST models with analytic Jacobians (Misra1a and Thurber row by row, the others bulk).
enum NISTModels {
  static func model(for problem: NISTProblem) -> NonlinearModel {
    let x = problem.x
    let names = problem.start1.indices.map { "b\($0 + 1)" }
    switch problem.name {
    case "Misra1a":
      return NonlinearModel(parameterNames: names) { b, i in
        let e = exp(-b[1] * x[i])
        return (b[0] * (1 - e), [1 - e, b[0] * x[i] * e])
      }
    case "Chwirut2":
      return NonlinearModel(parameterNames: names) { b, values, jacobian in
        for i in x.indices {
          let denominator = b[1] + b[2] * x[i]
          let f = exp(-b[0] * x[i]) / denominator
          values[i] = f
          guard let jacobian else { continue }
          jacobian[i * 3] = -x[i] * f
          jacobian[i * 3 + 1] = -f / denominator
          jacobian[i * 3 + 2] = -x[i] * f / denominator
        }
      }
    case "Thurber":
      return NonlinearModel(parameterNames: names) { b, i in
        let t = x[i]
        let numerator = b[0] + b[1] * t + b[2] * t * t + b[3] * t * t * t
        let denominator = 1 + b[4] * t + b[5] * t * t + b[6] * t * t * t
        let f = numerator / denominator
        let q = -f / denominator
        return (
          f,
          [
            1 / denominator, t / denominator, t * t / denominator, t * t * t / denominator,
            q * t, q * t * t, q * t * t * t,
          ]
        )
      }
    case "MGH09":
      return NonlinearModel(parameterNames: names) { b, values, jacobian in
        for i in x.indices {
          let t = x[i]
          let numerator = t * t + t * b[1]
          let denominator = t * t + t * b[2] + b[3]
          let f = b[0] * numerator / denominator
          values[i] = f
          guard let jacobian else { continue }
          jacobian[i * 4] = numerator / denominator
          jacobian[i * 4 + 1] = b[0] * t / denominator
          jacobian[i * 4 + 2] = -f * t / denominator
          jacobian[i * 4 + 3] = -f / denominator
        }
      }
    default:  // Rat43: b1 / (1 + exp(b2 − b3 x))^(1/b4)
      return NonlinearModel(parameterNames: names) { b, values, jacobian in
        for i in x.indices {
          let e = exp(b[1] - b[2] * x[i])
          let base = 1 + e
          let f = b[0] * pow(base, -1 / b[3])
          values[i] = f
          guard let jacobian else { continue }
          let dBase = -f / (b[3] * base)  // ∂f/∂base
          jacobian[i * 4] = f / b[0]
          jacobian[i * 4 + 1] = dBase * e
          jacobian[i * 4 + 2] = -dBase * e * x[i]
          jacobian[i * 4 + 3] = f * log(base) / (b[3] * b[3])
        }
      }
    }
  }

  /// Chwirut2 again, row by row, to compare the two evaluator forms.
  static func chwirut2Rows(_ problem: NISTProblem) -> NonlinearModel {
    let x = problem.x
    return NonlinearModel(parameterNames: ["b1", "b2", "b3"]) { b, i in
      let denominator = b[1] + b[2] * x[i]
      let f = exp(-b[0] * x[i]) / denominator
      return (f, [-x[i] * f, -f / denominator, -x[i] * f / denominator])
    }
  }

  /// The smallest log relative error over parameters, over standard errors, and of the RSS.
  static func digits(
    _ result: NonlinearResult, _ problem: NISTProblem
  ) -> (parameters: Double, standardErrors: Double, rss: Double) {
    let parameters = zip(result.parameters, problem.certifiedValues).map(logRelativeError).min() ?? 0
    let errors = zip(result.standardErrors, problem.certifiedStandardErrors).map(logRelativeError).min() ?? 0
    return (parameters, errors, logRelativeError(result.rss, problem.certifiedRSS))
  }
}
