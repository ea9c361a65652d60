import Foundation
import LossbookEngine
import LossbookTestSupport
import Testing

/// `labels:` on a plot: display names in legends, panel titles, axis titles and the
/// description; the results file keeps the column names; an unknown key is an error.
@Suite struct PlotLabelsTests {
  static let notebook = """
    ```data d
    rows: [{loss: 3.0, MMLU_brier: 0.30, err17: 0.5}, {loss: 2.8, MMLU_brier: 0.32, err17: 0.45}, {loss: 2.6, MMLU_brier: 0.40, err17: 0.4}]
    ```

    ```plot p
    table: d
    x: loss
    y: [MMLU_brier, err17]
    facet: true
    labels: {MMLU_brier: "MMLU (Brier score)", err17: "average error over 17 tests"}
    ```
    """

  @Test func displayNamesReplaceColumnNamesOnThePage() throws {
    let r = try NotebookRunner.render(Self.notebook)
    #expect(!r.outcome.failed, "\(r.outcome.diagnostics.map(\.message))")
    let svg = r.files["n/p.svg"] ?? ""
    #expect(svg.contains(">MMLU (Brier score)<") && svg.contains(">average error over 17 tests<"))
    #expect(!svg.contains(">MMLU_brier<") && !svg.contains(">err17<"))
    #expect(svg.contains("Scatter plot of MMLU (Brier score), average error over 17 tests against loss"))
  }

  @Test func anUnknownKeyIsAnErrorWithADidYouMean() throws {
    let r = try NotebookRunner.render(Self.notebook.replacingOccurrences(of: "err17: \"", with: "err71: \""))
    #expect(r.outcome.failed)
    let d = try #require(r.outcome.diagnostics.first { $0.id == "unknown-label" })
    #expect(d.help?.contains("err17") == true, "\(d.help ?? "")")
  }
}

/// `labels:` on a table: display names in the headers, the CSV keeps the names.
@Suite struct TableLabelsTests {
  static let notebook = """
    ```data d
    rows: [{loss: 3.0, err17: 0.5}, {loss: 2.8, err17: 0.45}]
    ```

    ```table t
    of: d
    labels: {err17: "average error over 17 tests"}
    ```
    """

  @Test func headersShowTheDisplayNames() throws {
    let r = try NotebookRunner.render(Self.notebook)
    #expect(!r.outcome.failed, "\(r.outcome.diagnostics.map(\.message))")
    #expect(r.html?.contains("<th scope=\"col\" class=\"lb-num\">average error over 17 tests</th>") == true)
    #expect(r.files["n/t.csv"]?.hasPrefix("loss,err17") == true)
  }

  @Test func anUnknownColumnIsAnError() throws {
    let r = try NotebookRunner.render(Self.notebook.replacingOccurrences(of: "{err17:", with: "{err71:"))
    #expect(r.outcome.diagnostics.contains { $0.id == "unknown-label" })
  }
}
