import Foundation
import LossbookBlocks
import LossbookEngine
import LossbookTestSupport
import Testing

/// `lossbook render --to pdf`: a real PDF from headless Chromium next to the HTML and in the
/// manifest; a browser that fails is a diagnostic and writes nothing; no browser is a clear
/// error saying how to install one.
@Suite struct PDFTests {
  static func folder() throws -> String {
    let dir = NSTemporaryDirectory() + "lossbook-pdf-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: packageRoot + "/Notebooks/quickstart.md", toPath: dir + "/quickstart.md")
    return dir
  }

  /// The Chromium Scripts/test installs; nil without one (Scripts/test sets
  /// LOSSBOOK_REQUIRE_CHROMIUM, so there its absence fails instead of skipping the PDF check).
  static var chromium: String? {
    do {
      return try ChromiumLocator.find(explicit: nil)
    } catch {
      if ProcessInfo.processInfo.environment["LOSSBOOK_REQUIRE_CHROMIUM"] != nil {
        Issue.record("no Chromium, though LOSSBOOK_REQUIRE_CHROMIUM is set: \(error.message)")
      }
      return nil
    }
  }

  @Test func printsAValidPDFWithPages() throws {
    guard let chromium = Self.chromium else { return }
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let r = try CLITests.run(
      ["render", dir + "/quickstart.md", "-o", dir + "/Output", "--to", "pdf", "--chromium", chromium])
    #expect(r.status == 0, "\(r.stderr)")
    let pdf = try #require(FileManager.default.contents(atPath: dir + "/Output/quickstart.pdf"))
    #expect(pdf.starts(with: Array("%PDF-".utf8)))
    let text = String(decoding: pdf, as: UTF8.self)
    let pages =
      text.components(separatedBy: "/Type /Page\n").count - 1 + text.components(separatedBy: "/Type /Page/").count
      - 1 + text.components(separatedBy: "/Type /Page ").count - 1
    #expect(pages >= 2, "the quickstart prints on at least two pages, found \(pages) page objects")
    #expect(text.contains("%%EOF"))
    let manifest = try String(contentsOfFile: dir + "/Output/quickstart/.lossbook-manifest.json", encoding: .utf8)
    #expect(manifest.contains("\"quickstart.pdf\""))
    // The HTML is the one a render without --to pdf writes.
    let plain = try CLITests.run(["render", dir + "/quickstart.md", "-o", dir + "/Plain"])
    #expect(plain.status == 0, "\(plain.stderr)")
    let html = try String(contentsOfFile: dir + "/Output/quickstart.html", encoding: .utf8)
    #expect(html == (try String(contentsOfFile: dir + "/Plain/quickstart.html", encoding: .utf8)))
    #expect(!FileManager.default.fileExists(atPath: dir + "/Plain/quickstart.pdf"))
  }

  @Test func aBrowserThatFailsIsADiagnosticAndWritesNothing() throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let fake = dir + "/fake-chromium"
    try "#!/bin/sh\necho 'cannot open display' >&2\nexit 1\n".write(toFile: fake, atomically: true, encoding: .utf8)
    chmod(fake, 0o755)
    var options = RenderOptions()
    options.outputDirectory = dir + "/Output"
    options.jobs = 1
    options.printer = ChromiumPrinter(executable: fake)
    let outcome = Pipeline(registry: standardRegistry).render(dir + "/quickstart.md", options: options)
    let d = try #require(outcome.diagnostics.first { $0.id == "pdf-not-printed" })
    #expect(d.message.contains("exited with status 1 without printing a PDF: cannot open display"), "\(d.message)")
    #expect(d.help?.contains("--chromium PATH") == true)
    #expect(outcome.written.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: dir + "/Output/quickstart.html"))
  }

  @Test func withoutChromiumTheErrorSaysHowToInstallIt() throws {
    let error = #expect(throws: PrintError.self) {
      try ChromiumLocator.find(
        explicit: nil, environment: ["PATH": "/nonexistent"], executablePath: "/nonexistent/lossbook")
    }
    #expect(error?.message == "--to pdf needs Chromium, and none was found")
    #expect(error?.help?.contains("Scripts/bootstrap --browser") == true)
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let r = try CLITests.run(
      ["render", dir + "/quickstart.md", "-o", dir + "/Output", "--to", "pdf"],
      environment: ["LOSSBOOK_CHROMIUM": dir + "/no-such-chromium"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("LOSSBOOK_CHROMIUM '\(dir)/no-such-chromium' is not an executable file"), "\(r.stderr)")
    #expect(r.stderr.contains("Scripts/bootstrap --browser"), "\(r.stderr)")
    #expect(!FileManager.default.fileExists(atPath: dir + "/Output"))
  }
}
