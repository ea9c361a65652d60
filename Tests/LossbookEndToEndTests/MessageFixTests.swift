import Foundation
import LossbookBlocks
import LossbookEngine
import LossbookSyntax
import LossbookTestSupport
import Testing

/// Issue 15's "wrong fixes in messages": each message now gives a fix that applies.
@Suite struct MessageFixTests {
  /// Renders (or checks) `text` as `n.md` beside `files`, with `dataRoots`; returns the printed diagnostics.
  static func diagnostics(
    _ text: String, files: [String: String] = [:], dataRoots: [String] = [], check: Bool = false
  ) throws -> (outcome: NotebookOutcome, stderr: String) {
    let dir = NSTemporaryDirectory() + "lossbook-messages-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir + "/root", withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try text.write(toFile: dir + "/n.md", atomically: true, encoding: .utf8)
    for (name, contents) in files { try contents.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8) }
    var options = RenderOptions()
    options.outputDirectory = dir + "/out"
    options.dataRoots = dataRoots.map { dir + "/" + $0 }
    options.jobs = 2
    let pipeline = Pipeline(registry: standardRegistry)
    let outcome =
      check ? pipeline.check(dir + "/n.md", options: options) : pipeline.render(dir + "/n.md", options: options)
    let file = outcome.file.map { SourceFile(path: "n.md", text: $0.text) }
    return (outcome, DiagnosticFormatter().format(outcome.diagnostics, in: file))
  }

  @Test("with --data-root given, a missing or outside file names both folders instead of asking for --data-root")
  func dataRootMessages() throws {
    for check in [false, true] {
      let missing = try Self.diagnostics("```data d\npath: nothere.csv\n```\n", dataRoots: ["root"], check: check)
      #expect(
        missing.stderr.contains(
          "not found in the notebook's folder or a --data-root folder (paths are relative to each"))
      let outside = try Self.diagnostics("```data d\npath: ../x.csv\n```\n", dataRoots: ["root"], check: check)
      #expect(outside.stderr.contains("leaves the notebook's folder and the --data-root folders"))
      #expect(!missing.stderr.contains("use --data-root") && !outside.stderr.contains("use --data-root"))
    }
    let alone = try Self.diagnostics("```data d\npath: ../x.csv\n```\n")
    #expect(alone.stderr.contains("use --data-root DIR to allow another folder"))
  }

  @Test("a data path with a typo suggests the nearest existing path, found through the confined listing")
  func pathTypo() throws {
    for check in [false, true] {
      let run = try Self.diagnostics(
        "```data d\npath: dat/scores.cvs\n```\n", files: ["data-scores.csv": "a\n1\n"], check: check)
      #expect(!run.stderr.contains("did you mean"), "\(run.stderr)")
      let dir = NSTemporaryDirectory() + "lossbook-typo-\(UUID().uuidString)"
      try FileManager.default.createDirectory(atPath: dir + "/data", withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(atPath: dir) }
      try "```data d\npath: dta/scores.cvs\n```\n".write(toFile: dir + "/n.md", atomically: true, encoding: .utf8)
      try "a\n1\n".write(toFile: dir + "/data/scores.csv", atomically: true, encoding: .utf8)
      var options = RenderOptions()
      options.outputDirectory = dir + "/out"
      let pipeline = Pipeline(registry: standardRegistry)
      let outcome =
        check ? pipeline.check(dir + "/n.md", options: options) : pipeline.render(dir + "/n.md", options: options)
      #expect(outcome.diagnostics.map(\.help) == ["did you mean 'data/scores.csv'?"])
    }
  }

  @Test("a column named params is a column in row expressions, not a missing parameter")
  func paramsColumn() throws {
    let run = try Self.diagnostics(
      "```data d\npath: p.csv\nwhere: =params > 2\nderive: {twice: =params * 2}\n```\n\nRows: `= d.n | int`.\n",
      files: ["p.csv": "params,loss\n3,2.1\n1,2.2\n5,2.0\n"])
    #expect(!run.outcome.failed, "\(run.stderr)")
    let bare = try Self.diagnostics("---\nparams: {eta: 2}\n---\n\nValue: `= params | int`.\n", check: true)
    #expect(bare.stderr.contains("'params' needs a name, such as params.eta"))
    #expect(bare.stderr.contains("write params.NAME; the parameters are eta"))
  }

  @Test("a right chance level on a task far above chance is accepted; one on another scale is refused")
  func chanceOnScale() throws {
    let notebook = { (random: String, base: Double) in
      let rows = (0..<12).map { i in "{loss: \(3.0 - Double(i) * 0.1), score: \(base + Double(i) * 0.026)}" }
      return "```data d\nrows: [\(rows.joined(separator: ", "))]\n```\n\n```threshold t\ntable: d\nx: loss\ny: score\n"
        + "random: \(random)\ntests: [supf]\nbootstrap: 49\nci: {replicates: 49}\n```\n"
    }
    // Scores from 55% to 84% on the 0-1 scale: random: 0.25 is right, and the block runs.
    let right = try Self.diagnostics(notebook("0.25", 0.55))
    #expect(!right.outcome.failed, "\(right.stderr)")
    #expect(!right.stderr.contains("threshold-chance-outside-range"), "\(right.stderr)")
    // 25 (percent) for scores in [0, 1] is still caught, with the fix that applies.
    let wrongScale = try Self.diagnostics(notebook("25", 0.55))
    #expect(wrongScale.stderr.contains("[threshold-chance-outside-range]"))
    #expect(wrongScale.stderr.contains("0.25 for four options, not 25"))
    // A chance level above every score on the same scale still gets the chance_slack advice.
    let above = try Self.diagnostics(notebook("0.99", 0.05))
    #expect(above.stderr.contains("raise chance_slack (default 1) to run the tests anyway"), "\(above.stderr)")
  }

  @Test("every bad field of a block is reported at once, each at its position, and nothing about stand-ins")
  func everyBadField() throws {
    let table = try Self.diagnostics(
      "```data d\nrows: [{x: 1}]\n```\n\n```table t\nof: d\nrows: 0\ncaption: [not, text]\nformats: 3\n```\n",
      check: true)
    #expect(table.outcome.diagnostics.count == 3, "\(table.stderr)")
    #expect(table.stderr.contains("n.md:7:7: error: rows must be 1 or more, or all [bad-value]"), "\(table.stderr)")
    #expect(table.stderr.contains("n.md:8:10: error: 'caption' should be text, not a list"), "\(table.stderr)")
    #expect(table.stderr.contains("n.md:9:10: error: 'formats' should be a mapping of fields"), "\(table.stderr)")
    // Bad fields inside nested values: each reported, and no "needs 'eta'" for the bad eta.
    let family = try Self.diagnostics(
      "```family f\nlaw: chinchilla\nsizes: [300M, 1B]\ntokens: {from: 20B, to: 2T, checkpoints: nope}\n"
        + "loss_noise: high\ntasks:\n  - {name: A, shape: hinge, eta: x2.2, random: 0.25, slope: 0.9}\n```\n",
      check: true)
    #expect(family.outcome.diagnostics.count == 3, "\(family.stderr)")
    for bad in [
      "4:42: error: 'nope' is not a number", "5:13: error: 'high' is not a number",
      "7:34: error: 'x2.2' is not a number",
    ] {
      #expect(family.stderr.contains("n.md:" + bad), "\(family.stderr)")
    }
    #expect(!family.stderr.contains("needs"), "\(family.stderr)")
  }

  @Test("an inline value of a block that failed says that block failed")
  func inlineValueOfFailedBlock() throws {
    let run = try Self.diagnostics(
      "```data d\npath: p.csv\n```\n\nRows: `= d.n | int`.\n", files: ["p.csv": "a,b\n1\n"])
    #expect(run.stderr.contains("the block 'd' failed (or was not run after another failure), so it has no values"))
    #expect(!run.stderr.contains("no block or column"))
  }

  @Test("every bad item of a list is reported at once")
  func everyBadItem() throws {
    let select = try Self.diagnostics(
      "```data d\npath: p.csv\nselect: [los, score, runn]\n```\n", files: ["p.csv": "loss,score,run\n2.1,0.3,a\n"])
    #expect(select.stderr.contains("no columns 'los', 'runn' (columns: loss, score, run)"), "\(select.stderr)")
    #expect(select.stderr.contains("did you mean 'loss', 'run'?"))
    let run = try Self.diagnostics(
      "```family f\nlaw: chinchilla\nsizes: [300M, abc, 1B, xyz]\ntokens: {from: 20B, to: 2T, checkpoints: 8}\n```\n",
      check: true)
    #expect(
      run.stderr.contains("'abc' is not a number") && run.stderr.contains("'xyz' is not a number"), "\(run.stderr)")
    let tasks = try Self.diagnostics(
      "```family f\nlaw: chinchilla\nsizes: [300M]\ntokens: {from: 20B, to: 2T, checkpoints: 8}\ntasks:\n"
        + "  - {name: A, shape: hnige, random: 0.25}\n  - {name: B, shape: hinge, random: 0.25, eta: 2.2}\n"
        + "  - {name: C, shape: logistc, random: 0.25}\n```\n", check: true)
    #expect(
      tasks.stderr.contains("did you mean 'hinge'?") && tasks.stderr.contains("did you mean 'logistic'?"),
      "\(tasks.stderr)")
  }
}
