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

  /// Ids that no notebook in `Broken/` can raise, each with where it is tested instead.
  static let provokedElsewhere: [String: String] = [
    "notebook-not-found": "a missing notebook cannot sit in Broken/; CLITests renders a missing path",
    "output-not-written": "a file-system failure, not a notebook; the output tests provoke it",
    "pdf-not-printed": "a browser that fails, not a notebook; PDFTests prints with a Chromium that exits 1",
    "explain-number-mismatch": "the self-check of lossbook's own text; ExplainCheckTests alters a number",
    "explain-misreading": "the lint of lossbook's own text; ExplainCheckTests and ExplainReadabilityTests",
    "explain-unknown-reason": "a reason code the catalogue lacks; only a changed catalogue can raise it",
    "sweep-bad-parts": "part files that pass merge's checks but not the sweep's; SweepTests alters a part",
  ]

  /// The broken notebooks are found (an empty list would make the test below pass on nothing).
  @Test func findsTheBrokenNotebooks() {
    #expect(Self.cases.count >= 70, "only \(Self.cases.count) notebooks in \(Self.broken)")
  }

  /// Every diagnostic id the sources declare has a notebook in `Broken/` that raises it.
  @Test func everyDiagnosticIDHasABrokenNotebook() throws {
    let declared = try Self.declaredIDs()
    #expect(declared.count >= 70, "the scan of Sources found only \(declared.count) ids")
    let covered = Set(Self.cases).union(Self.provokedElsewhere.keys)
    let missing = declared.subtracting(covered).sorted()
    #expect(missing.isEmpty, "diagnostic ids with no Broken/<id>.md: \(missing)")
    let stale = Set(Self.provokedElsewhere.keys).subtracting(declared).sorted()
    #expect(stale.isEmpty, "exempted ids that no source declares any more: \(stale)")
  }

  /// The ids declared in Sources: `DiagnosticID = "x"` constants and `Diagnostic("x", …)` literals.
  static func declaredIDs() throws -> Set<String> {
    let pattern = try NSRegularExpression(
      pattern: #"(?:DiagnosticID\s*=\s*|DiagnosticID\(|Diagnostic\(\s*)"([a-z0-9]+(?:-[a-z0-9]+)+)""#)
    var ids: Set<String> = []
    let sources = URL(fileURLWithPath: packageRoot + "/Sources")
    guard let walker = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil) else { return ids }
    for case let url as URL in walker where url.pathExtension == "swift" {
      let text = try String(contentsOf: url, encoding: .utf8)
      for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
        if let r = Range(match.range(at: 1), in: text) { ids.insert(String(text[r])) }
      }
    }
    return ids
  }

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
      #expect(
        try String(contentsOfFile: "\(out)/\(id).html", encoding: .utf8) == previous, "the earlier report changed")
      #expect(!FileManager.default.fileExists(atPath: "\(out)/\(id).json"))
    }

    // The printed form, with the path as a user would type it.
    let file = outcome.file.map { SourceFile(path: "Broken/\(id).md", text: $0.text) }
    // A notebook that cannot be read names its path in the message: the path as typed, too.
    let stderr = DiagnosticFormatter().format(outcome.diagnostics, in: file)
      .replacingOccurrences(of: Self.broken + "/", with: "Broken/")
    Golden.check(stderr, against: "\(Self.broken)/\(id).stderr")
  }
}
