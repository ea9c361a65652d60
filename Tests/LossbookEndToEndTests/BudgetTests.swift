import Foundation
import LossbookStats
import Testing

@testable import LossbookBlocks

/// Issue 12's `budget` block: its numbers against an independent computation from the same
/// constants (the tokens by bisection on L(N, D) = eta, the optimum by a golden-section search
/// of 6 N D(N) over log N), reachability, the pairing of draws, and a notebook end to end.
@Suite struct BudgetTests {
  /// Hoffmann et al.'s constants.
  static let hoffmann = LossLaw(E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28)
  static let sizes = [3e8, 1e9, 7e9, 7e10]

  /// The loss of (N, D) written out, not through `LossLaw.loss`.
  static func loss(_ law: LossLaw, _ n: Double, _ d: Double) -> Double {
    law.E + law.A / exp(law.alpha * log(n)) + law.B / exp(law.beta * log(d))
  }

  /// D with L(N, D) = eta by bisection on log D (L falls as D grows); nil when even 1e40
  /// tokens leave the loss above eta.
  static func tokensByBisection(_ law: LossLaw, eta: Double, n: Double) -> Double? {
    var lo = 0.0
    var hi = log(1e40)
    guard loss(law, n, exp(hi)) < eta else { return nil }
    for _ in 0..<200 {
      let mid = (lo + hi) / 2
      if loss(law, n, exp(mid)) > eta { lo = mid } else { hi = mid }
    }
    return exp((lo + hi) / 2)
  }

  /// The size minimising 6 N D(N) by a golden-section search over log N, from the smallest
  /// size that can reach eta up to 1e20 parameters.
  static func optimumBySearch(_ law: LossLaw, eta: Double) -> (n: Double, d: Double, c: Double) {
    func cost(_ logN: Double) -> Double {
      let n = exp(logN)
      guard let d = tokensByBisection(law, eta: eta, n: n) else { return .infinity }
      return log(6 * n * d)
    }
    // The floor equals eta at log N0 = log(A / (eta - E)) / alpha: start just above it.
    var a = log(law.A / (eta - law.E)) / law.alpha + 1e-6
    var b = log(1e20)
    let g = (sqrt(5.0) - 1) / 2
    var c = b - g * (b - a)
    var d = a + g * (b - a)
    for _ in 0..<300 {
      if cost(c) < cost(d) { b = d } else { a = c }
      c = b - g * (b - a)
      d = a + g * (b - a)
    }
    let n = exp((a + b) / 2)
    let tokens = tokensByBisection(law, eta: eta, n: n)!
    return (n, tokens, 6 * n * tokens)
  }

  /// Equal to 6 significant digits.
  static func close(_ x: Double, _ y: Double, digits: Double = 6) -> Bool {
    abs(x - y) <= 0.5 * pow(10, 1 - digits) * abs(y)
  }

  @Test(arguments: [2.2, 2.05, 1.95])
  func tokensAndComputeMatchAnIndependentComputation(_ eta: Double) throws {
    let numbers = BudgetNumbers.compute(law: Self.hoffmann, eta: eta, sizes: Self.sizes, draws: nil, level: 0.95)
    for (n, row) in zip(Self.sizes, numbers.sizes) {
      let floor = 1.69 + 406.4 / exp(0.34 * log(n))
      #expect(Self.close(row.floor, floor, digits: 12))
      let expected = Self.tokensByBisection(Self.hoffmann, eta: eta, n: n)
      #expect(row.reachable == (expected != nil), "N = \(n), eta = \(eta)")
      #expect(row.reachable == (floor < eta))
      guard let expected else {
        #expect(row.tokens == nil && row.flops == nil)
        continue
      }
      let tokens = try #require(row.tokens?.estimate)
      let flops = try #require(row.flops?.estimate)
      #expect(Self.close(tokens, expected), "N = \(n): \(tokens) against \(expected)")
      #expect(Self.close(flops, 6 * n * expected), "N = \(n): \(flops) against \(6 * n * expected)")
      #expect(Self.close(Self.loss(Self.hoffmann, n, tokens), eta, digits: 12))
    }
    let optimal = try #require(numbers.optimal)
    let search = Self.optimumBySearch(Self.hoffmann, eta: eta)
    #expect(Self.close(optimal.N.estimate, search.n), "N*: \(optimal.N.estimate) against \(search.n)")
    #expect(Self.close(optimal.tokens.estimate, search.d), "D*: \(optimal.tokens.estimate) against \(search.d)")
    #expect(Self.close(optimal.flops.estimate, search.c), "C*: \(optimal.flops.estimate) against \(search.c)")
  }

  @Test func theThresholdOfTheIssueIsOutOfReachOfA300MModel() {
    let numbers = BudgetNumbers.compute(law: Self.hoffmann, eta: 2.2, sizes: Self.sizes, draws: nil, level: 0.95)
    #expect(numbers.sizes.map(\.reachable) == [false, true, true, true])
    // The smallest size that can reach 2.2: (A / (eta - E))^(1/alpha), about 340M.
    let smallest = try! #require(numbers.smallestSize)
    #expect(Self.close(Self.loss(Self.hoffmann, smallest, 1e300), 2.2, digits: 12))
  }

  @Test func aThresholdAtOrBelowEIsUnreachableAtAnySize() {
    for eta in [1.69, 1.5] {
      let numbers = BudgetNumbers.compute(law: Self.hoffmann, eta: eta, sizes: [1e12, 1e15], draws: nil, level: 0.95)
      #expect(!numbers.reachable)
      #expect(numbers.optimal == nil)
      #expect(numbers.smallestSize == nil)
      #expect(numbers.sizes.allSatisfy { !$0.reachable && $0.tokens == nil })
    }
  }

  /// Draw r of the law meets draw r of eta; a size some draws cannot reach has the share that
  /// can and an open upper end.
  @Test func drawsArePairedAndOpenIntervalsEndAtInfinity() throws {
    // Ten draws: the law fixed, eta from 2.10 to 2.28; 300M reaches only eta > its floor 2.2233.
    let etas = (0..<10).map { 2.10 + 0.02 * Double($0) }
    let draws = etas.map { BudgetDraw(law: Self.hoffmann, eta: $0) }
    let numbers = BudgetNumbers.compute(law: Self.hoffmann, eta: 2.2, sizes: Self.sizes, draws: draws, level: 0.9)
    let small = numbers.sizes[0]
    #expect(small.reachableFraction == 0.3)
    let oneB = try #require(numbers.sizes[1].tokens?.interval)
    // Type-7 quantiles of the paired tokens: fewer tokens for a higher (easier) eta.
    let tokens = etas.map { Self.tokensByBisection(Self.hoffmann, eta: $0, n: 1e9)! }.sorted()
    let h = 9 * 0.05
    #expect(Self.close(oneB.lower, tokens[0] + h * (tokens[1] - tokens[0])))
    #expect(Self.close(oneB.upper, tokens[8] + (1 - h) * (tokens[9] - tokens[8])))
    // With a failed law draw and the threshold draw of another replicate, pairing matters:
    var broken = draws
    broken[3].law = nil
    let fewer = BudgetNumbers.compute(law: Self.hoffmann, eta: 2.2, sizes: [1e9], draws: broken, level: 0.9)
    #expect(fewer.failures == 1)
    #expect(fewer.eta.interval != nil)
    // A size reachable at the estimate but not in every draw: the interval is open above.
    let mixed = (0..<10).map { BudgetDraw(law: Self.hoffmann, eta: $0 < 2 ? 2.0 : 2.3) }
    let open = BudgetNumbers.compute(law: Self.hoffmann, eta: 2.3, sizes: [5e8], draws: mixed, level: 0.95)
    #expect(open.sizes[0].reachable)
    #expect(open.sizes[0].reachableFraction == 0.8)
    #expect(open.sizes[0].tokens?.interval?.upper == .infinity)
    #expect(open.sizes[0].tokens?.interval?.lower.isFinite == true)
  }

  static let notebook = """
    ---
    title: Budget
    seed: 7
    ---

    ```family ladder
    law: chinchilla
    sizes: [300M, 540M, 1B, 1.5B, 6B, 32B]
    tokens: {from: 20B, to: 2T, checkpoints: 12, spacing: log}
    loss_noise: 0.004
    tasks:
      - {name: MMLU, shape: hinge, random: 0.25, eta: 2.2, slope: 0.9, ceiling: 0.95, items: 1000}
    ```

    ```fit law_fit
    table: ladder
    x: [N, D]
    y: loss
    models: [chinchilla]
    ```

    ```threshold mmlu_t
    table: ladder
    x: loss
    y: MMLU
    random: 0.25
    tests: [supf]
    bootstrap: 50
    ci: {replicates: 60}
    ```

    ```budget cost
    law: law_fit
    threshold: mmlu_t
    sizes: [300M, 1B, 7B, 70B]
    ```

    ```budget fixed
    law: {E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28}
    threshold: 2.2
    sizes: [300M, 1B, 7B, 70B]
    ```
    """

  @Test func aNotebookCostsTheThresholdTheSameAtOneAndTwoThreads() throws {
    let one = try NotebookRunner.render(Self.notebook) { $0.jobs = 1 }
    let two = try NotebookRunner.render(Self.notebook) { $0.jobs = 2 }
    #expect(!one.outcome.failed, "\(one.outcome.diagnostics.map(\.message))")
    let cost = try #require(one.result("cost"))
    #expect(one.json == two.json, "the draws depend on the thread count")
    #expect(cost["replicates"] as? Double == 60)
    #expect(cost["resample"] as? String == "runs")
    let sizes = try #require(cost["sizes"] as? [[String: Any]])
    #expect(sizes.count == 4)
    #expect(sizes.map { $0["reachable"] as? Bool } == [false, true, true, true])
    // Intervals from the paired draws, around the estimate.
    let seven = try #require(sizes[2]["tokens"] as? [String: Any])
    let estimate = try #require(seven["estimate"] as? Double)
    let ci = try #require(seven["ci"] as? [Any])
    let lower = try #require(ci[0] as? Double)
    #expect(lower <= estimate)
    if let upper = ci[1] as? Double { #expect(upper >= estimate) }
    let optimal = try #require(cost["optimal"] as? [String: Any])
    #expect((optimal["N"] as? Double ?? 0) > 3e8)
    // The constants give the closed form's numbers, without intervals.
    let fixed = try #require(one.result("fixed"))
    let rows = try #require(fixed["sizes"] as? [[String: Any]])
    let tokens = try #require((rows[3]["tokens"] as? [String: Any])?["estimate"] as? Double)
    #expect(Self.close(tokens, Self.tokensByBisection(Self.hoffmann, eta: 2.2, n: 7e10)!))
    #expect(fixed["replicates"] as? Double == 0)
    // The table, the figure and the notes.
    let html = try #require(one.html)
    #expect(html.contains("Tokens and training compute (6 N D) to reach a loss of 2.200"))
    #expect(html.contains("× unreachable"))
    #expect(one.files["n/cost.svg"] != nil && one.files["n/cost.csv"] != nil)
  }

  @Test func aJapaneseReportWritesTheBudgetInJapanese() throws {
    let text = Self.notebook.replacingOccurrences(of: "title: Budget\n", with: "title: Budget\nlang: ja\n")
    let rendered = try NotebookRunner.render(text) { $0.jobs = 2 }
    #expect(!rendered.outcome.failed, "\(rendered.outcome.diagnostics.map(\.message))")
    let html = try #require(rendered.html)
    #expect(html.contains("損失の下限"))
    #expect(html.contains("届かない"))
  }

  @Test func aThresholdBelowEIsAWarningAndTheResultSaysSo() throws {
    let text = """
      ```budget low
      law: {E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28}
      threshold: 1.6
      sizes: [7B]
      ```
      """
    let rendered = try NotebookRunner.render(text)
    #expect(!rendered.outcome.failed)
    #expect(rendered.outcome.diagnostics.contains { $0.id.rawValue == "budget-unreachable" })
    let result = try #require(rendered.result("low"))
    #expect(result["reachable"] as? Bool == false)
    #expect(result["optimal"] is NSNull)
  }

  /// Empty sizes, a constant at 0 and more draws than the threshold has are refused at their fields.
  @Test(arguments: [
    ("sizes: []", "budget-bad-size", 4),
    ("law: {E: 1.69, A: 406.4, B: 410.7, alpha: 0, beta: 0.28}", "budget-bad-option", 2),
  ])
  func badFieldsAreRefusedWhereTheyAreWritten(_ line: String, _ id: String, _ row: Int) throws {
    var lines = [
      "```budget cost", "law: {E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28}", "threshold: 2.2",
      "sizes: [1B]", "```",
    ]
    let key = line.prefix { $0 != ":" }
    lines = lines.map { $0.hasPrefix(key + ":") ? line : $0 }
    let rendered = try NotebookRunner.render(lines.joined(separator: "\n") + "\n")
    #expect(rendered.outcome.failed)
    let found = rendered.outcome.diagnostics.first { $0.id.rawValue == id }
    #expect(found?.range?.start.line == row, "\(rendered.outcome.diagnostics.map(\.message))")
  }

  /// With both sides varying, draw r of the law meets draw r of eta: the interval is that of the
  /// paired tokens (here computed by bisection), not of another pairing.
  @Test func bothSidesVaryAndDrawRMeetsDrawR() throws {
    let laws = (0..<20).map { r in
      LossLaw(E: 1.60 + 0.01 * Double(r), A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28)
    }
    let etas = (0..<20).map { r in 2.10 + 0.012 * Double(r) }
    let draws = zip(laws, etas).map { BudgetDraw(law: $0, eta: $1) }
    let numbers = BudgetNumbers.compute(law: Self.hoffmann, eta: 2.2, sizes: [7e9], draws: draws, level: 0.8)
    let interval = try #require(numbers.sizes[0].tokens?.interval)
    func quantiles(_ values: [Double]) -> (Double, Double) {
      let v = values.sorted()
      let lowH = 19 * 0.1
      let highH = 19 * 0.9
      let low = v[Int(lowH)] + (lowH - Double(Int(lowH))) * (v[Int(lowH) + 1] - v[Int(lowH)])
      let high = v[Int(highH)] + (highH - Double(Int(highH))) * (v[Int(highH) + 1] - v[Int(highH)])
      return (low, high)
    }
    let paired = quantiles((0..<20).map { Self.tokensByBisection(laws[$0], eta: etas[$0], n: 7e9)! })
    #expect(Self.close(interval.lower, paired.0) && Self.close(interval.upper, paired.1))
    let reversed = quantiles((0..<20).map { Self.tokensByBisection(laws[$0], eta: etas[19 - $0], n: 7e9)! })
    #expect(!Self.close(interval.lower, reversed.0, digits: 2))
  }
}
