import Foundation
import LossbookTestSupport
import Testing

/// Issue 11's check of the model comparison on generated data: straight lines, a wide
/// logistic, a constant, hinges of several kinds, two kinks and outliers, each fitted with
/// `models: [linear, logistic, hinge, segmented]`. Every render succeeds, every model has a
/// status, and the best model is of the right kind.
@Suite struct FitModelComparisonTests {
  /// A generated data set and the kinds of model that may be best on it.
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var right: Set<String>
    var noise: Double
    var curve: @Sendable (Double) -> Double
    /// Rows (1-based) that get `outlier` added.
    var outliers: [Int] = []
    var outlier: Double = 0

    var testDescription: String { name }

    /// The CSV: 120 evenly spaced losses from 1.9 to 3.2, y = curve + Normal noise.
    var csv: String {
      var random = SplitMix64(seed: UInt64(name.utf8.reduce(7) { $0 &* 31 &+ UInt64($1) }))
      var text = "x,y\n"
      for i in 0..<120 {
        let x = 1.9 + 1.3 * Double(i) / 119
        var y = curve(x) + noise * random.gaussian()
        if outliers.contains(i + 1) { y += outlier }
        text += "\(x),\(y)\n"
      }
      return text
    }
  }

  static let threshold: Set<String> = ["hinge", "segmented"]

  static let cases: [Case] = [
    Case(name: "falling line", right: ["linear"], noise: 0.01) { 0.9 - 0.35 * ($0 - 1.9) },
    Case(name: "gentle line", right: ["linear"], noise: 0.02) { 0.5 - 0.05 * ($0 - 1.9) },
    Case(name: "rising line", right: ["linear"], noise: 0.01) { 0.2 + 0.3 * ($0 - 1.9) },
    Case(name: "wide logistic", right: ["logistic"], noise: 0.01) { 0.25 + 0.7 / (1 + exp(($0 - 2.5) / 0.2)) },
    Case(name: "sharp logistic", right: ["logistic"], noise: 0.01) { 0.25 + 0.6 / (1 + exp(($0 - 2.6) / 0.05)) },
    Case(name: "constant", right: ["linear"], noise: 0.01) { _ in 0.25 },
    Case(name: "exactly constant", right: ["linear"], noise: 0) { _ in 0.25 },
    Case(name: "hinge in percent", right: threshold, noise: 1) { 25 + 90 * max(2.2 - $0, 0) },
    Case(name: "logistic in percent", right: ["logistic"], noise: 1) { 25 + 70 / (1 + exp(($0 - 2.5) / 0.15)) },
    Case(name: "line in percent", right: ["linear"], noise: 1) { 90 - 35 * ($0 - 1.9) },
    Case(name: "hinge at chance", right: threshold, noise: 0.01) { 0.25 + 0.9 * max(2.2 - $0, 0) },
    Case(name: "hinge from zero", right: threshold, noise: 0.01) { 1.2 * max(2.15 - $0, 0) },
    Case(name: "hinge near the edge", right: threshold, noise: 0.01) { 0.25 + 1.5 * max(2.05 - $0, 0) },
    Case(name: "late hinge", right: threshold, noise: 0.01) { 0.25 + 0.5 * max(2.9 - $0, 0) },
    Case(name: "shallow hinge", right: threshold, noise: 0.01) { 0.25 + 0.3 * max(2.5 - $0, 0) },
    Case(name: "rising after a flat stretch", right: threshold, noise: 0.01) { 0.3 + 0.6 * max($0 - 2.6, 0) },
    Case(name: "broken stick", right: threshold, noise: 0.01) { 0.6 - 0.1 * ($0 - 1.9) - 0.5 * max(2.5 - $0, 0) },
    Case(name: "two kinks", right: ["logistic", "hinge", "segmented"], noise: 0.01) {
      0.25 + min(0.9 * max(2.6 - $0, 0), 0.4)
    },
    Case(
      name: "hinge with outliers", right: threshold, noise: 0.01, curve: { 0.25 + 0.9 * max(2.2 - $0, 0) },
      outliers: [20, 70, 100], outlier: 0.25),
  ]

  @Test(arguments: cases)
  func everyModelHasAStatusAndTheBestIsTheRightKind(_ c: Case) throws {
    let notebook = """
      ```data d
      path: data.csv
      ```

      ```fit f
      table: d
      x: x
      y: y
      models: [linear, logistic, hinge, segmented]
      ```

      """
    let rendered = try NotebookRunner.render(notebook, files: ["data.csv": c.csv])
    #expect(!rendered.outcome.failed, "\(c.name): \(rendered.outcome.diagnostics.map(\.message))")
    let result = try #require(rendered.result("f"), "\(c.name)")
    let models = try #require(result["models"] as? [String: Any])
    var statuses: [String: String] = [:]
    for name in ["linear", "logistic", "hinge", "segmented"] {
      let model = models[name] as? [String: Any]
      let status = model?["status"] as? String
      #expect(["ok", "at_bound", "unidentified", "not_converged"].contains(status ?? ""), "\(c.name) \(name)")
      statuses[name] = status
    }
    let best = result["best"] as? String ?? "none"
    #expect(c.right.contains(best), "\(c.name): best \(best); statuses \(statuses)")
    if let best = result["best"] as? String {
      #expect(["ok", "at_bound"].contains(statuses[best] ?? ""), "\(c.name): the best model must be eligible")
    }
    if ProcessInfo.processInfo.environment["FIT_REPORT"] != nil {
      print("FIT \(c.name): best \(best); \(statuses.sorted { $0.key < $1.key })")
    }
  }
}
