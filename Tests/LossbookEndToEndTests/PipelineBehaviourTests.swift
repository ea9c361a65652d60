import Foundation
import LossbookBlocks
import LossbookCore
import LossbookEngine
import LossbookRender
import LossbookTestSupport
import LossbookWords
import Testing

/// Options and front-matter settings, end to end, on small notebooks written in the test.
@Suite struct PipelineBehaviourTests {
  struct Rendered {
    var outcome: NotebookOutcome
    var html: String
    var json: String
  }

  func render(_ text: String, _ configure: (inout RenderOptions) -> Void = { _ in }) throws -> Rendered {
    let r = try NotebookRunner.render(text, configure)
    return Rendered(outcome: r.outcome, html: r.html ?? "", json: r.json ?? "")
  }

  let family = """
    ```family f
    law: {E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28}
    sizes: [1B, 6B]
    tokens: [20B, 50B, 100B, 400B]
    loss_noise: 0.01
    tasks:
      - {name: T, shape: hinge, random: 0.25, eta: =params.eta, slope: 1, items: 200}
    ```

    Mean: `= f.tasks.T.mean | .4f`; eta `= params.eta | .2f`.
    """

  @Test func codeDisplayModes() throws {
    for (mode, expectDetails, expectSource) in [("fold", true, true), ("show", false, true), ("hide", false, false)] {
      let r = try render("---\ncode: \(mode)\nparams: {eta: 2.2}\n---\n\n" + family)
      #expect(!r.outcome.failed)
      #expect(r.html.contains("<details class=\"lb-source\">") == expectDetails, "\(mode)")
      #expect(r.html.contains("sizes: [1B, 6B]") == expectSource, "\(mode)")
    }
  }

  /// `output: show | fold | hide` on any block: the table is in the page, behind a "Result"
  /// disclosure, or absent; the block computes either way (results file, CSV, inline values).
  @Test func outputDisplayModes() throws {
    let table = "<table"
    for (mode, folded, shown) in [("show", false, true), ("fold", true, true), ("hide", false, false)] {
      let text =
        "---\ncode: hide\nparams: {eta: 2.2}\n---\n\n"
        + family.replacingOccurrences(of: "```family f\n", with: "```family f\noutput: \(mode)\n")
      let r = try render(text)
      #expect(!r.outcome.failed, "\(mode)")
      #expect(
        r.html.contains("<details class=\"lb-output\"><summary>Result: <code>family f</code></summary>") == folded,
        "\(mode)")
      #expect(r.html.contains(table) == shown, "\(mode)")
      #expect(r.json.contains("\"T\""), "\(mode): the block still computes")
      #expect(r.html.contains("Mean: <span class=\"lb-value\">0."), "\(mode): inline values still read it")
      #expect(r.outcome.written.contains("n/f.csv"), "\(mode): its table is still written")
    }
  }

  @Test func aBadOutputValueIsAPositionedError() throws {
    let r = try render(
      "---\nparams: {eta: 2.2}\n---\n\n"
        + family.replacingOccurrences(of: "```family f\n", with: "```family f\noutput: folded\n"))
    #expect(r.outcome.failed)
    let d = try #require(r.outcome.diagnostics.first)
    #expect(d.message.contains("'folded' is not one of: show, fold, hide"), "\(d.message)")
    #expect(d.range?.start.line == 6 && d.range?.start.column == 9, "\(String(describing: d.range))")
    #expect(d.help?.contains("fold") == true, "\(String(describing: d.help))")
  }

  @Test func paramsAndSeedOverrides() throws {
    let base = try render("---\nparams: {eta: 2.2}\nseed: 3\n---\n\n" + family)
    let eta = try render("---\nparams: {eta: 2.2}\nseed: 3\n---\n\n" + family) { $0.params = [("eta", "2.35")] }
    let seed = try render("---\nparams: {eta: 2.2}\nseed: 3\n---\n\n" + family) { $0.seed = 4 }
    #expect(base.html.contains("eta <span class=\"lb-value\">2.20</span>"))
    #expect(eta.html.contains("eta <span class=\"lb-value\">2.35</span>"))
    #expect(eta.json.contains("\"eta\": 2.35"))
    #expect(seed.json.contains("\"seed\": 4"))
    #expect(seed.json != base.json)
    let again = try render("---\nparams: {eta: 2.2}\nseed: 3\n---\n\n" + family)
    #expect(again.html == base.html && again.json == base.json)
  }

  @Test func japaneseReport() throws {
    let r = try render("---\nlang: ja\nparams: {eta: 2.2}\n---\n\n# 見出し\n\n" + family)
    #expect(r.html.contains("<html lang=\"ja\">"))
    #expect(r.html.contains("目次"))
    #expect(r.html.contains("コード"))
  }

  /// A Japanese threshold table names its fits in Japanese and punctuates in full width.
  @Test func japaneseThresholdTable() throws {
    let text = """
      ---
      lang: ja
      ---

      ```family f
      law: chinchilla
      sizes: [300M, 1B, 6B]
      tokens: {from: 20B, to: 2T, checkpoints: 20, spacing: log}
      tasks:
        - {name: T, shape: hinge, random: 0.25, eta: 2.3, slope: 1, items: 1000}
      ```

      ```threshold t
      table: f
      x: loss
      y: T
      random: 0.25
      bootstrap: 99
      ci: {replicates: 50}
      ```
      """
    let r = try render(text)
    #expect(!r.outcome.failed, "\(r.outcome.diagnostics.map(\.message))")
    #expect(r.html.contains("<th scope=\"row\">BIC</th><td>直線 "), "the fits' names")
    #expect(r.html.contains("折れ線 "))
    #expect(r.html.contains("（η = "), "sup-F's position in full-width brackets")
    #expect(!r.html.contains(" （η ="))
  }

  @Test func keepGoingRendersAnErrorBoxAndStillFails() throws {
    let text = """
      ```data d
      rows: [{x: 1, y: 2}, {x: 2, y: 3}]
      ```

      ```fit bad
      table: d
      x: x
      y: nope
      ```

      ```table t
      of: d
      ```
      """
    let stop = try render(text)
    #expect(stop.outcome.failed)
    #expect(stop.html.isEmpty)
    let go = try render(text) { $0.keepGoing = true }
    #expect(go.outcome.failed)
    #expect(go.html.contains("class=\"lb-error\""))
    #expect(go.json.contains("\"status\": \"error\""))
    #expect(go.json.contains("\"t\""))
  }

  /// An error box's message comes through the catalogue: English in every language (diagnostics
  /// are the command line's words), marked in the pseudo-language; the results file's `error`
  /// is the English message whatever the language.
  @Test func anErrorBoxIsEnglishAndMarkedInThePseudoLanguage() throws {
    let text = """
      ```data d
      rows: [{x: 1, y: 2}, {x: 2, y: 3}]
      ```

      ```plot p
      table: d
      x: x
      y: y
      overlay: [{fit: d}]
      ```
      """
    let message = "'d' is not a fit, threshold or collapse block"
    var json: [String] = []
    for language in [ReportLanguage.en, .ja, .pseudo] {
      let r = try render(text) {
        $0.keepGoing = true
        $0.language = language
      }
      #expect(r.outcome.failed)
      let shown = language == .pseudo ? PseudoText.mark(message) : message
      #expect(r.html.contains("</strong> \(Markup.text(shown).html)</div>"), "\(language)")
      json.append(r.json)
    }
    #expect(json[0].contains(Markup.text(message).html) || json[0].contains(message))
    #expect(Set(json).count == 1, "the results file depends on the report's language")
  }

  @Test func skippedDependantsAreNoted() throws {
    let text = """
      ```data d
      path: missing.csv
      ```

      ```table t
      of: d
      ```
      """
    let r = try render(text) { $0.keepGoing = true }
    #expect(r.outcome.diagnostics.contains { $0.id == "skipped-after-error" && $0.severity == .note })
    #expect(r.json.contains("\"status\": \"skipped\""))
  }

  @Test func aWrittenReportRequestsNothing() throws {
    let r = try render("---\nparams: {eta: 2.2}\n---\n\n![x](https://example.com/x.png)\n\n" + family)
    #expect(r.html.contains("Content-Security-Policy"))
    #expect(!r.html.contains("<script"))
    #expect(!r.html.contains("<link"))
  }
}
