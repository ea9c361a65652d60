import Foundation
import LossbookTestSupport
import Testing

/// Runs the built `lossbook` binary and checks its output and exit status.
@Suite struct CLITests {
  /// The `lossbook` executable next to the test bundle.
  static let binary: String = {
    let exe = URL(fileURLWithPath: CommandLine.arguments[0])
    var dir = exe.deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = dir.appendingPathComponent("lossbook").path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      dir.deleteLastPathComponent()
    }
    return packageRoot + "/.build/debug/lossbook"
  }()

  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static func run(
    _ args: [String], in cwd: String = packageRoot, executable: String = binary, environment: [String: String] = [:]
  ) throws -> Run {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: executable)
    p.arguments = args
    p.currentDirectoryURL = URL(fileURLWithPath: cwd)
    let tmp = NSTemporaryDirectory() + "lossbook-cli-\(UUID().uuidString)"
    _ = FileManager.default.createFile(atPath: tmp + ".out", contents: nil)
    _ = FileManager.default.createFile(atPath: tmp + ".err", contents: nil)
    let out = try FileHandle(forWritingTo: URL(fileURLWithPath: tmp + ".out"))
    let err = try FileHandle(forWritingTo: URL(fileURLWithPath: tmp + ".err"))
    p.standardOutput = out
    p.standardError = err
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    env.merge(environment) { _, new in new }
    p.environment = env
    try p.run()
    p.waitUntilExit()
    try out.close()
    try err.close()
    defer {
      try? FileManager.default.removeItem(atPath: tmp + ".out")
      try? FileManager.default.removeItem(atPath: tmp + ".err")
    }
    return Run(
      status: p.terminationStatus, stdout: try String(contentsOfFile: tmp + ".out", encoding: .utf8),
      stderr: try String(contentsOfFile: tmp + ".err", encoding: .utf8))
  }

  @Test func rendersTheQuickstart() throws {
    let out = NSTemporaryDirectory() + "lossbook-cli-out-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: out) }
    let r = try Self.run(["render", "Notebooks/quickstart.md", "-o", out, "--jobs", "2"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stderr.isEmpty, "\(r.stderr)")
    #expect(r.stdout.contains("quickstart.html"))
    #expect(FileManager.default.fileExists(atPath: "\(out)/quickstart.html"))
    #expect(FileManager.default.fileExists(atPath: "\(out)/quickstart.json"))
    #expect(FileManager.default.fileExists(atPath: "\(out)/quickstart/ladder.csv"))
    #expect(FileManager.default.fileExists(atPath: "\(out)/quickstart/mmlu_plot.svg"))
  }

  @Test func brokenNotebookExitsOneWithACaret() throws {
    let r = try Self.run(["check", "Tests/LossbookEndToEndTests/Broken/unknown-field.md"])
    #expect(r.status == 1)
    #expect(r.stderr.hasPrefix("Tests/LossbookEndToEndTests/Broken/unknown-field.md:"))
    #expect(r.stderr.contains("[unknown-field]"))
    #expect(r.stderr.contains("^"))
    #expect(r.stdout.isEmpty)
  }

  /// Every broken notebook, through the binary: exit status 1, the exact diagnostics on
  /// standard error, nothing on standard output, and the previous report left as it was (a
  /// notebook with only warnings: exit status 0 and its report written).
  @Test(arguments: DiagnosticGoldenTests.cases)
  func brokenNotebooksThroughTheBinary(_ id: String) throws {
    let out = NSTemporaryDirectory() + "lossbook-cli-broken-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: out) }
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    let old = "<meta name=\"generator\" content=\"lossbook 0.1.0\">old"
    try old.write(toFile: "\(out)/\(id).html", atomically: true, encoding: .utf8)
    let r = try Self.run(["render", "Broken/\(id).md", "-o", out], in: packageRoot + "/Tests/LossbookEndToEndTests")
    let golden = try String(contentsOfFile: "\(DiagnosticGoldenTests.broken)/\(id).stderr", encoding: .utf8)
    #expect(r.stderr == golden)
    if golden.contains(" error: ") {
      #expect(r.status == 1)
      #expect(r.stdout.isEmpty)
      #expect(try String(contentsOfFile: "\(out)/\(id).html", encoding: .utf8) == old)
      #expect(!FileManager.default.fileExists(atPath: "\(out)/\(id).json"))
    } else {
      // Only warnings: printed, and the report is written with exit status 0.
      #expect(r.status == 0)
      #expect(FileManager.default.fileExists(atPath: "\(out)/\(id).json"))
    }
  }

  @Test func twoRunsInARowAndAnyJobsGiveTheSameBytes() throws {
    let a = NSTemporaryDirectory() + "lossbook-cli-a-\(UUID().uuidString)"
    let b = NSTemporaryDirectory() + "lossbook-cli-b-\(UUID().uuidString)"
    defer {
      try? FileManager.default.removeItem(atPath: a)
      try? FileManager.default.removeItem(atPath: b)
    }
    #expect(try Self.run(["render", "Notebooks", "-o", a, "-j", "1"]).status == 0)
    #expect(try Self.run(["render", "Notebooks", "-o", b, "-j", "2"]).status == 0)
    let files = try FileManager.default.subpathsOfDirectory(atPath: a).sorted()
    // A subfolder of notebooks renders into the same subfolder of the output; README.md files are not notebooks.
    #expect(files.contains("ja/shutsugen-nouryoku.html") && files.contains("ja/shutsugen-nouryoku/mmlu_plot.svg"))
    #expect(!files.contains { $0.hasPrefix("data") })
    #expect(files == (try FileManager.default.subpathsOfDirectory(atPath: b).sorted()))
    for f in files {
      #expect(
        FileManager.default.contents(atPath: "\(a)/\(f)") == FileManager.default.contents(atPath: "\(b)/\(f)"), "\(f)")
    }
    #expect(try Self.run(["render", "Notebooks", "-o", b, "-j", "2"]).status == 0)
    for f in files {
      #expect(
        FileManager.default.contents(atPath: "\(a)/\(f)") == FileManager.default.contents(atPath: "\(b)/\(f)"), "\(f)")
    }
  }

  /// A render killed with SIGKILL at many moments never leaves a damaged report: the page, the
  /// results file and the side folder with its manifest are all the previous report or all the
  /// new one, and the next render removes the killed render's stage folder.
  @Test func aKilledRenderLeavesThePreviousReportIntact() throws {
    let dir = NSTemporaryDirectory() + "lossbook-kill-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let notebook = """
      ```family big
      law: chinchilla
      sizes: [300M, 540M, 1B, 1.5B, 6B, 32B]
      tokens: {from: 20B, to: 2T, checkpoints: 20000, spacing: log}
      loss_noise: 0.005
      tasks:
        - {name: A, shape: hinge, eta: 2.2, random: 0.25, slope: 0.9, items: 1000}
        - {name: B, shape: logistic, random: 0.25, ceiling: 0.9, mid: 2.4, width: 0.1, items: 1000}
      ```
      """
    try notebook.write(toFile: "\(dir)/big.md", atomically: true, encoding: .utf8)
    let out = "\(dir)/out"
    let files = ["big.html", "big.json", "big/big.csv", "big/.lossbook-manifest.json"]
    func contents() -> [Data?] { files.map { FileManager.default.contents(atPath: "\(out)/\($0)") } }

    #expect(try Self.run(["render", "big.md", "-o", out, "--seed", "1"], in: dir).status == 0)
    let old = contents()
    #expect(old.allSatisfy { $0 != nil })
    // The complete new report, rendered elsewhere.
    #expect(try Self.run(["render", "big.md", "-o", "\(dir)/new", "--seed", "2"], in: dir).status == 0)
    let new = files.map { FileManager.default.contents(atPath: "\(dir)/new/\($0)") }

    for delay in [0.05, 0.2, 0.4, 0.6, 0.8, 1.0, 1.3, 1.6] {
      let p = Process()
      p.executableURL = URL(fileURLWithPath: Self.binary)
      p.arguments = ["render", "big.md", "-o", out, "--seed", "2"]
      p.currentDirectoryURL = URL(fileURLWithPath: dir)
      p.standardOutput = FileHandle.nullDevice
      p.standardError = FileHandle.nullDevice
      try p.run()
      Thread.sleep(forTimeInterval: delay)
      kill(p.processIdentifier, SIGKILL)
      p.waitUntilExit()
      let now = contents()
      #expect(now == old || now == new, "the report is damaged or mixed after a kill at \(delay) s")
      // Put the old report back for the next round when the render had finished.
      if contents() != old {
        #expect(try Self.run(["render", "big.md", "-o", out, "--seed", "1"], in: dir).status == 0)
      }
    }
    #expect(try Self.run(["render", "big.md", "-o", out, "--seed", "2"], in: dir).status == 0)
    #expect(contents() == new)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasPrefix(".lossbook-") }
    #expect(leftovers.isEmpty, "\(leftovers)")
  }

  @Test func wrongCommandLineExitsTwo() throws {
    let r = try Self.run(["render", "--jobs", "zero", "Notebooks/quickstart.md"])
    #expect(r.status == 2)
    #expect(!r.stderr.isEmpty)
    let r2 = try Self.run(["frobnicate"])
    #expect(r2.status == 2)
    let r3 = try Self.run(["render", "--param", "noequals", "Notebooks/quickstart.md"])
    #expect(r3.status == 2)
  }

  @Test func missingNotebookExitsOne() throws {
    let r = try Self.run(["check", "Notebooks/no-such-notebook.md"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("[notebook-not-found]"))
  }

  @Test func checkPassesOnTheExamples() throws {
    let r = try Self.run(["check", "Notebooks"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("Notebooks/tour.md: ok"))
  }

  @Test func kindsListsEveryKindAndItsFields() throws {
    let r = try Self.run(["kinds"])
    #expect(r.status == 0)
    for k in ["family", "data", "fit", "plot", "table"] { #expect(r.stdout.contains(k)) }
    let fit = try Self.run(["kinds", "fit"])
    #expect(fit.stdout.contains("criterion"))
    let bad = try Self.run(["kinds", "fitt"])
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("did you mean 'fit'?"))
  }

  @Test func helpExitsZero() throws {
    let r = try Self.run(["--help"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("render"))
  }
}
