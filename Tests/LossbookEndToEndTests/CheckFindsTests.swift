import Foundation
import LossbookBlocks
import LossbookEngine
import LossbookSyntax
import LossbookTestSupport
import Testing

/// `check` finds, without running anything, every mistake in names and paths that `render` finds:
/// the same diagnostic id at the same position, for each kind of mistake.
@Suite struct CheckFindsTests {
  static let family = """
    ```family ladder
    law: chinchilla
    sizes: [300M, 1B]
    tokens: {from: 20B, to: 2T, checkpoints: 8, spacing: log}
    tasks:
      - {name: MMLU, shape: hinge, eta: 2.4, random: 0.25, slope: 0.9, items: 1000, metrics: [prob]}
    ```

    """

  /// One mistake each: a notebook body (after the family) and the data files beside it.
  static let mistakes: [(name: String, body: String)] = [
    ("fit x", "```fit f\ntable: ladder\nx: los\ny: MMLU\nmodels: [linear]\n```\n"),
    ("fit y", "```fit f\ntable: ladder\nx: loss\ny: MMLU_brier\nmodels: [linear]\n```\n"),
    (
      "fit formula",
      "```fit f\ntable: d\nx: loss\ny: score\nmodels: [{name: m, formula: \"a + b * los\", start: {a: 0, b: 1}}]\n```\n\n```data d\npath: scores.csv\n```\n"
    ),
    ("threshold y", "```threshold t\ntable: ladder\nx: loss\ny: mmlu\nrandom: 0.25\n```\n"),
    ("plot color", "```plot p\ntable: ladder\nx: loss\ny: MMLU_prob\ncolor: runs\n```\n"),
    ("table columns", "```table t\nof: ladder\ncolumns: [run, los]\n```\n"),
    ("explore task", "```explore e\nof: ladder\ntask: MMLUU\n```\n"),
    ("table where", "```table t\nof: ladder\nwhere: =los < 2.5\n```\n"),
    (
      "threshold runs",
      "```threshold t\ntable: ladder\nx: loss\ny: MMLU\nrandom: 0.25\nruns: size\nci: {resample: runs}\n```\n"
    ),
    ("missing file", "```data d\npath: nothere.csv\n```\n"),
    ("absolute path", "```data d\npath: /etc/hostname\n```\n"),
    ("outside", "```data d\npath: ../scores.csv\n```\n"),
    ("csv column in where", "```data d\npath: scores.csv\nwhere: =scor > 0.3\n```\n"),
    ("csv column in select", "```data d\npath: scores.csv\nselect: [loss, acc]\n```\n"),
    (
      "csv column downstream",
      "```data d\npath: scores.csv\n```\n\n```fit f\ntable: d\nx: loss\ny: acc\nmodels: [linear]\n```\n"
    ),
    (
      "derived column downstream",
      "```data d\npath: scores.csv\nderive: {acc: =score * 100}\n```\n\n```plot p\ntable: d\nx: loss\ny: accc\n```\n"
    ),
    ("tsv column", "```data d\npath: scores.tsv\nselect: [los]\n```\n"),
    ("json column", "```data d\npath: scores.json\nselect: [loss, scor]\n```\n"),
    ("lm-eval column", "```data d\npath: evals\nformat: lm-eval\nwhere: =metrc == \"acc\"\n```\n"),
    ("lm-eval no files", "```data d\npath: empty\nformat: lm-eval\n```\n"),
    ("json as csv", "```data d\npath: scores.txt\n```\n"),
    ("inline column", "```data d\npath: scores.csv\n```\n\nThe best score is `= d.columns.scor.max | .2f`.\n"),
    ("no source", "```data d\nselect: [loss]\n```\n"),
    ("inline result key", "```data d\npath: scores.csv\n```\n\nThere are `= d.rows | int` rows.\n"),
    ("too large", "```data d\npath: scores.csv\nlimits: {bytes: 10}\n```\n"),
    ("folder as csv", "```data d\npath: evals\n```\n"),
    ("utf16", "```data d\npath: utf16.csv\n```\n"),
  ]

  /// A fresh folder with the notebook `n.md` and its data files.
  static func folder(_ body: String) throws -> String {
    let dir = NSTemporaryDirectory() + "lossbook-checkfinds-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir + "/nb/evals", withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: dir + "/nb/empty", withIntermediateDirectories: true)
    try (family + body).write(toFile: dir + "/nb/n.md", atomically: true, encoding: .utf8)
    let files: [String: String] = [
      "scores.csv": "loss,score\n2.3,0.3\n2.1,0.4\n2.0,0.6\n",
      "scores.tsv": "loss\tscore\n2.3\t0.3\n",
      "scores.json": "[{\"loss\": 2.3, \"score\": 0.3}]",
      "scores.txt": "[{\"loss\": 2.3, \"score\": 0.3}]",
      "evals/r.json": "{\"results\": {\"arc_easy\": {\"acc\": 0.4, \"acc_stderr\": 0.01}}}",
      "../scores.csv": "loss,score\n2.3,0.3\n",
    ]
    for (name, text) in files { try text.write(toFile: dir + "/nb/" + name, atomically: true, encoding: .utf8) }
    try Data([0xFF, 0xFE, 0x61, 0x00, 0x0A, 0x00]).write(to: URL(fileURLWithPath: dir + "/nb/utf16.csv"))
    return dir
  }

  @Test(arguments: mistakes.map(\.name))
  func checkFindsWhatRenderFinds(_ name: String) throws {
    let body = try #require(Self.mistakes.first { $0.name == name }?.body)
    let dir = try Self.folder(body)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    var options = RenderOptions()
    options.outputDirectory = dir + "/out"
    options.jobs = 2
    let pipeline = Pipeline(registry: standardRegistry)
    let checked = pipeline.check(dir + "/nb/n.md", options: options).diagnostics.filter { $0.severity == .error }
    let rendered = pipeline.render(dir + "/nb/n.md", options: options).diagnostics.filter { $0.severity == .error }
    #expect(!rendered.isEmpty, "\(name): render should fail")
    #expect(
      checked.map(\.id) == rendered.map(\.id),
      "\(name): check \(checked.map(\.message)), render \(rendered.map(\.message))")
    #expect(checked.map(\.range) == rendered.map(\.range), "\(name)")
    #expect(checked.map(\.message) == rendered.map(\.message), "\(name)")
  }

  @Test("a notebook with every mistake at once: check reports each, and says ok when there are none")
  func everyMistakeAtOnce() throws {
    let body = Self.mistakes.filter { !$0.body.contains("```data d") }.enumerated().map { i, m in
      m.body.replacingOccurrences(of: "```fit f", with: "```fit f\(i)").replacingOccurrences(
        of: "```plot p", with: "```plot p\(i)"
      )
      .replacingOccurrences(of: "```table t", with: "```table t\(i)").replacingOccurrences(
        of: "```threshold t", with: "```threshold h\(i)"
      )
      .replacingOccurrences(of: "```explore e", with: "```explore e\(i)")
    }.joined(separator: "\n")
    let dir = try Self.folder(body)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let outcome = Pipeline(registry: standardRegistry).check(dir + "/nb/n.md")
    #expect(outcome.diagnostics.filter { $0.id.rawValue == "unknown-column" }.count == 6)
    #expect(outcome.diagnostics.filter { $0.id.rawValue == "expression-failed" }.count == 1)
    #expect(outcome.diagnostics.filter { $0.id.rawValue == "explore-unknown-task" }.count == 1)
    let clean = try Self.folder("```data d\npath: scores.csv\nwhere: =score > 0.3\n```\n")
    defer { try? FileManager.default.removeItem(atPath: clean) }
    #expect(!Pipeline(registry: standardRegistry).check(clean + "/nb/n.md").failed)
  }
}

/// `--param` names are checked against the notebook's `params:` for `check` and `render`.
@Suite struct ParamNameTests {
  @Test("an unknown --param name is a command-line error with a did-you-mean, for check and render")
  func unknownParam() throws {
    for command in ["check", "render"] {
      let out = command == "render" ? ["-o", NSTemporaryDirectory() + "lb-param-\(UUID().uuidString)"] : []
      let run = try CLITests.run([command, "Notebooks/quickstart.md", "--param", "etta=2.4"] + out)
      #expect(run.status == 2, "\(command)")
      #expect(
        run.stderr.contains("--param etta: no parameter 'etta' under params: in the front matter; did you mean 'eta'?"))
    }
    let ok = try CLITests.run(["check", "Notebooks/quickstart.md", "--param", "eta=2.4"])
    #expect(ok.status == 0)
  }

  @Test("check reads data files under --data-root")
  func checkDataRoot() throws {
    let dir = NSTemporaryDirectory() + "lossbook-checkroot-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try "```data d\npath: pythia-160m\nformat: lm-eval\nwhere: =metric == \"acc\"\n```\n".write(
      toFile: dir + "/n.md", atomically: true, encoding: .utf8)
    let without = try CLITests.run(["check", dir + "/n.md"])
    #expect(without.status == 1)
    #expect(without.stderr.contains("was not found next to the notebook"))
    let with = try CLITests.run(["check", dir + "/n.md", "--data-root", "Notebooks/data"])
    #expect(with.status == 0, "\(with.stderr)")
  }
}
