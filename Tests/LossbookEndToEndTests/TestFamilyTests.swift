import Foundation
import LossbookBlocks
import LossbookEngine
import Testing

/// The threshold tests of a notebook are one family (STATS.md section 4, FORMAT.md section 6):
/// every test gets `p_adjusted`, computed across all threshold blocks, and everything that
/// reads a threshold block (expressions, inline values, tables, the results file) sees it.
@Suite struct TestFamilyTests {
  /// Three tasks (two with a threshold, one straight line) and three threshold blocks of three
  /// tests each, an inline value that reads an adjusted p-value and a table of the three.
  static func notebook(adjust: String?) -> String {
    """
    ---
    seed: 7
    \(adjust.map { "adjust: \($0)" } ?? "")
    ---

    ```family f
    law: chinchilla
    sizes: [300M, 1B, 6B]
    tokens: {from: 20B, to: 2T, checkpoints: 20, spacing: log}
    loss_noise: 0.005
    tasks:
      - {name: Ta, shape: hinge, random: 0.25, eta: 2.3, slope: 0.9, items: 300}
      - {name: Tb, shape: hinge, random: 0.25, eta: 2.4, slope: 0.3, items: 100}
      - {name: Tc, shape: linear, value: 0.5, at: 2.0, slope: 0.2, random: 0.25, ceiling: 1, items: 100}
    ```

    ```threshold t1
    table: f
    x: loss
    y: Ta
    random: 0.25
    tests: [supf, davies, cusum]
    bootstrap: 199
    ci: {replicates: 50}
    ```

    ```threshold t2
    table: f
    x: loss
    y: Tb
    random: 0.25
    tests: [supf, davies, cusum]
    bootstrap: 199
    ci: {replicates: 50}
    ```

    ```threshold t3
    table: f
    x: loss
    y: Tc
    random: 0.25
    tests: [supf, davies, cusum]
    bootstrap: 199
    ci: {replicates: 50}
    ```

    Adjusted: `= t2.tests.supf.p_adjusted | .6f`.

    ```table s
    of: [t1, t2, t3]
    ```
    """
  }

  static let blocks = ["t1", "t2", "t3"]
  static let tests = ["supf", "davies", "cusum"]

  /// (raw, adjusted) p-values of every test, block by block.
  static func pValues(_ r: NotebookRunner.Rendered) throws -> [(p: Double, adjusted: Double)] {
    var out: [(Double, Double)] = []
    for b in blocks {
      let t = try #require(r.result(b)?["tests"] as? [String: Any])
      for name in tests {
        let test = try #require(t[name] as? [String: Any])
        out.append((try #require(test["p"] as? Double), try #require(test["p_adjusted"] as? Double)))
      }
    }
    return out
  }

  /// Holm by its definition, O(m²): the largest (m − rank + 1) p over the p-values at or
  /// below this one, rank counting the strictly smaller ones plus one; capped at 1.
  static func holm(_ p: [Double]) -> [Double] {
    let m = Double(p.count)
    return p.map { pi in
      let products = p.filter { $0 <= pi }.map { pj in (m - Double(p.filter { $0 < pj }.count)) * pj }
      return min(1, products.max() ?? 1)
    }
  }

  /// Benjamini-Hochberg by its definition: the least m p / rank over the p-values at or above
  /// this one, rank counting the p-values at or below; capped at 1.
  static func benjaminiHochberg(_ p: [Double]) -> [Double] {
    let m = Double(p.count)
    return p.map { pi in
      let ratios = p.filter { $0 >= pi }.map { pj in m * pj / Double(p.filter { $0 <= pj }.count) }
      return min(1, ratios.min() ?? 1)
    }
  }

  @Test(arguments: [("holm", nil), ("holm", "holm"), ("bh", "bh"), ("none", "none")] as [(String, String?)])
  func everyTestGetsItsAdjustedPValue(method: String, written: String?) throws {
    let r = try NotebookRunner.render(Self.notebook(adjust: written))
    #expect(!r.outcome.failed, "\(r.outcome.diagnostics.map(\.message))")
    let values = try Self.pValues(r)
    let raw = values.map(\.p)
    let expected =
      switch method {
      case "holm": Self.holm(raw)
      case "bh": Self.benjaminiHochberg(raw)
      default: raw
      }
    for (v, e) in zip(values, expected) { #expect(abs(v.adjusted - e) < 1e-12, "\(method): \(values)") }
    for b in Self.blocks {
      let result = try #require(r.result(b))
      let adjustment = try #require(result["adjustment"] as? [String: Any])
      #expect(adjustment["method"] as? String == method)
      #expect(adjustment["tests"] as? Double == 9)
      #expect(adjustment["blocks"] as? Double == 3)
      // The verdict reads the adjusted sup-F p-value.
      let supf = try #require((result["tests"] as? [String: Any])?["supf"] as? [String: Any])
      #expect(adjustment["verdict_p"] as? Double == supf["p_adjusted"] as? Double)
    }
    // Tb's raw sup-F p-value (0.025) is below alpha; adjusted it need not be, and the reasons
    // (the verdict's first test) follow the adjusted value, not the raw one.
    let t2 = try #require(r.result("t2"))
    let codes = try #require(t2["reason_codes"] as? [String])
    let verdictP = try #require((t2["adjustment"] as? [String: Any])?["verdict_p"] as? Double)
    let firstCode =
      verdictP < 0.05 ? "threshold_detected" : verdictP < 0.1 ? "p_value_in_grey_zone" : "no_threshold_detected"
    #expect(codes.first == firstCode, "\(codes), verdict p \(verdictP)")
    if method == "holm" {
      #expect(raw[3] < 0.05 && verdictP >= 0.1, "raw \(raw[3]), adjusted \(verdictP)")
      // The reason holds the adjusted p-value it was decided on; the page words it as such.
      let first = try #require((t2["reasons"] as? [[String: Any]])?.first)
      #expect(first["p"] as? Double == verdictP)
      #expect(r.html?.contains("Holm-adjusted p = ") == true)
    }
    // The inline value and the report show the adjusted value and say how many were adjusted.
    let html = try #require(r.html)
    let inline = values[3].adjusted
    #expect(html.contains("Adjusted: <span class=\"lb-value\">" + String(format: "%.6f", inline) + "</span>"))
    if method == "holm" {
      #expect(html.contains("Holm adjustment over the 9 tests of the notebook"), "the report names the family")
    }
  }

  /// The adjustment happens once every threshold block has run: the same bytes on 1 or 4 threads.
  @Test func theAdjustedResultsDoNotDependOnTheThreadCount() throws {
    let text = Self.notebook(adjust: "holm")
    let dir = NSTemporaryDirectory() + "lossbook-family-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try text.write(toFile: "\(dir)/n.md", atomically: true, encoding: .utf8)
    var outputs: [String] = []
    for jobs in [1, 4] {
      var options = RenderOptions()
      options.outputDirectory = "\(dir)/out\(jobs)"
      options.notebookLabel = "n.md"
      options.jobs = jobs
      let outcome = Pipeline(registry: standardRegistry).render("\(dir)/n.md", options: options)
      #expect(!outcome.failed)
      outputs.append(try String(contentsOfFile: "\(dir)/out\(jobs)/n.json", encoding: .utf8))
    }
    #expect(outputs[0] == outputs[1])
  }

  /// A misspelt method is an error with a suggestion, at the front matter.
  @Test func aMisspeltMethodIsCorrected() throws {
    let r = try NotebookRunner.render(Self.notebook(adjust: "holmm"))
    #expect(r.outcome.failed)
    let d = try #require(r.outcome.diagnostics.first { $0.severity == .error })
    #expect(d.message.contains("'holmm' is not one of: holm, bh, none"), "\(d.message)")
    #expect(d.help?.contains("holm") == true)
    #expect(d.range?.start.line == 3)
  }

  /// A threshold block on a table that reads another threshold block would have to wait for
  /// itself: the resolve stage says so before anything runs.
  @Test func aCycleThroughTheFamilyIsExplained() throws {
    let text =
      Self.notebook(adjust: nil) + """


        ```threshold t4
        table: s
        x: eta
        y: p
        ```
        """
    let r = try NotebookRunner.render(text)
    #expect(r.outcome.failed)
    let d = try #require(r.outcome.diagnostics.first { $0.id == ResolveDiagnostics.dependencyCycle })
    #expect(d.help?.contains("adjusted together") == true, "\(d.help ?? "")")
  }

  /// A member that fails leaves the family; a block that names only the others still runs
  /// (with --keep-going), and sees them adjusted as a family of the blocks that ran.
  @Test func aFailedMemberLeavesTheFamilyAndStopsOnlyItsReaders() throws {
    let text = Self.notebook(adjust: "holm").replacingOccurrences(
      of: "y: Tb\nrandom: 0.25", with: "y: Tb\nrandom: 25")
    let dir = NSTemporaryDirectory() + "lossbook-family-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try text.write(toFile: "\(dir)/n.md", atomically: true, encoding: .utf8)
    var options = RenderOptions()
    options.outputDirectory = "\(dir)/out"
    options.notebookLabel = "n.md"
    options.keepGoing = true
    let outcome = Pipeline(registry: standardRegistry).render("\(dir)/n.md", options: options)
    #expect(outcome.diagnostics.contains { $0.severity == .error && $0.message.contains("t2") })
    // The table names t2, so it is skipped; nothing else is.
    let skipped = outcome.diagnostics.filter { $0.id == ExecuteDiagnostics.skipped }.map(\.message)
    #expect(skipped.count == 1 && skipped[0].contains("table 's'"), "\(skipped)")
    let data = try #require(FileManager.default.contents(atPath: "\(dir)/out/n.json"))
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let blocks = try #require(json["blocks"] as? [String: Any])
    for id in ["t1", "t3"] {
      let result = try #require((blocks[id] as? [String: Any])?["result"] as? [String: Any])
      let adjustment = try #require(result["adjustment"] as? [String: Any])
      #expect(adjustment["tests"] as? Double == 6 && adjustment["blocks"] as? Double == 2)
    }
  }
}
