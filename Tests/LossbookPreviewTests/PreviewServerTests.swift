import Foundation
import LossbookBlocks
import LossbookEngine
import LossbookPreview
import LossbookTestSupport
import Testing

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// `lossbook preview`'s server on an ephemeral port: the page, a new version after the notebook
/// or a data file it reads changes, diagnostics in the page, and nothing written anywhere.
@Suite(.serialized) struct PreviewServerTests {
  /// A folder with a notebook that reads a CSV file.
  static func folder() throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lossbook-preview-\(UUID().uuidString)")
      .path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    try "x,score\n1,0.25\n2,0.50\n".write(toFile: dir + "/d.csv", atomically: true, encoding: .utf8)
    try Self.notebook(prose: "First version of the prose.").write(
      toFile: dir + "/n.md", atomically: true, encoding: .utf8)
    return dir
  }

  static func notebook(prose: String, kind: String = "table") -> String {
    "---\ntitle: Preview test\n---\n\n\(prose)\n\n```data d\npath: d.csv\n```\n\n```\(kind) t\nof: d\n```\n"
  }

  /// The body of `GET url`, its status and headers.
  static func get(_ url: String) async throws -> (status: Int, body: String, headers: [String: String]) {
    var request = URLRequest(url: URL(string: url)!)
    request.timeoutInterval = 30
    let (data, response) = try await URLSession.shared.data(for: request)
    let http = response as! HTTPURLResponse
    var headers: [String: String] = [:]
    for (key, value) in http.allHeaderFields { headers["\(key)".lowercased()] = "\(value)" }
    return (http.statusCode, String(decoding: data, as: UTF8.self), headers)
  }

  /// Long-polls until the page has a version other than `after` and `contains` is in it.
  static func waitForPage(_ base: String, after: Int, containing text: String) async throws -> (
    body: String, version: Int
  ) {
    var version = after
    for _ in 0..<3 {
      let answer = try await get("\(base)/_lossbook/wait?after=\(version)")
      if answer.status == 200 {
        version = Int(answer.headers["x-lossbook-version"] ?? "") ?? version
        if answer.body.contains(text) { return (answer.body, version) }
      }
    }
    Issue.record("no version of the page contains '\(text)'")
    return ("", version)
  }

  @Test func servesThePageAndEachNewVersion() async throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    var options = RenderOptions()
    options.jobs = 1
    options.outputDirectory = dir + "/Output"
    let session = PreviewSession(
      notebook: dir + "/n.md", pipeline: Pipeline(registry: standardRegistry), options: options,
      interval: .milliseconds(50))
    let server = try PreviewServer(session: session, port: 0)
    let running = Task { try await server.run() }
    defer {
      session.stop()
      running.cancel()
    }
    let port = try await server.waitUntilListening()
    #expect(port != 0)
    session.watch()
    let base = "http://127.0.0.1:\(port)"

    // The first version: the report, its policy in the header (with the preview script's
    // hash), not in a <meta>; the side files from memory.
    let first = try await Self.get(base + "/")
    #expect(first.status == 200)
    #expect(first.body.contains("First version of the prose."))
    #expect(first.body.contains("/_lossbook/wait"))
    #expect(!first.body.contains("http-equiv=\"Content-Security-Policy\""))
    let policy = first.headers["content-security-policy"] ?? ""
    #expect(policy.hasPrefix(ReportPageTestPolicy.base))
    #expect(policy.contains("connect-src 'self'"))
    let version = Int(first.headers["x-lossbook-version"] ?? "") ?? 0
    #expect(version >= 1)
    let csv = try await Self.get(base + "/n/t.csv")
    #expect(csv.status == 200)
    #expect(csv.body.contains("0.5"))

    // An edit of the notebook: a new version with the new prose.
    try Self.notebook(prose: "Second version of the prose.").write(
      toFile: dir + "/n.md", atomically: true, encoding: .utf8)
    let second = try await Self.waitForPage(base, after: version, containing: "Second version of the prose.")
    #expect(second.version > version)

    // An edit of the data file it reads: a new version with the new value.
    try "x,score\n1,0.25\n2,0.875\n".write(toFile: dir + "/d.csv", atomically: true, encoding: .utf8)
    let third = try await Self.waitForPage(base, after: second.version, containing: "0.875")
    #expect(third.version > second.version)

    // A broken notebook: the error in the page, over the last report that rendered.
    try Self.notebook(prose: "Third version.", kind: "tabel").write(
      toFile: dir + "/n.md", atomically: true, encoding: .utf8)
    let broken = try await Self.waitForPage(base, after: third.version, containing: "unknown-block-kind")
    #expect(broken.body.contains("did you mean"))
    #expect(broken.body.contains("0.875"))
    #expect(session.diagnostics.contains { $0.id == "unknown-block-kind" })

    // Another host name is refused; nothing was written into the output folder.
    var request = URLRequest(url: URL(string: base + "/")!)
    request.setValue("example.com", forHTTPHeaderField: "Host")
    let (_, refused) = try await URLSession.shared.data(for: request)
    #expect((refused as! HTTPURLResponse).statusCode == 403)
    #expect(!FileManager.default.fileExists(atPath: dir + "/Output"))
    await server.stop()
  }

  /// A port in use is said in the system's words, not as a Swift value.
  @Test func aPortInUseIsSaidInWords() async throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let session = PreviewSession(
      notebook: dir + "/n.md", pipeline: Pipeline(registry: standardRegistry), options: RenderOptions())
    let first = try PreviewServer(session: session, port: 0)
    let running = Task { try await first.run() }
    defer { running.cancel() }
    let port = try await first.waitUntilListening()
    let second = try PreviewServer(session: session, port: port)
    let error = await #expect(throws: PreviewServerError.self) { try await second.run() }
    #expect(error?.message == "Address already in use", "\(String(describing: error))")
    await first.stop()
  }

  /// The written report has no trace of the preview, and its policy is the report's own.
  @Test func theWrittenReportHasNoPreviewScript() throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    var options = RenderOptions()
    options.jobs = 1
    options.outputDirectory = dir + "/Output"
    let outcome = Pipeline(registry: standardRegistry).render(dir + "/n.md", options: options)
    #expect(!outcome.failed)
    let html = try String(contentsOfFile: dir + "/Output/n.html", encoding: .utf8)
    #expect(!html.contains("_lossbook"))
    #expect(!html.contains("lb-preview"))
    #expect(!html.contains("<script"))
    #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"\(ReportPageTestPolicy.base)\">"))
  }
}

/// The report's base policy, written out here so that a change to it fails a test.
enum ReportPageTestPolicy {
  static let base =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'"
}
