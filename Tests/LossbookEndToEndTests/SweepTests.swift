import Foundation
import LossbookBlocks
import LossbookEngine
import LossbookStats
import LossbookTestSupport
import Testing

/// Issue 16's `sweep` block and sharded renders: the Wilson interval against SciPy, the
/// calibration of sup-F at slope 0, power rising with questions and checkpoints, coverage of
/// the true threshold, the same bytes on 1 and 2 threads, and four shards merged into the
/// same bytes as one render (a missing, duplicated or foreign shard refused).
@Suite struct SweepTests {
  /// W1's family with one task (WORKLOAD-W1.md section 2).
  static func notebook(seed: Int = 16, sweep: String) -> String {
    """
    ---
    title: sweep
    seed: \(seed)
    ---

    ```family w1
    law: chinchilla
    sizes: [300M, 540M, 1B, 1.5B, 6B, 32B]
    tokens: {from: 20B, to: 2T, checkpoints: 40, spacing: log}
    loss_noise: 0.005
    score_from: observed
    tasks:
      - {name: MMLU_like, shape: hinge, random: 0.25, eta: 2.2, slope: 0.9, items: 1000}
    ```

    ```sweep plan
    family: w1
    task: MMLU_like
    \(sweep)
    ```

    """
  }

  static func cells(_ r: NotebookRunner.Rendered) -> [[String: Any]] {
    r.result("plan")?["cells"] as? [[String: Any]] ?? []
  }

  static func power(_ cell: [String: Any]) -> Double {
    (cell["power"] as? [String: Any])?["estimate"] as? Double ?? .nan
  }

  /// Wilson intervals equal SciPy's `binomtest(k, n).proportion_ci(method="wilson")` to 1e-12
  /// (`Scripts/reference/make_wilson_fixtures.py`).
  @Test func wilsonIntervalsMatchSciPy() throws {
    let path = packageRoot + "/Tests/LossbookEndToEndTests/Fixtures/wilson-reference.json"
    let fixture = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
    let cases = try #require(fixture["cases"] as? [[String: Any]])
    #expect(cases.count >= 10)
    for c in cases {
      let k = try #require(c["successes"] as? Int)
      let n = try #require(c["trials"] as? Int)
      let level = try #require(c["level"] as? Double)
      let ci = try #require(WilsonInterval.compute(successes: k, trials: n, level: level))
      #expect(abs(ci.lower - (c["lower"] as! Double)) < 1e-12, "\(k)/\(n) at \(level): \(ci.lower)")
      #expect(abs(ci.upper - (c["upper"] as! Double)) < 1e-12, "\(k)/\(n) at \(level): \(ci.upper)")
    }
    #expect(WilsonInterval.compute(successes: 0, trials: 0) == nil)
  }

  /// At slope 0 the share of replicates in which sup-F rejects is its nominal level (with
  /// B = 99, p < 0.05 happens with probability 4/100) within three Monte Carlo errors: the
  /// calibration check of STATS.md section 8 (larger in Scripts/bench).
  @Test func supFIsCalibratedAtSlopeZero() throws {
    let r = try NotebookRunner.render(
      Self.notebook(sweep: "vary: {slope: [0]}\nreplicates: 400\nanalysis: {bootstrap: 99, alpha: 0.05}"))
    #expect(!r.outcome.failed, "\(r.outcome.diagnostics)")
    let cell = try #require(Self.cells(r).first)
    let rate = Self.power(cell)
    let analysis = try #require(r.result("plan")?["analysis"] as? [String: Any])
    let nominal = try #require(analysis["nominal_level"] as? Double)
    #expect(nominal == 0.04)
    let error = (nominal * (1 - nominal) / 400).squareRoot()
    #expect(abs((cell["mc_error"] as? Double ?? 0) - error) < 1e-15)
    #expect(abs(rate - nominal) <= 3 * error, "false-positive rate \(rate) against \(nominal) ± \(error)")
    #expect(cell["coverage"] is NSNull, "no threshold, no coverage")
    let fp = try #require(cell["false_positive"] as? [String: Any])
    #expect(fp["estimate"] as? Double == rate)
  }

  /// Power rises with the questions per checkpoint and with the checkpoints per size; the
  /// threshold's interval covers the truth about 95% of the time and narrows with more data.
  @Test func powerRisesWithItemsAndCheckpoints() throws {
    let r = try NotebookRunner.render(
      Self.notebook(
        sweep: "vary: {items: [30, 300], checkpoints: [10, 40], slope: [0.2]}\nreplicates: 100\n"
          + "analysis: {bootstrap: 99}"))
    #expect(!r.outcome.failed, "\(r.outcome.diagnostics)")
    let cells = Self.cells(r)
    #expect(cells.count == 4)
    func cell(_ items: Double, _ checkpoints: Double) -> [String: Any] {
      cells.first { $0["items"] as? Double == items && $0["checkpoints"] as? Double == checkpoints } ?? [:]
    }
    for c in [10.0, 40] {
      #expect(Self.power(cell(300, c)) > Self.power(cell(30, c)) + 0.1, "items at \(c) checkpoints")
    }
    for i in [30.0, 300] {
      #expect(Self.power(cell(i, 40)) > Self.power(cell(i, 10)) + 0.1, "checkpoints at \(i) items")
    }
    for c in cells {
      let coverage = c["coverage"] as? Double ?? 0
      #expect(coverage > 0.85 && coverage <= 1, "coverage \(coverage)")
    }
    let narrow = cell(300, 40)["median_width"] as? Double ?? .nan
    let wide = cell(30, 10)["median_width"] as? Double ?? .nan
    #expect(narrow < wide / 2, "median widths \(narrow) and \(wide)")
    let table = r.csv("plan.csv")
    #expect(table["power"]?.count == 4)
    #expect(r.files["n/plan.svg"]?.contains("<svg") == true)
  }

  /// Coverage of the true threshold by the profile interval at a strong slope: near 95%.
  @Test func coverageIsNearTheLevel() throws {
    let r = try NotebookRunner.render(
      Self.notebook(sweep: "vary: {items: [300]}\nreplicates: 200\nanalysis: {bootstrap: 19}"))
    let cell = try #require(Self.cells(r).first)
    let coverage = try #require(cell["coverage"] as? Double)
    #expect(abs(coverage - 0.95) <= 3 * (0.95 * 0.05 / 200).squareRoot() + 0.02, "coverage \(coverage)")
  }

  static let small = notebook(
    sweep: "vary: {items: [50, 400], slope: [0, 0.3]}\nreplicates: 30\nanalysis: {bootstrap: 49}")

  /// One and two threads: the same bytes.
  @Test func threadsDoNotChangeTheBytes() throws {
    let one = try NotebookRunner.render(Self.small) { $0.jobs = 1 }
    let two = try NotebookRunner.render(Self.small) { $0.jobs = 2 }
    #expect(!one.outcome.failed, "\(one.outcome.diagnostics)")
    #expect(one.files == two.files)
  }

  /// A folder with `n.md`.
  static func folder(_ text: String) throws -> String {
    let dir = NSTemporaryDirectory() + "lossbook-sweep-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    try text.write(toFile: "\(dir)/n.md", atomically: true, encoding: .utf8)
    return dir
  }

  static func files(_ dir: String) -> [String: Data] {
    var out: [String: Data] = [:]
    for p in FileManager.default.subpaths(atPath: dir) ?? [] {
      var isDir: ObjCBool = false
      if FileManager.default.fileExists(atPath: "\(dir)/\(p)", isDirectory: &isDir), !isDir.boolValue {
        out[p] = FileManager.default.contents(atPath: "\(dir)/\(p)")
      }
    }
    return out
  }

  static func shard(_ dir: String, _ k: Int, of n: Int, seed: UInt32? = nil, parts: String = "parts") {
    var o = RenderOptions()
    o.outputDirectory = "\(dir)/\(parts)"
    o.notebookLabel = "n.md"
    o.jobs = 1
    o.seed = seed
    o.shard = ShardPlan(index: k, count: n)
    let outcome = Pipeline(registry: standardRegistry).render("\(dir)/n.md", options: o)
    #expect(outcome.written == ["n.part-\(k)-of-\(n).json"], "\(outcome.diagnostics)")
  }

  static func merge(_ dir: String, parts: String = "parts", out: String) throws(ShardError) -> NotebookOutcome {
    var o = RenderOptions()
    o.outputDirectory = "\(dir)/\(out)"
    o.jobs = 2
    return try Pipeline(registry: standardRegistry).merge(
      partsFolder: "\(dir)/\(parts)", notebook: "\(dir)/n.md", options: o)
  }

  /// Four shards merged: the same bytes as one render, report, results, side files and manifest.
  @Test func fourShardsMergedEqualOneRender() throws {
    let dir = try Self.folder(Self.small)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    var o = RenderOptions()
    o.outputDirectory = "\(dir)/one"
    o.notebookLabel = "n.md"
    o.jobs = 2
    let one = Pipeline(registry: standardRegistry).render("\(dir)/n.md", options: o)
    #expect(!one.failed, "\(one.diagnostics)")
    for k in [3, 1, 4, 2] { Self.shard(dir, k, of: 4) }
    let merged = try Self.merge(dir, out: "merged")
    #expect(!merged.failed, "\(merged.diagnostics)")
    let a = Self.files("\(dir)/one")
    let b = Self.files("\(dir)/merged")
    #expect(a.count >= 5)
    #expect(a.keys.sorted() == b.keys.sorted())
    for (name, bytes) in a { #expect(b[name] == bytes, "\(name) differs") }
  }

  /// A missing shard, a shard twice, a shard of another seed: refused, nothing written.
  @Test func incompleteOrForeignPartsAreRefused() throws {
    let dir = try Self.folder(Self.small)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    for k in [1, 2, 4] { Self.shard(dir, k, of: 4) }
    #expect {
      try Self.merge(dir, out: "m1")
    } throws: { ($0 as? ShardError)?.message.contains("shard 3 of 4 is missing") == true }
    Self.shard(dir, 3, of: 4)
    try FileManager.default.copyItem(
      atPath: "\(dir)/parts/n.part-2-of-4.json", toPath: "\(dir)/parts/n.part-2-of-4.again.json")
    #expect {
      try Self.merge(dir, out: "m2")
    } throws: { ($0 as? ShardError)?.message.contains("shard 2 of 4 is there twice") == true }
    try FileManager.default.removeItem(atPath: "\(dir)/parts/n.part-2-of-4.again.json")
    Self.shard(dir, 1, of: 4, seed: 99, parts: "other")
    try FileManager.default.copyItem(
      atPath: "\(dir)/other/n.part-1-of-4.json", toPath: "\(dir)/parts/n.part-1-of-4.json.x.part-1-of-4.json")
    #expect {
      try Self.merge(dir, out: "m3")
    } throws: { ($0 as? ShardError)?.message.contains("seed") == true }
    #expect(!FileManager.default.fileExists(atPath: "\(dir)/m1"))
    #expect(!FileManager.default.fileExists(atPath: "\(dir)/m3"))
  }

  /// A part whose replicates do not cover the sweep (one removed by hand): the block refuses it.
  @Test func anAlteredPartIsRefusedByTheSweep() throws {
    let dir = try Self.folder(Self.small)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    for k in [1, 2] { Self.shard(dir, k, of: 2) }
    let path = "\(dir)/parts/n.part-2-of-2.json"
    var text = try String(contentsOfFile: path, encoding: .utf8)
    let to = try #require(text.range(of: "\"to\": 120"))
    text.replaceSubrange(to, with: "\"to\": 119")
    let last = try #require(text.range(of: "\"draws\": [\n"))
    let firstDraw = try #require(text.range(of: "],\n", range: last.upperBound..<text.endIndex))
    text.removeSubrange(last.upperBound..<firstDraw.upperBound)
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let merged = try Self.merge(dir, out: "m")
    #expect(merged.diagnostics.contains { $0.id.rawValue == "sweep-bad-parts" }, "\(merged.diagnostics)")
    #expect(merged.failed)
  }

  /// A sweep over its budget is refused by `check`, with the time it would take.
  @Test func aSweepOverItsBudgetIsRefusedAtCheck() throws {
    let outcome = try NotebookRunner.check(
      Self.notebook(sweep: "vary: {items: [100, 300, 1000], checkpoints: [10, 20, 40]}\nreplicates: 100000"))
    let d = try #require(outcome.diagnostics.first { $0.id.rawValue == "over-limit" })
    #expect(d.message.contains("180000000 replicate fits"), "\(d.message)")
    #expect(d.message.contains("about 11 minutes on one core"), "\(d.message)")
  }

  /// The command line: a bad K/N is a usage error; merge of a folder without parts says so;
  /// render --shard then merge through the binary, from the notebook's folder.
  @Test func theCommandLineShardsAndMerges() throws {
    let bad = try CLITests.run(["render", "Notebooks/quickstart.md", "--shard", "5/4", "--out", "/tmp/unused"])
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("--shard takes K/N with 1 ≤ K ≤ N (such as --shard 2/4), not '5/4'"), "\(bad.stderr)")
    let dir = try Self.folder(Self.small)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let empty = try CLITests.run(["merge", "\(dir)", "--out", "\(dir)/out"])
    #expect(empty.status == 1)
    #expect(empty.stderr.contains("holds no part files"), "\(empty.stderr)")
    for k in 1...2 {
      let r = try CLITests.run(["render", "n.md", "--shard", "\(k)/2", "--out", "parts", "-j", "1"], in: dir)
      #expect(r.status == 0, "\(r.stderr)")
    }
    let merged = try CLITests.run(["merge", "parts", "--out", "merged"], in: dir)
    #expect(merged.status == 0, "\(merged.stderr)")
    let one = try CLITests.run(["render", "n.md", "--out", "one"], in: dir)
    #expect(one.status == 0)
    let a = Self.files("\(dir)/one")
    #expect(a.count >= 5 && a == Self.files("\(dir)/merged"))
  }

  @Test func shardPlansCoverEveryReplicateOnce() {
    for total in [0, 1, 7, 100, 1001] {
      for n in 1...9 {
        var next = 0
        for k in 1...n {
          let s = ShardPlan(index: k, count: n)!.slice(of: total)
          #expect(s.lowerBound == next)
          next = s.upperBound
        }
        #expect(next == total)
      }
    }
    #expect(ShardPlan.parse("0/4") == nil)
    #expect(ShardPlan.parse("5/4") == nil)
    #expect(ShardPlan.parse("2/4") == ShardPlan(index: 2, count: 4))
    #expect(ShardPlan.parse("2/") == nil)
  }
}
