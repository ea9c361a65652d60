import Foundation
import LossbookBlocks
import LossbookEngine
import LossbookTestSupport
import Testing

/// Valid notebooks with extreme numbers (`Extreme/`), rendered by the built binary: each ends
/// within seconds in exit status 0, or 1 with a positioned diagnostic; never in a signal (a
/// Swift runtime failure was exit 132, running out of memory exit 134).
@Suite struct ExtremeInputTests {
  static let folder = packageRoot + "/Tests/LossbookEndToEndTests/Extreme"

  static let cases: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted().map { String($0.dropLast(3)) }
  }()

  /// The notebooks that must be refused, with the diagnostic id; every other one renders.
  static let refused: [String: String] = [
    "explore-million-questions": "over-limit",
    "family-checkpoints-1e300": "over-limit",
    "family-items-1e300": "over-limit",
    "family-items-random-1e-300": "family-bad-task",
    "fit-grid-size-1e8": "over-limit",
  ]

  /// How a run of the binary ended.
  struct Ending {
    var signalled: Bool
    var status: Int32
    var stderr: String
    var seconds: Double
  }

  /// Runs `lossbook render <name>.md` in the folder, into a fresh output folder.
  static func render(_ name: String) throws -> Ending {
    let out = NSTemporaryDirectory() + "lossbook-extreme-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: out) }
    let errPath = out + ".err"
    _ = FileManager.default.createFile(atPath: errPath, contents: nil)
    defer { try? FileManager.default.removeItem(atPath: errPath) }
    let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
    let p = Process()
    p.executableURL = URL(fileURLWithPath: CLITests.binary)
    p.arguments = ["render", "\(name).md", "-o", out]
    p.currentDirectoryURL = URL(fileURLWithPath: folder)
    p.standardOutput = FileHandle.nullDevice
    p.standardError = err
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    env["SWIFT_BACKTRACE"] = "enable=no"
    p.environment = env
    let start = Date()
    try p.run()
    p.waitUntilExit()
    try err.close()
    return Ending(
      signalled: p.terminationReason == .uncaughtSignal, status: p.terminationStatus,
      stderr: try String(contentsOfFile: errPath, encoding: .utf8), seconds: Date().timeIntervalSince(start))
  }

  @Test func theCorpusIsThere() {
    #expect(Self.cases.count >= 14, "\(Self.cases)")
    for name in Self.refused.keys { #expect(Self.cases.contains(name), "\(name).md is missing") }
  }

  @Test(arguments: cases)
  func endsInWordsNeverASignal(_ name: String) throws {
    let run = try Self.render(name)
    #expect(!run.signalled, "\(name).md died of signal \(run.status): \(run.stderr)")
    #expect(!run.stderr.contains("Fatal error"), "\(run.stderr)")
    #expect(run.seconds < 20, "\(name).md took \(run.seconds) s")
    if let id = Self.refused[name] {
      #expect(run.status == 1, "\(name).md: \(run.stderr)")
      // File, line and column, then the words and the id.
      #expect(run.stderr.hasPrefix("\(name).md:"), "\(run.stderr)")
      #expect(run.stderr.contains(": error: ") && run.stderr.contains("[\(id)]"), "\(run.stderr)")
    } else {
      #expect(run.status == 0, "\(name).md: \(run.stderr)")
      #expect(!run.stderr.contains(": error: "), "\(run.stderr)")
    }
  }

  /// Each slider of an extreme explorer has at most 2001 positions, and the page carries the
  /// words of every one of them (the script looks them up by position).
  @Test(arguments: ["explore-slope-1e300", "explore-law-1e200", "explore-threshold-far-from-losses"])
  func explorerSlidersStayWithinTheirPositions(_ name: String) throws {
    let out = NSTemporaryDirectory() + "lossbook-extreme-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: out) }
    var options = RenderOptions()
    options.outputDirectory = out
    let outcome = Pipeline(registry: standardRegistry).render("\(Self.folder)/\(name).md", options: options)
    #expect(!outcome.failed, "\(outcome.diagnostics.map(\.message))")
    let html = try String(contentsOfFile: "\(out)/\(name).html", encoding: .utf8)
    let input = try NSRegularExpression(
      pattern: "<input type=\"range\"[^>]*min=\"([^\"]*)\" max=\"([^\"]*)\" step=\"([^\"]*)\"")
    let ns = html as NSString
    let sliders = input.matches(in: html, range: NSRange(location: 0, length: ns.length))
    #expect(sliders.count >= 2)
    for m in sliders {
      let (lo, hi, step) = (
        Double(ns.substring(with: m.range(at: 1))) ?? .nan, Double(ns.substring(with: m.range(at: 2))) ?? .nan,
        Double(ns.substring(with: m.range(at: 3))) ?? .nan
      )
      let positions = ((hi / 2 - lo / 2) / step * 2).rounded(.down) + 1
      #expect(positions.isFinite && positions >= 1 && positions <= 2001, "\(ns.substring(with: m.range))")
    }
    #expect(html.utf8.count < 2_000_000, "the page has \(html.utf8.count) bytes")
  }
}
