import Foundation
import LossbookBlocks
import LossbookEngine
import LossbookTestSupport
import Testing

/// Notebooks written to attack their reader: every payload must come out inert, and budgets
/// must stop bombs with a diagnostic, quickly.
@Suite struct HostileInputTests {
  static let folder = packageRoot + "/Tests/LossbookEndToEndTests/Hostile"

  /// Every real tag of a page (user text is escaped, so any `<x ...>` is lossbook's own).
  static func tags(_ html: String) -> [String] {
    let regex = try! NSRegularExpression(pattern: "<[a-zA-Z][^>]*>")
    let ns = html as NSString
    return regex.matches(in: html, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range) }
  }

  /// Tags, attributes and URLs that could run script or load something, in lossbook's own tags.
  static func dangers(in html: String) -> [String] {
    var found: [String] = []
    let attribute = try! NSRegularExpression(pattern: "\\s([a-zA-Z:_-]+)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)")
    for tag in tags(html) {
      let lower = tag.lowercased()
      let name = String(lower.dropFirst().prefix { $0.isLetter || $0.isNumber })
      if [
        "script", "iframe", "object", "embed", "base", "form", "input", "textarea", "plaintext", "img", "video",
        "audio", "link",
      ]
      .contains(name) {
        found.append(tag)
      }
      if name == "meta" && lower.contains("refresh") { found.append(tag) }
      let ns = tag as NSString
      for m in attribute.matches(in: tag, range: NSRange(location: 0, length: ns.length)) {
        let attr = ns.substring(with: m.range(at: 1)).lowercased()
        var value = ns.substring(with: m.range(at: 2)).lowercased()
        value = value.trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
        if attr.hasPrefix("on") { found.append(tag) }
        let isURL = ["href", "src", "action", "formaction", "xlink:href", "data", "poster"].contains(attr)
        if isURL, value.hasPrefix("javascript:") || value.hasPrefix("data:text") || value.hasPrefix("vbscript:") {
          found.append(tag)
        }
        // A link a reader clicks is not a load; anything else pointing outside would be.
        let loads = isURL && !(name == "a" && attr == "href")
        if loads, value.hasPrefix("http") || value.hasPrefix("//") || value.hasPrefix("file:") { found.append(tag) }
      }
    }
    if html.components(separatedBy: "<style").count - 1 > 1 { found.append("a second <style>") }
    return found
  }

  @Test func everyXSSPayloadIsInert() throws {
    let out = NSTemporaryDirectory() + "lossbook-xss-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: out) }
    var options = RenderOptions()
    options.outputDirectory = out
    options.notebookLabel = "xss.md"
    let outcome = Pipeline(registry: standardRegistry).render("\(Self.folder)/xss.md", options: options)
    #expect(!outcome.failed, "\(outcome.diagnostics.map(\.message))")
    let html = try String(contentsOfFile: "\(out)/xss.html", encoding: .utf8)
    #expect(Self.dangers(in: html) == [])
    // The payloads are still there, as text a reader can see.
    #expect(html.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"))
    #expect(html.contains("&lt;img src=x onerror=alert(&#39;param&#39;)&gt;"))
    let svg = try String(contentsOfFile: "\(out)/xss/p.svg", encoding: .utf8)
    #expect(Self.dangers(in: svg) == [])
    #expect(!svg.contains("<script"))
    let json = try String(contentsOfFile: "\(out)/xss.json", encoding: .utf8)
    #expect(!json.contains("</script"))
  }

  @Test func theDangerScannerFindsDangers() {
    #expect(Self.dangers(in: "<p>ok</p><img src=x onerror=alert(1)>").count >= 1)
    #expect(Self.dangers(in: "<a href=\"javascript:alert(1)\">x</a>").count == 1)
    #expect(Self.dangers(in: "<p>&lt;script&gt;</p>") == [])
  }

  func timedCheck(_ text: String) throws -> (NotebookOutcome, Double) {
    let dir = NSTemporaryDirectory() + "lossbook-bomb-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try text.write(toFile: "\(dir)/b.md", atomically: true, encoding: .utf8)
    var options = RenderOptions()
    options.outputDirectory = "\(dir)/out"
    let start = Date()
    let outcome = Pipeline(registry: standardRegistry).render("\(dir)/b.md", options: options)
    return (outcome, Date().timeIntervalSince(start))
  }

  @Test func aHundredThousandNestedParenthesesIsADiagnostic() throws {
    let deep = String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000)
    let (outcome, seconds) = try timedCheck("---\nparams: {x: 1}\n---\n\nValue `= \(deep)`.\n")
    #expect(outcome.failed)
    #expect(outcome.diagnostics.contains { $0.id == "bad-expression" }, "\(outcome.diagnostics.map(\.message))")
    #expect(seconds < 2)
  }

  @Test func aYAMLAliasBombIsADiagnostic() throws {
    var lines = ["```data d", "a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    for i in 1...9 {
      lines.append("a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ", ") + "]")
    }
    lines += ["rows: [*a9]", "```"]
    let (outcome, seconds) = try timedCheck(lines.joined(separator: "\n") + "\n")
    #expect(outcome.failed)
    #expect(seconds < 2)
  }
}
