import Foundation
import Testing

/// All 27 NIST StRD nonlinear problems, each model written as a formula, fitted through a
/// notebook (a data block reading the problem's CSV, a fit block with the formula and one
/// NIST start) from both NIST starts. The results file must hold at least 6 correct
/// significant digits (log relative error, LRE) in every parameter, standard error and the
/// RSS, except where `exceptions` says why not.
///
/// Every notebook sets `xtol: 1e-15` and `gtol: 1e-15`: GSL's gradient test scales by
/// max(RSS / 2, 1), so with the default 1e-10 the problems with a tiny RSS (Lanczos1-3, RSS
/// 1e-25 to 1e-8) stop while the parameters still move in the seventh digit.
@Suite struct NISTThroughNotebookTests {
  /// (problem, start) pairs that do not reach 6 digits everywhere, with the reason. Each is
  /// still checked for what it does reach.
  static let exceptions: [String: (parameters: Double, standardErrors: Double, rss: Double, reason: String)] = [
    "Lanczos1 start 1": (
      6, 2.5, 2.5,
      "the certified RSS is 1.4e-25: the residuals (1e-13) are at the round-off of y (about 1) in double precision, so the RSS and the SEs (proportional to its square root) keep only 3 to 4 digits (measured 2.9 to 3.9); the parameters keep 10"
    ),
    "Lanczos1 start 2": (6, 2.5, 2.5, "as start 1"),
  ]

  /// (problem, start) pairs that need more than plain Levenberg-Marquardt, with the reason;
  /// the extra fit fields are written into the notebook.
  static let settings: [String: (yaml: String, reason: String)] = [
    "BoxBOD start 1": (
      "geodesic: true",
      "plain LM from (1, 1) ends in a local minimum (b2 near 1e-4 ... RSS 9771, not 1168); geodesic acceleration reaches the certified one"
    ),
    "MGH10 start 1": (
      "geodesic: true\nmax_iterations: 2000",
      "from (2, 400000, 25000) plain LM makes too little progress in 500 iterations; with geodesic acceleration it converges in about 1,600"
    ),
  ]

  /// (problem, start) pairs that Levenberg-Marquardt cannot solve: the fit must fail with
  /// this diagnostic, never give an answer.
  static let unsolved: [String: (diagnostic: String, reason: String)] = [
    "MGH17 start 1": (
      "fit-did-not-converge",
      "from (50, 150, -100, 1, 2) LM (plain: no convergence within 5000 iterations; geodesic: the estimates overflow) is drawn to the two exponentials' rates b4 = b5, where the model loses a parameter"
    ),
  ]

  @Test(arguments: NISTStrdProblem.all)
  func certifiedDigitsFromBothStarts(problem: NISTStrdProblem) throws {
    for (label, start) in [("start 1", problem.start1), ("start 2", problem.start2)] {
      let key = "\(problem.name) \(label)"
      let rendered = try NotebookRunner.render(
        Self.notebook(problem, start: start, extra: Self.settings[key]?.yaml ?? ""), files: ["data.csv": problem.csv])
      if let unsolved = Self.unsolved[key] {
        #expect(rendered.outcome.failed, "\(key) should fail: \(unsolved.reason)")
        #expect(rendered.outcome.diagnostics.contains { $0.id.rawValue == unsolved.diagnostic }, "\(key)")
        continue
      }
      let expected = Self.exceptions[key] ?? (6, 6, 6, "")
      guard let result = rendered.result("f"),
        let model = (result["models"] as? [String: Any])?["nist"] as? [String: Any],
        let params = model["params"] as? [String: Any], let rss = model["rss"] as? Double
      else {
        Issue.record("\(key): no result; diagnostics: \(rendered.outcome.diagnostics.map(\.message))")
        continue
      }
      var parameterLRE = Double.infinity
      var seLRE = Double.infinity
      for j in problem.certifiedValues.indices {
        let p = params["b\(j + 1)"] as? [String: Any]
        parameterLRE = min(parameterLRE, Self.lre(p?["estimate"] as? Double, problem.certifiedValues[j]))
        seLRE = min(seLRE, Self.lre(p?["se"] as? Double, problem.certifiedStandardErrors[j]))
      }
      let rssLRE = Self.lre(rss, problem.certifiedRSS)
      let digits = "LRE parameters \(Self.text(parameterLRE)), SE \(Self.text(seLRE)), RSS \(Self.text(rssLRE))"
      #expect(parameterLRE >= expected.parameters, "\(key): \(digits)")
      #expect(seLRE >= expected.standardErrors, "\(key): \(digits)")
      #expect(rssLRE >= expected.rss, "\(key): \(digits)")
      #expect(model["converged"] as? Bool == true, "\(key)")
      if ProcessInfo.processInfo.environment["NIST_REPORT"] != nil { print("NIST \(key): \(digits)") }
    }
  }

  /// The notebook for one problem and start.
  static func notebook(_ problem: NISTStrdProblem, start: [Double], extra: String) -> String {
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
      xtol: 1e-15
      gtol: 1e-15
      \(extra)
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
