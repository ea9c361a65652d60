import Foundation
import LossbookTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The hostile-output corpus of issue 17, through the built binary: report names and `--out`
/// values that could escape, side folders holding a user's files, links in folder mode, a full
/// disk, parallel renders and killed renders. Precious files beside each case are compared byte
/// for byte afterwards: a render may fail, but never lose a file it did not write.
@Suite struct OutputSafetyTests {
  /// A small notebook with one table and one plot, so its report has side files.
  static let notebook = (try? String(contentsOfFile: packageRoot + "/Notebooks/quickstart.md", encoding: .utf8)) ?? ""

  /// A fresh folder for one test, removed afterwards.
  final class Sandbox {
    let path: String

    init() {
      path = NSTemporaryDirectory() + "lossbook-outsafe-\(UUID().uuidString)"
      try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes `text` at `relative`, creating folders.
    func write(_ text: String, _ relative: String) {
      let full = path + "/" + relative
      try? FileManager.default.createDirectory(
        atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      FileManager.default.createFile(atPath: full, contents: Data(text.utf8))
    }

    /// Every file and link under the folder (hidden ones included) with its bytes or link target;
    /// names starting with `skipping` are left out.
    func snapshot(skipping prefix: String? = nil) -> [String: Data] {
      var files: [String: Data] = [:]
      let all = FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? []
      for relative in all {
        if let prefix, relative.split(separator: "/").contains(where: { $0.hasPrefix(prefix) }) { continue }
        let full = path + "/" + relative
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: full) {
          files[relative] = Data(("-> " + target).utf8)
        } else {
          var isFolder: ObjCBool = false
          FileManager.default.fileExists(atPath: full, isDirectory: &isFolder)
          files[relative] = isFolder.boolValue ? Data("<folder>".utf8) : FileManager.default.contents(atPath: full)
        }
      }
      return files
    }

    /// The snapshot of a subfolder, with paths relative to it.
    func snapshot(of relative: String, skipping prefix: String? = ".lossbook-stage-") -> [String: Data] {
      var files: [String: Data] = [:]
      for (key, value) in snapshot(skipping: prefix) where key.hasPrefix(relative + "/") {
        files[String(key.dropFirst(relative.count + 1))] = value
      }
      return files
    }

    /// lossbook's temporary names left anywhere under the folder.
    func leftovers() -> [String] {
      (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? []).filter {
        ($0 as NSString).lastPathComponent.hasPrefix(".lossbook-stage-")
          || ($0 as NSString).lastPathComponent.hasPrefix(".lossbook-tmp-")
      }
    }
  }

  /// Starts the binary in `cwd` without waiting.
  static func start(_ args: [String], in cwd: String) throws -> Process {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: CLITests.binary)
    p.arguments = args
    p.currentDirectoryURL = URL(fileURLWithPath: cwd)
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    try p.run()
    return p
  }

  @Test func reportNamesThatWouldEscapeAreRefusedAndNothingIsLost() throws {
    let box = Sandbox()
    box.write(Self.notebook, "work/x.md")
    box.write("precious", "work/keep.txt")
    #expect(try CLITests.run(["render", "x.md"], in: box.path + "/work").status == 0)
    box.write(Self.notebook, "work/...md")
    box.write(Self.notebook, "work/..md")
    box.write("also precious", "keep-above.txt")
    let before = box.snapshot()
    for (notebook, out) in [("...md", "Output"), ("..md", "Output"), ("...md", "."), ("..md", ".")] {
      let r = try CLITests.run(["render", notebook, "-o", out], in: box.path + "/work")
      #expect(r.status == 1, "\(notebook) -o \(out): \(r.stderr)")
      #expect(r.stderr.contains("gives the report name"), "\(r.stderr)")
      #expect(box.snapshot() == before, "\(notebook) -o \(out) changed files")
    }
  }

  @Test func outFoldersThatAreEmptyTheRootOrAFileAreRefused() throws {
    let box = Sandbox()
    box.write(Self.notebook, "etc.md")
    let before = box.snapshot()
    for out in ["", "/", "//", "/..", "etc.md"] {
      let r = try CLITests.run(["render", "etc.md", "--out", out], in: box.path)
      #expect(r.status == 2, "--out '\(out)': \(r.stderr)")
      #expect(r.stderr.contains("--out"), "\(r.stderr)")
      #expect(box.snapshot() == before)
    }
  }

  @Test func aSideFolderHoldingTheNotebooksDataOrTheNotebookIsRefused() throws {
    let box = Sandbox()
    let data = "N,score\n1,0.2\n2,0.3\n"
    box.write(data, "x/runs.csv")
    box.write("my notes", "x/notes.txt")
    box.write("# Data\n\n```data runs\npath: x/runs.csv\n```\n", "x.md")
    box.write("# Inside\n", "proj/y/y.md")
    box.write("# Data root\n\n```data runs\npath: runs.csv\n```\n", "z.md")
    box.write(data, "z/runs.csv")
    let before = box.snapshot()
    let cases: [([String], String)] = [
      (["render", "x.md", "--out", "."], "was not written by lossbook"),
      (["render", "proj/y/y.md", "--out", "proj"], "holds the notebook itself"),
      (["render", "z.md", "--data-root", "z", "--out", "."], "reads data from"),
    ]
    for (args, words) in cases {
      let r = try CLITests.run(args, in: box.path)
      #expect(r.status == 1, "\(args): \(r.stderr)")
      #expect(r.stderr.contains(words), "\(args): \(r.stderr)")
      #expect(box.snapshot() == before, "\(args) changed files")
    }
  }

  @Test func aUsersFileInTheSideFolderStopsTheRenderUntouched() throws {
    let box = Sandbox()
    box.write(Self.notebook, "x.md")
    #expect(try CLITests.run(["render", "x.md", "-o", "out"], in: box.path).status == 0)
    box.write("mine", "out/x/mine.txt")
    let before = box.snapshot()
    let r = try CLITests.run(["render", "x.md", "-o", "out", "--seed", "9"], in: box.path)
    #expect(r.status == 1)
    #expect(r.stderr.contains("'out/x/mine.txt' was not written by lossbook"), "\(r.stderr)")
    #expect(r.stderr.contains("help: move it out of 'out/x'"), "\(r.stderr)")
    #expect(box.snapshot() == before)
    #expect(box.leftovers().isEmpty)
  }

  @Test func folderModeNeverFollowsLinksAndEnds() throws {
    let box = Sandbox()
    box.write(Self.notebook, "nbs/a.md")
    box.write("# Credentials\n\nsecret-token-1234\n", "credentials.md")
    symlink(".", box.path + "/nbs/l1")
    symlink(".", box.path + "/nbs/l2")
    symlink("..", box.path + "/nbs/up")
    symlink("../credentials.md", box.path + "/nbs/cred.md")
    symlink("a.md", box.path + "/nbs/b.md")
    let clock = ContinuousClock()
    let started = clock.now
    let r = try CLITests.run(["render", "nbs", "-o", "out"], in: box.path)
    #expect(clock.now - started < .seconds(60))
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stderr.contains("skipped 'nbs/cred.md': it is a symbolic link"), "\(r.stderr)")
    let written = box.snapshot(of: "out", skipping: nil)
    #expect(written.keys.contains("a.html"))
    #expect(!written.keys.contains { $0.hasPrefix("cred") || $0.hasPrefix("b.") || $0.hasPrefix("l1") })
    #expect(!written.values.contains { String(decoding: $0, as: UTF8.self).contains("secret-token-1234") })
  }

  @Test func downloadLinksArePercentEncodedRelativePaths() throws {
    let box = Sandbox()
    let names = ["javascript:x", "a #b%c?d e", "émergence"]
    for name in names { box.write(Self.notebook, "\(name).md") }
    for name in names {
      let r = try CLITests.run(["render", "\(name).md", "-o", "out"], in: box.path)
      #expect(r.status == 0, "\(name): \(r.stderr)")
      let html = try String(contentsOfFile: box.path + "/out/\(name).html", encoding: .utf8)
      #expect(!html.contains("href=\"javascript:"), "\(name)")
      let links = html.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        .filter { $0.hasSuffix(".csv") || $0.hasSuffix(".svg") }
      #expect(!links.isEmpty)
      for link in links {
        #expect(link.hasPrefix("./"), "\(link)")
        #expect(!link.contains("#") && !link.contains("?") && !link.contains(" "), "\(link)")
        let decoded = link.removingPercentEncoding ?? ""
        #expect(FileManager.default.fileExists(atPath: box.path + "/out/" + decoded), "\(link) → \(decoded)")
      }
    }
  }

  @Test func aNotebookNamedLikeAnOptionGetsAClearError() throws {
    let box = Sandbox()
    box.write(Self.notebook, "-dash.md")
    let r = try CLITests.run(["render", "-dash.md"], in: box.path)
    #expect(r.status == 2)
    #expect(r.stdout.isEmpty)
    #expect(r.stderr.contains("'./-dash.md'") && r.stderr.contains("lossbook render -- -dash.md"), "\(r.stderr)")
    #expect(try CLITests.run(["render", "./-dash.md", "-o", "a"], in: box.path).status == 0)
    #expect(try CLITests.run(["render", "-o", "b", "--", "-dash.md"], in: box.path).status == 0)
    #expect(FileManager.default.fileExists(atPath: box.path + "/b/-dash.html"))
  }

  @Test func aFullDiskIsReportedInWordsAndChangesNothing() throws {
    let box = Sandbox()
    box.write(Self.notebook, "x.md")
    #expect(try CLITests.run(["render", "x.md", "-o", "out"], in: box.path).status == 0)
    let before = box.snapshot()
    // RLIMIT_FSIZE of 8 KiB, with SIGXFSZ ignored: writes past it fail with EFBIG, as on a full disk.
    let script = "trap '' XFSZ; ulimit -f 16; exec \"$0\" render x.md -o out --seed 7"
    let r = try CLITests.run(["-c", script, CLITests.binary], in: box.path, executable: "/bin/sh")
    #expect(r.status == 1, "\(r.stderr)")
    #expect(r.stderr.contains("could not write 'out/x/") && r.stderr.contains("File too large"), "\(r.stderr)")
    #expect(!r.stderr.contains("Error("), "a Swift structure was printed: \(r.stderr)")
    #expect(box.snapshot() == before)
    #expect(box.leftovers().isEmpty)
  }

  @Test func parallelRendersLeaveOneWholeReport() throws {
    let box = Sandbox()
    box.write(Self.notebook, "x.md")
    let seeds = [1, 2, 3, 4]
    for seed in seeds {
      #expect(try CLITests.run(["render", "x.md", "-o", "ref\(seed)", "--seed", "\(seed)"], in: box.path).status == 0)
    }
    let references = seeds.map { box.snapshot(of: "ref\($0)") }
    for round in 0..<2 {
      let runs = try seeds.map { try Self.start(["render", "x.md", "-o", "shared", "--seed", "\($0)"], in: box.path) }
      for run in runs { run.waitUntilExit() }
      #expect(runs.allSatisfy { $0.terminationStatus == 0 }, "round \(round)")
      let shared = box.snapshot(of: "shared")
      #expect(references.contains(shared), "round \(round): the report mixes renders")
      #expect(box.leftovers().isEmpty)
    }
  }

  @Test func interruptedRendersRemoveTheirTemporaryFiles() throws {
    let box = Sandbox()
    box.write(Self.notebook, "x.md")
    #expect(try CLITests.run(["render", "x.md", "-o", "out", "--seed", "1"], in: box.path).status == 0)
    #expect(try CLITests.run(["render", "x.md", "-o", "new", "--seed", "2"], in: box.path).status == 0)
    let old = box.snapshot(of: "out")
    let new = box.snapshot(of: "new")
    for (index, delay) in [0.05, 0.15, 0.3, 0.5, 0.8].enumerated() {
      let p = try Self.start(["render", "x.md", "-o", "out", "--seed", "2"], in: box.path)
      Thread.sleep(forTimeInterval: delay)
      kill(p.processIdentifier, index % 2 == 0 ? SIGTERM : SIGINT)
      p.waitUntilExit()
      let now = box.snapshot(of: "out", skipping: nil)
      #expect(now == old || now == new, "mixed report after a signal at \(delay) s")
      #expect(box.leftovers().isEmpty, "temporaries left after a signal at \(delay) s: \(box.leftovers())")
      if now != old {
        #expect(try CLITests.run(["render", "x.md", "-o", "out", "--seed", "1"], in: box.path).status == 0)
      }
    }
  }

  @Test func aRenderWaitsForTheOutputLockThenStopsWithAMessage() throws {
    let box = Sandbox()
    box.write(Self.notebook, "x.md")
    #expect(try CLITests.run(["render", "x.md", "-o", "out"], in: box.path).status == 0)
    let before = box.snapshot()
    let fd = open(box.path + "/out", O_RDONLY | O_DIRECTORY)
    defer { close(fd) }
    #expect(flock(fd, LOCK_EX) == 0)
    let r = try CLITests.run(["render", "x.md", "-o", "out", "--seed", "3", "--lock-wait", "1"], in: box.path)
    #expect(r.status == 1)
    #expect(r.stderr.contains("another lossbook render is publishing into 'out'"), "\(r.stderr)")
    #expect(box.snapshot() == before)
    #expect(box.leftovers().isEmpty)
    _ = flock(fd, LOCK_UN)
    #expect(
      try CLITests.run(["render", "x.md", "-o", "out", "--seed", "3", "--lock-wait", "1"], in: box.path).status == 0)
  }

  @Test func renderKilledAtRandomPointsLeaveOneWholeReportAndTheNextSweeps() throws {
    let box = Sandbox()
    box.write(Self.notebook, "x.md")
    #expect(try CLITests.run(["render", "x.md", "-o", "out", "--seed", "1"], in: box.path).status == 0)
    #expect(try CLITests.run(["render", "x.md", "-o", "new", "--seed", "2"], in: box.path).status == 0)
    let old = box.snapshot(of: "out")
    let new = box.snapshot(of: "new")
    // Fixed pseudo-random moments over the whole render (about 0.4 s in a debug build).
    var generator = SplitMix64(seed: 17)
    for round in 0..<12 {
      let delay = Double(generator.next() % 600) / 1000
      let p = try Self.start(["render", "x.md", "-o", "out", "--seed", "2"], in: box.path)
      Thread.sleep(forTimeInterval: delay)
      kill(p.processIdentifier, SIGKILL)
      p.waitUntilExit()
      let now = box.snapshot(of: "out")
      #expect(now == old || now == new, "round \(round): mixed report after a kill at \(delay) s")
      // The next render finishes or removes what the killed one left, and publishes whole.
      #expect(try CLITests.run(["render", "x.md", "-o", "out", "--seed", "1"], in: box.path).status == 0)
      #expect(box.snapshot(of: "out", skipping: nil) == old, "round \(round)")
      #expect(box.leftovers().isEmpty, "round \(round): \(box.leftovers())")
    }
  }
}
