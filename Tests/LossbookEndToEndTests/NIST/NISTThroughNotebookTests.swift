import Foundation
import Testing

/// All 27 NIST StRD nonlinear problems, each model written as a formula, fitted through a
/// notebook (a data block reading the problem's CSV, a fit block with the formula and one
/// NIST start) from both NIST starts, with the default settings (issue 11): at least 52 of
/// the 54 problem-starts reach 6 correct significant digits (log relative error, LRE) in
/// every parameter and standard error, Lanczos1's standard errors counting at 3 (the
/// double-precision limit: its residuals, 1e-13, are at the round-off of y). Every
/// problem-start that misses is flagged: its status is not `ok`, or the block fails.
@Suite struct NISTThroughNotebookTests {
  /// How one problem-start ended.
  struct Outcome: Sendable {
    var key: String
    var status: String
    var parameterLRE: Double
    var seLRE: Double
    var rssLRE: Double
    var reason: String

    /// Reached the certified values (6 digits; Lanczos1's SEs 3).
    var reached: Bool {
      parameterLRE >= 6 && seLRE >= (key.hasPrefix("Lanczos1 ") ? 3 : 6)
    }
  }

  /// The problem-starts that are expected to miss, with why: each must be flagged.
  static let expectedMisses: [String: String] = [
    "MGH17 start 1":
      "from (50, 150, -100, 1, 2) every GSL method is drawn to the two exponentials' rates b4 = b5, where the model loses a parameter (MINPACK's LM and SciPy's trf reach it)"
  ]

  @Test func atLeast52Of54ReachTheCertifiedValuesAndEveryMissIsFlagged() throws {
    var outcomes: [Outcome] = []
    for problem in NISTStrdProblem.all {
      for (label, start) in [("start 1", problem.start1), ("start 2", problem.start2)] {
        outcomes.append(try Self.fit(problem, start: start, key: "\(problem.name) \(label)"))
      }
    }
    let reached = outcomes.filter(\.reached)
    let misses = outcomes.filter { !$0.reached }
    let listing = misses.map {
      "\($0.key): \($0.status), LRE parameters \(Self.text($0.parameterLRE)), SE \(Self.text($0.seLRE)) (\($0.reason))"
    }.joined(separator: "\n")
    #expect(outcomes.count == 54)
    #expect(reached.count >= 52, "\(reached.count) of 54 reached; misses:\n\(listing)")
    for miss in misses {
      #expect(miss.status != "ok", "\(miss.key) is reported ok with wrong numbers: \(listing)")
    }
    for outcome in reached {
      #expect(outcome.status == "ok", "\(outcome.key) reached the certified values but is \(outcome.status)")
      #expect(outcome.rssLRE >= (outcome.key.hasPrefix("Lanczos1 ") ? 2.5 : 6), "\(outcome.key) RSS")
    }
    for (key, why) in Self.expectedMisses {
      let outcome = outcomes.first { $0.key == key }
      #expect(outcome?.reached == false, "\(key) now reaches the certified values; update expectedMisses (\(why))")
    }
    if ProcessInfo.processInfo.environment["NIST_REPORT"] != nil {
      for o in outcomes {
        print(
          "NIST \(o.key): \(o.status), LRE parameters \(Self.text(o.parameterLRE)), SE \(Self.text(o.seLRE)), RSS \(Self.text(o.rssLRE))"
        )
      }
      print("NIST reached \(reached.count) of 54")
    }
  }

  @Test func boxBODFromStart1IsNeverOkWithWrongNumbers() throws {
    let problem = try #require(NISTStrdProblem.all.first { $0.name == "BoxBOD" })
    let outcome = try Self.fit(problem, start: problem.start1, key: "BoxBOD start 1")
    #expect(outcome.status != "ok" || (outcome.parameterLRE >= 6 && outcome.rssLRE >= 6), "\(outcome)")
  }

  /// Renders the problem's notebook from `start` and measures the digits of its result.
  static func fit(_ problem: NISTStrdProblem, start: [Double], key: String) throws -> Outcome {
    let rendered = try NotebookRunner.render(Self.notebook(problem, start: start), files: ["data.csv": problem.csv])
    guard let result = rendered.result("f"),
      let model = (result["models"] as? [String: Any])?["nist"] as? [String: Any],
      let status = model["status"] as? String
    else {
      let messages = rendered.outcome.diagnostics.map(\.message).joined(separator: "; ")
      return Outcome(key: key, status: "block failed", parameterLRE: 0, seLRE: 0, rssLRE: 0, reason: messages)
    }
    let params = model["params"] as? [String: Any]
    var parameterLRE = Double.infinity
    var seLRE = Double.infinity
    for j in problem.certifiedValues.indices {
      let p = params?["b\(j + 1)"] as? [String: Any]
      parameterLRE = min(parameterLRE, lre(p?["estimate"] as? Double, problem.certifiedValues[j]))
      seLRE = min(seLRE, lre(p?["se"] as? Double, problem.certifiedStandardErrors[j]))
    }
    return Outcome(
      key: key, status: status, parameterLRE: parameterLRE, seLRE: seLRE,
      rssLRE: lre(model["rss"] as? Double, problem.certifiedRSS), reason: model["reason"] as? String ?? "")
  }

  /// The notebook for one problem and start, with the fit block's default settings.
  static func notebook(_ problem: NISTStrdProblem, start: [Double]) -> String {
    let starts = start.enumerated().map { "b\($0.offset + 1): \($0.element)" }.joined(separator: ", ")
    let derive = problem.response == "logy" ? "derive: {logy: =log(y)}\n" : ""
    let x = problem.name == "Nelson" ? "x1" : "x"
    return """
      ---
      title: "NIST StRD \(problem.name)"
      ---

      ```data d
      path: data.csv
      \(derive)```

      ```fit f
      table: d
      x: \(x)
      y: \(problem.response)
      models: [{name: nist, formula: "\(problem.formula)", start: {\(starts)}}]
      ```

      """
  }

  /// The log relative error `-log10(|a - c| / |c|)`, capped at 15 (exact agreement).
  static func lre(_ value: Double?, _ certified: Double) -> Double {
    guard let value, value.isFinite else { return 0 }
    if value == certified { return 15 }
    return min(15, max(0, -log10(abs(value - certified) / abs(certified))))
  }

  static func text(_ x: Double) -> String { String(format: "%.1f", x) }
}
