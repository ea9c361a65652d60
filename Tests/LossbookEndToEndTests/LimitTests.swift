import Foundation
import LossbookBlocks
import LossbookEngine
import LossbookSyntax
import LossbookTestSupport
import Testing

/// Every fixed limit is refused at `lossbook check` (split, decode and resolve; nothing runs),
/// at the value's position, with the value asked for and the limit; the limit itself passes.
@Suite struct LimitTests {
  /// A table for fits and thresholds to name.
  static let data = """
    ```data d
    rows: [{x: 1, y: 1}, {x: 2, y: 0.5}, {x: 3, y: 0.4}, {x: 4, y: 0.35}]
    ```

    """

  /// One case: the block text with `VALUE` where the limited number goes, the limit, and the
  /// message expected over it.
  struct Case: Sendable, CustomTestStringConvertible {
    var block: String
    var limit: Int
    var message: String
    var testDescription: String { message }
  }

  static let cases: [Case] = [
    Case(block: "```fit f\ntable: d\nx: x\ny: y\ngrid_size: VALUE\n```", limit: 100_000, message: "grid_size is"),
    Case(block: "```fit f\ntable: d\nx: x\ny: y\ngrid_refine: VALUE\n```", limit: 1_000, message: "grid_refine is"),
    Case(
      block: "```fit f\ntable: d\nx: x\ny: y\nmax_iterations: VALUE\n```", limit: 10_000, message: "max_iterations is"),
    Case(
      block: "```fit f\ntable: d\nx: x\ny: y\nhuber_iterations: VALUE\n```", limit: 10_000,
      message: "huber_iterations is"),
    Case(
      block: "```threshold t\ntable: d\nx: x\ny: y\ncandidates: {grid: VALUE}\n```", limit: 1_000,
      message: "candidates.grid is"),
    Case(block: "```threshold t\ntable: d\nx: x\ny: y\ndavies: {k: VALUE}\n```", limit: 1_000, message: "davies.k is"),
    Case(
      block: "```threshold t\ntable: d\nx: x\ny: y\nbinseg: {breaks: VALUE}\n```", limit: 1_000,
      message: "binseg.breaks is"),
    Case(
      block: "```threshold t\ntable: d\nx: x\ny: y\nmin_side: VALUE\n```", limit: 10_000_000, message: "min_side is"),
    Case(
      block: "```threshold t\ntable: d\nx: x\ny: y\npelt: {min_size: VALUE}\n```", limit: 10_000_000,
      message: "pelt.min_size is"),
    Case(
      block: "```threshold t\ntable: d\nx: x\ny: y\nlimits: {replicates: VALUE}\n```", limit: 10_000_000,
      message: "limits.replicates is"),
    Case(
      block: "```family f\nlaw: chinchilla\nsizes: [1B]\ntokens: {from: 20B, to: 2T, checkpoints: 10}\n"
        + "limits: {checkpoints: VALUE}\ntasks: [{name: A, shape: hinge, eta: 2.2, slope: 0.9}]\n```",
      limit: 10_000_000, message: "limits.checkpoints is"),
    Case(
      block: "```family f\nlaw: chinchilla\nsizes: [1B]\ntokens: {from: 20B, to: 2T, checkpoints: 10}\n"
        + "tasks: [{name: A, shape: hinge, eta: 2.2, slope: 0.9, items: VALUE}]\n```\n\n"
        + "```explore e\nof: f\ntask: A\ncontrols: [eta, items]\n```",
      limit: 20_000, message: "the task's items (the questions slider's top) is"),
  ]

  /// The diagnostics of `lossbook check` on a notebook of `text`.
  static func check(_ text: String) -> [Diagnostic] {
    Analyzer(registry: standardRegistry).analyze(SourceFile(path: "l.md", text: text)).diagnostics
  }

  @Test(arguments: cases)
  func refusedAtCheckWithTheValueAndTheLimit(_ c: Case) {
    let within = Self.check(Self.data + c.block.replacingOccurrences(of: "VALUE", with: "\(c.limit)"))
    #expect(within.isEmpty, "\(within.map(\.message))")
    let over = c.limit * 10
    let text = Self.data + c.block.replacingOccurrences(of: "VALUE", with: "\(over)")
    let diags = Self.check(text)
    #expect(diags.count == 1)
    let d = diags.first
    #expect(d?.id == LimitDiagnostics.overLimit)
    #expect(d?.message == "\(c.message) \(over); the limit is \(c.limit)")
    #expect(d?.help?.isEmpty == false)
    // At the value itself (an explorer's questions limit: at its items control).
    let start = d?.range?.start ?? SourceLocation(line: 1, column: 1)
    let line = text.components(separatedBy: "\n")[start.line - 1]
    let atValue = String(line.dropFirst(start.column - 1))
    #expect(atValue.hasPrefix("\(over)") || atValue.hasPrefix("items]"), "\(line)")
  }

  @Test func startCombinationsOverTheLimit() {
    let list = "[" + (1...5).map { "\($0)" }.joined(separator: ", ") + "]"
    let block =
      "```fit f\ntable: d\nx: x\ny: y\nmodels: [{name: m, formula: \"a + b * x + c\", start: {a: \(list), b: \(list), c: \(list)}}]\n```"
    let diags = Self.check(Self.data + block)
    #expect(diags.map(\.message) == ["the number of start combinations is 125; the limit is 100"])
  }

  @Test func replicatesOverTheBlocksOwnLimitAreRefusedAtCheck() {
    let block = "```threshold t\ntable: d\nx: x\ny: y\nbootstrap: 2000\nlimits: {replicates: 1000}\n```"
    let diags = Self.check(Self.data + block)
    #expect(diags.map(\.id.rawValue) == ["threshold-too-many-replicates"])
    #expect(diags.first?.message == "bootstrap asks for 2000 replicates, more than limits.replicates (1000)")
  }

  /// `lossbook kinds` shows each limit from the constant its check uses.
  @Test func kindsShowsTheLimits() throws {
    let fit = try CLITests.run(["kinds", "fit"])
    let gridSize = allLimits.first { $0.scope == "fit" && $0.limit.name == "grid_size" }?.limit.maximum
    #expect(gridSize == 100_000)
    #expect(fit.stdout.contains("grid_size  (whole number ≥ 1, at most 100000;"))
    let all = try CLITests.run(["kinds", "limits"])
    #expect(all.status == 0)
    for entry in allLimits {
      #expect(all.stdout.contains("\(entry.limit.name): at most \(entry.limit.maximum) ("), "\(entry.limit.name)")
    }
    #expect(try CLITests.run(["kinds"]).stdout.contains("lossbook kinds limits"))
  }
}
