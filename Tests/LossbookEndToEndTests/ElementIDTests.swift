import Foundation
import LossbookBlocks
import LossbookEngine
import LossbookTestSupport
import Testing

/// A heading must never take an engine element's id: a heading "Figure ex" once took the
/// explorer's `figure-ex`, and its sliders silently stopped working. Checked without a browser:
/// the page's ids are parsed and must be unique, with every engine id still on its element.
@Suite struct ElementIDTests {
  /// A notebook with every kind of engine element: blocks, a figure, an explorer with its
  /// sliders and presets, a table and a fit, and a table of contents.
  static let notebook = """
    ---
    title: Ids
    toc: true
    ---

    ## The family

    ```family ladder
    law: chinchilla
    sizes: [300M, 1B, 6B]
    tokens: {from: 20B, to: 2T, checkpoints: 12, spacing: log}
    tasks:
      - {name: MMLU, shape: hinge, eta: 2.2, random: 0.25, slope: 0.9, items: 1000}
    ```

    ```fit ex_fit
    table: ladder
    x: loss
    y: MMLU
    models: [linear, hinge]
    ```

    ```plot p
    table: ladder
    x: loss
    y: MMLU
    overlay: [ex_fit]
    ```

    ```table t
    of: ladder
    ```

    ```explore ex
    of: ladder
    task: MMLU
    controls: [eta, slope, items]
    ```

    """

  /// Every `id="…"` on a page, in order, duplicates kept.
  static func ids(_ html: String) -> [String] {
    let regex = try! NSRegularExpression(pattern: "\\sid=\"([^\"]*)\"")
    let ns = html as NSString
    return regex.matches(in: html, range: NSRange(location: 0, length: ns.length)).map {
      ns.substring(with: $0.range(at: 1))
    }
  }

  /// Renders `text` and returns the page.
  static func render(_ text: String) throws -> String {
    let dir = NSTemporaryDirectory() + "lossbook-ids-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try text.write(toFile: "\(dir)/ids.md", atomically: true, encoding: .utf8)
    var options = RenderOptions()
    options.outputDirectory = "\(dir)/out"
    let outcome = Pipeline(registry: standardRegistry).render("\(dir)/ids.md", options: options)
    #expect(!outcome.failed, "\(outcome.diagnostics.map(\.message))")
    return try String(contentsOfFile: "\(dir)/out/ids.html", encoding: .utf8)
  }

  @Test func headingsNamedLikeEveryEngineIdTakeNone() throws {
    let engineIDs = Self.ids(try Self.render(Self.notebook))
    #expect(engineIDs.contains("figure-ex") && engineIDs.contains("explore-ex") && engineIDs.contains("ex-eta"))
    #expect(engineIDs.contains("block-t") && engineIDs.contains("figure-p") && engineIDs.contains("lb-toc-title"))
    #expect(Set(engineIDs).count == engineIDs.count, "the engine's own ids repeat")

    // A heading per engine id, written the way an author would ("Figure ex", "ex eta").
    let headings = Set(engineIDs).sorted().map { "## " + $0.replacingOccurrences(of: "-", with: " ") }
    let page = try Self.render(Self.notebook + "\n" + headings.joined(separator: "\n\n") + "\n")
    let all = Self.ids(page)
    let repeated = Dictionary(grouping: all, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
    #expect(repeated.isEmpty, "ids on more than one element: \(repeated)")
    // Every engine id is still there, on the engine's element, not on a heading.
    for id in engineIDs { #expect(all.contains(id), "\(id) is gone") }
    #expect(page.contains("<figure class=\"lb-figure\" id=\"figure-ex\">"))
    #expect(page.contains("<h2 id=\"figure-ex-2\">"))
    #expect(!page.contains("<h2 id=\"figure-ex\">"))
  }
}
