import Foundation
import LossbookBlocks
import LossbookEngine
import LossbookSyntax
import LossbookTestSupport
import Testing

/// The data block's formats end to end: lm-evaluation-harness folders (0.3 and 0.4 layouts)
/// checked against the files themselves, JSON records, JSON lines, TSV, and the format errors.
@Suite struct DataFormatTests {
  static let pythia = packageRoot + "/Notebooks/data/pythia-160m"
  static let layout04 = packageRoot + "/Tests/LossbookEndToEndTests/Fixtures/lm-eval-0.4"

  /// A rendered notebook: its outcome and the CSV of each table block, parsed.
  struct Run {
    var outcome: NotebookOutcome
    var folder: String

    /// The CSV the render wrote for block `id`.
    func table(_ id: String) throws -> CSVTable {
      try CSVReader.parse(Array(try Data(contentsOf: URL(fileURLWithPath: "\(folder)/out/n/\(id).csv"))))
    }

    /// The printed diagnostics.
    var stderr: String {
      DiagnosticFormatter().format(
        outcome.diagnostics, in: outcome.file.map { SourceFile(path: "n.md", text: $0.text) })
    }
  }

  /// Renders `text` as `n.md` in a fresh folder holding `files` (bytes), with `dataRoots`.
  static func render(_ text: String, files: [String: [UInt8]] = [:], dataRoots: [String] = []) throws -> Run {
    let dir = NSTemporaryDirectory() + "lossbook-formats-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    try text.write(toFile: "\(dir)/n.md", atomically: true, encoding: .utf8)
    for (name, bytes) in files { try Data(bytes).write(to: URL(fileURLWithPath: "\(dir)/\(name)")) }
    var options = RenderOptions()
    options.outputDirectory = "\(dir)/out"
    options.dataRoots = dataRoots
    options.jobs = 2
    return Run(outcome: Pipeline(registry: standardRegistry).render("\(dir)/n.md", options: options), folder: dir)
  }

  /// A metric value in a result file: a number, or anything else (nil).
  struct MetricValue: Decodable {
    var number: Double?
    init(from decoder: Decoder) throws { number = try? decoder.singleValueContainer().decode(Double.self) }
  }

  /// The part of a result file the oracle reads.
  struct ResultFile: Decodable {
    var results: [String: [String: MetricValue]]
  }

  /// The rows a result file holds, read independently with Foundation's `JSONDecoder` (correctly
  /// rounded; `JSONSerialization` is not): "task|metric" → (value, stderr).
  static func expectedRows(_ path: String) throws -> [String: (value: Double, stderr: Double?)] {
    let file = try JSONDecoder().decode(ResultFile.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    var out: [String: (value: Double, stderr: Double?)] = [:]
    for (task, metrics) in file.results {
      for (metric, value) in metrics where !metric.hasSuffix("_stderr") {
        guard let x = value.number else { continue }
        out["\(task)|\(metric)"] = (x, metrics[metric + "_stderr"]?.number)
      }
    }
    return out
  }

  @Test("lm-eval 0.3: every row of the real Pythia-160m files equals the files' contents")
  func pythiaRowsEqualFiles() throws {
    let run = try Self.render(
      """
      ```data evals
      path: pythia-160m
      format: lm-eval
      ```
      """, dataRoots: [packageRoot + "/Notebooks/data"])
    #expect(!run.outcome.failed, "\(run.stderr)")
    let table = try run.table("evals")
    #expect(table.header == ["model", "step", "shots", "task", "metric", "value", "stderr"])
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.pythia).filter { $0.hasSuffix(".json") }
    #expect(files.count == 27)
    var expectedCount = 0
    for file in files {
      let expected = try Self.expectedRows("\(Self.pythia)/\(file)")
      expectedCount += expected.count
      let step = String(file.dropFirst("160m_step".count).dropLast(".json".count))
      let rows = table.rows.filter { $0[1] == step }
      #expect(rows.count == expected.count, "\(file)")
      for row in rows {
        #expect(row[0] == "EleutherAI/pythia-v1.1-160m" && row[2] == "0")
        guard let want = expected["\(row[3])|\(row[4])"] else {
          Issue.record("\(file): no \(row[3]) \(row[4]) in the file")
          continue
        }
        #expect(Double(row[5]) == want.value, "\(file) \(row[3]) \(row[4])")
        #expect(row[6].isEmpty ? want.stderr == nil : Double(row[6]) == want.stderr, "\(file) \(row[3]) \(row[4])")
      }
    }
    #expect(table.rows.count == expectedCount)
  }

  @Test("lm-eval 0.4: filters, n-shot, N/A and model_args as an object; the same numbers as the 0.3 file")
  func layout04() throws {
    let run = try Self.render(
      """
      ```data new
      path: lm-eval-0.4
      format: lm-eval
      ```

      ```data old
      path: pythia-160m/160m_step143000.json
      format: lm-eval
      where: =task == "arc_easy" or task == "lambada_openai" or task == "piqa"
      ```
      """, dataRoots: [packageRoot + "/Tests/LossbookEndToEndTests/Fixtures", packageRoot + "/Notebooks/data"])
    #expect(!run.outcome.failed, "\(run.stderr)")
    let new = try run.table("new").rows
    #expect(new.contains(["EleutherAI/pythia-160m", "143000", "0", "sciq", "acc", "0.741", ""]))
    #expect(
      new.contains([
        "EleutherAI/pythia-160m", "143000", "5", "gsm8k", "exact_match,strict-match", "0.0151630022744503",
        "0.0033660229497263",
      ]))
    #expect(
      new.contains([
        "EleutherAI/pythia-160m", "143000", "5", "gsm8k", "exact_match,flexible-extract", "0.0227445034116755",
        "0.0041048821830434",
      ]))
    #expect(new.count == 2 + 7)
    let old = try run.table("old").rows
    let newWithoutModel = new.filter { $0[3] != "gsm8k" && $0[3] != "sciq" }.map { Array($0.dropFirst()) }
    #expect(newWithoutModel == old.map { Array($0.dropFirst()) })
  }

  @Test("limits.bytes caps an lm-eval folder's files together")
  func lmEvalTotalLimit() throws {
    let run = try Self.render(
      "```data d\npath: pythia-160m\nformat: lm-eval\nlimits: {bytes: 100K}\n```\n",
      dataRoots: [packageRoot + "/Notebooks/data"])
    #expect(run.outcome.diagnostics.map(\.id.rawValue) == ["data-file-unreadable"])
    #expect(
      run.stderr.contains(
        "the files of 'pythia-160m' hold more than 100000 bytes together (up to pythia-160m/160m_step"))
  }

  @Test("a fit and a threshold block run over harness results")
  func fitAndThresholdOverHarnessResults() throws {
    let run = try Self.render(
      """
      ---
      seed: 3
      ---

      ```data lambada
      path: pythia-160m
      format: lm-eval
      where: =task == "lambada_openai" and metric == "acc" and step >= 1000
      derive: {log_step: =log10(step)}
      ```

      ```fit lambada_fit
      table: lambada
      x: log_step
      y: value
      models: [linear, logistic]
      ```

      ```threshold lambada_test
      table: lambada
      x: log_step
      y: value
      random: 0
      tests: [supf]
      bootstrap: 99
      ci: {replicates: 99}
      ```
      """, dataRoots: [packageRoot + "/Notebooks/data"])
    #expect(!run.outcome.failed, "\(run.stderr)")
    let json = try JSONSerialization.jsonObject(
      with: Data(contentsOf: URL(fileURLWithPath: "\(run.folder)/out/n.json")))
    let blocks = (json as? [String: Any])?["blocks"] as? [String: [String: Any]]
    let fit = blocks?["lambada_fit"]?["result"] as? [String: Any]
    let linear = (fit?["models"] as? [String: Any])?["linear"] as? [String: Any]
    #expect(((linear?["r2"] as? NSNumber)?.doubleValue ?? 0) > 0.5)
    let threshold = blocks?["lambada_test"]?["result"] as? [String: Any]
    #expect(threshold?["verdict"] != nil)
    #expect(((blocks?["lambada"]?["result"] as? [String: Any])?["n"] as? NSNumber)?.intValue == 16)
  }

  @Test("JSON records, JSON lines and TSV read like CSV; numbers keep every digit")
  func recordsLinesAndTSV() throws {
    let run = try Self.render(
      """
      ```data records
      path: r.json
      ```

      ```data lines
      path: r.jsonl
      ```

      ```data tabs
      path: r.tsv
      ```
      """,
      files: [
        "r.json": Array(
          #"[{"loss": 2.31, "score": 0.1234567890123456, "run": "a"}, {"loss": 2.1, "run": 7, "ok": true}]"#.utf8),
        "r.jsonl": Array("{\"loss\": 2.31, \"score\": 0.27}\n\n{\"loss\": 2.1, \"score\": null}\n".utf8),
        "r.tsv": Array("loss\tscore\n2.31\t0.27\n2.1\t0.4\n".utf8),
      ])
    #expect(!run.outcome.failed, "\(run.stderr)")
    #expect(try run.table("records").rows == [["2.31", "0.1234567890123456", "a", ""], ["2.1", "", "7", "true"]])
    #expect(try run.table("records").header == ["loss", "score", "run", "ok"])
    #expect(try run.table("lines").rows == [["2.31", "0.27"], ["2.1", ""]])
    #expect(try run.table("tabs").rows == [["2.31", "0.27"], ["2.1", "0.4"]])
  }

  @Test("JSON given as CSV, an unknown format and a harness file read as records say what to write")
  func formatMistakes() throws {
    let run = try Self.render(
      """
      ```data a
      path: r.txt
      ```

      ```data c
      path: h.json
      ```
      """,
      files: ["r.txt": Array("[{\"a\": 1}]".utf8), "h.json": Array("{\"results\": {}}".utf8)])
    #expect(run.outcome.failed)
    #expect(run.stderr.contains("r.txt holds JSON (it starts with '['), not CSV [data-bad-csv]"))
    #expect(run.stderr.contains("write format: json for an array of records"))
    #expect(run.stderr.contains("h.json holds an object, not an array of records [data-bad-json]"))
    #expect(run.stderr.contains("this is an lm-evaluation-harness result file: write format: lm-eval"))
    let unknown = try Self.render(
      "```data b\npath: r.json\nformat: lm-evals\n```\n", files: ["r.json": Array("[]".utf8)])
    #expect(unknown.stderr.contains("unknown data format 'lm-evals'; the formats are csv, tsv, json, jsonl, lm-eval"))
    #expect(unknown.stderr.contains("did you mean 'lm-eval'?"))
  }

  @Test("UTF-16 data is refused with the reason and a fix")
  func utf16() throws {
    let bytes: [UInt8] =
      [0xFF, 0xFE] + Array("loss,score\n2.3,0.2\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let run = try Self.render("```data a\npath: r.csv\n```\n", files: ["r.csv": bytes])
    #expect(run.outcome.diagnostics.map(\.id.rawValue) == ["data-not-utf8"])
    #expect(
      run.stderr.contains(
        "the file is UTF-16 text (little-endian, with a byte-order mark), not UTF-8; save the file as UTF-8"))
  }
}
