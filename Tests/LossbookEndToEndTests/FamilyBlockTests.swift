import Foundation
import LossbookBlocks
import LossbookEngine
import LossbookTestSupport
import Testing

/// The `family` block through the pipeline: its CSV checked against the formulas of STATS.md
/// section 1, computed here independently.
@Suite struct FamilyBlockTests {
  /// Renders `text` and returns the outcome and the CSV of block `id`, parsed.
  func render(
    _ text: String, id: String = "f", params: [(name: String, value: String)] = []
  ) throws -> (NotebookOutcome, [String: [String]]) {
    let r = try NotebookRunner.render(text) { $0.params = params }
    return (r.outcome, r.csv("\(id).csv"))
  }

  func numbers(_ c: [String: [String]], _ name: String) -> [Double] { (c[name] ?? []).map { Double($0) ?? .nan } }

  @Test func runsGridsAndAFormulaLaw() throws {
    let (outcome, c) = try render(
      """
      ---
      params: {b: 410.7, step: 43B}
      ---

      ```family f
      law: =1.69 + 406.4 / N^0.34 + params.b / D^0.28
      sizes: [1B]
      tokens: {from: 10B, to: 1T, checkpoints: 3, spacing: log}
      runs:
        - {size: 1.5B, tokens: {from: 43B, every: =params.step, to: 200B}}
        - {name: big, size: 32B, tokens: [1T, 2T]}
      final_only:
        - {size: 300M, tokens: [67B, 125B]}
      ```
      """)
    #expect(!outcome.failed, "\(outcome.diagnostics.map(\.message))")
    #expect(
      c["run"] == ["1B", "1B", "1B", "1.5B", "1.5B", "1.5B", "1.5B", "1.5B", "big", "big", "300M final", "300M final"])
    let D = numbers(c, "D")
    #expect(D[0] == 1e10 && abs(D[1] / 1e11 - 1) < 1e-14 && D[2] == 1e12)
    #expect(Array(D[3..<8]) == [43e9, 86e9, 129e9, 172e9, 200e9])
    let N = numbers(c, "N")
    let loss = numbers(c, "loss_true")
    for k in 0..<N.count {
      let expected = 1.69 + 406.4 / pow(N[k], 0.34) + 410.7 / pow(D[k], 0.28)
      #expect(abs(loss[k] - expected) <= 1e-14 * expected)
      #expect(numbers(c, "C")[k] == 6 * N[k] * D[k])
      #expect(numbers(c, "loss")[k] == loss[k])
    }
  }

  @Test func itemsMetricsAtTheirLimits() throws {
    // Far before the threshold (loss > 2.2, eta = 1.2) every item guesses: prob 1/K = 0.2 and
    // Brier 1 - 1/K = 0.8 exactly; exact match is q^m, its token column q.
    let (outcome, c) = try render(
      """
      ```family f
      law: chinchilla
      sizes: [300M, 1B]
      tokens: [20B, 100B]
      tasks:
        - {name: Q, shape: items, random: 0.2, eta: 1.2, spread: 0.05, sharpness: 0.02, items: 500, metrics: [prob, brier]}
        - {name: A, shape: exact-match, tokens: 4, rate: 1.1, floor: 1.9, metrics: [token, prob]}
        - {name: H, shape: hinge, random: 0.25, eta: 2.5, slope: 0.8, options: 4, metrics: [prob, brier]}
      ```
      """)
    #expect(!outcome.failed, "\(outcome.diagnostics.map(\.message))")
    for v in numbers(c, "Q_prob") { #expect(abs(v - 0.2) < 1e-12) }
    for v in numbers(c, "Q_brier") { #expect(abs(v - 0.8) < 1e-12) }
    let loss = numbers(c, "loss_true")
    for (k, l) in loss.enumerated() {
      let q = min(1, exp(-1.1 * (l - 1.9)))
      #expect(abs(numbers(c, "A_token")[k] - q) < 1e-15)
      #expect(abs(numbers(c, "A")[k] - pow(q, 4)) < 1e-15)
      let p = l >= 2.5 ? 0.25 : min(1, 0.25 + 0.8 * (2.5 - l))
      #expect(abs(numbers(c, "H")[k] - p) < 1e-15)
      #expect(abs(numbers(c, "H_brier")[k] - (1 - p) * (1 - p) * 4 / 3) < 1e-15)
    }
  }

  @Test func thresholdOutsideTheRunsIsAWarningNotAnError() throws {
    let (outcome, c) = try render(
      """
      ```family f
      law: chinchilla
      sizes: [300M]
      tokens: [20B, 40B]
      tasks:
        - {name: T, shape: logistic, random: 0.25, mid: 1.2, width: 0.1}
      ```
      """)
    #expect(!outcome.failed)
    #expect(outcome.diagnostics.map(\.id.rawValue) == ["family-threshold-out-of-range"])
    #expect(outcome.diagnostics.first?.severity == .warning)
    #expect(c["T"]?.count == 2)
  }

  @Test func parametersReachWholeNumbersToo() throws {
    let text = """
      ---
      params: {n: 7, items: 300}
      ---

      ```family f
      law: epoch
      sizes: [1B]
      tokens: {from: 10B, to: 100B, checkpoints: =params.n}
      tasks:
        - {name: T, shape: hinge, random: 0.25, eta: 3, slope: 1, items: =params.items}
      ```
      """
    let (outcome, c) = try render(text, params: [("n", "4")])
    #expect(!outcome.failed, "\(outcome.diagnostics.map(\.message))")
    #expect(c["D"]?.count == 4)
    let (bad, _) = try render(text, params: [("n", "2.5")])
    #expect(bad.diagnostics.map(\.id.rawValue) == ["family-not-whole"])
  }

  @Test func aFieldTheShapeDoesNotUseIsUnknown() throws {
    let (outcome, _) = try render(
      """
      ```family f
      law: chinchilla
      sizes: [1B]
      tokens: [20B]
      tasks:
        - {name: T, shape: hinge, random: 0.25, eta: 2.2, slope: 1, mid: 2}
      ```
      """)
    #expect(outcome.diagnostics.map(\.id.rawValue) == ["unknown-field"])
  }
}
