import Foundation
import LossbookBlocks
import LossbookEngine
import LossbookSyntax
import LossbookTestSupport
import Testing

/// Every `Broken/<id>.md` raises the diagnostic `<id>` (its exact text pinned in
/// `Broken/<id>.stderr`), fails, and leaves the previous outputs untouched; a warning id
/// instead renders, and its report is written.
@Suite struct DiagnosticGoldenTests {
  static let broken = packageRoot + "/Tests/LossbookEndToEndTests/Broken"

  static let cases: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: broken)) ?? []
    return names.filter { $0.hasSuffix(".md") }.sorted().map { String($0.dropLast(3)) }
  }()

  @Test(arguments: cases)
  func raisesItsDiagnostic(_ id: String) throws {
    let out = NSTemporaryDirectory() + "lossbook-broken-\(id)-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: out) }
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    // An earlier report (from before manifests: lossbook recognises its page by the generator tag).
    let previous = "<meta name=\"generator\" content=\"lossbook 0.1.0\">\n<p>an earlier report</p>\n"
    try previous.write(toFile: "\(out)/\(id).html", atomically: true, encoding: .utf8)

    var options = RenderOptions()
    options.outputDirectory = out
    options.jobs = 2
    options.notebookLabel = "Broken/\(id).md"
    let path = "\(Self.broken)/\(id).md"
    let outcome = Pipeline(registry: standardRegistry).render(path, options: options)
    let raised = outcome.diagnostics.filter { $0.id.rawValue == id }
    #expect(!raised.isEmpty, "\(id).md raised \(outcome.diagnostics.map(\.id.rawValue))")
    if raised.allSatisfy({ $0.severity == .warning }) {
      // A warning id: the render succeeds and writes its report.
      #expect(!outcome.failed, "\(id).md should render despite its warning")
      #expect(FileManager.default.fileExists(atPath: "\(out)/\(id).json"))
    } else {
      #expect(outcome.failed, "\(id).md should fail")
      #expect(try String(contentsOfFile: "\(out)/\(id).html", encoding: .utf8) == previous, "the earlier report changed")
      #expect(!FileManager.default.fileExists(atPath: "\(out)/\(id).json"))
    }

    // The printed form, with the path as a user would type it.
    let file = outcome.file.map { SourceFile(path: "Broken/\(id).md", text: $0.text) }
    let stderr = DiagnosticFormatter().format(outcome.diagnostics, in: file)
    Golden.check(stderr, against: "\(Self.broken)/\(id).stderr")
  }
}
