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

/// `labels:` on a family: every plot, table, threshold and collapse of its table shows the
/// display names (columns and runs) unless it has its own; the CSV keeps the names.
@Suite struct FamilyLabelsTests {
  static let notebook = """
    ```family f
    law: chinchilla
    runs:
      - {size: 1B, tokens: {from: 20B, to: 400B, checkpoints: 12, spacing: log}}
    final_only:
      - {size: 300M, tokens: [20B, 100B, 400B]}
    tasks:
      - {name: T_acc, shape: hinge, random: 0.25, eta: 2.6, slope: 1, items: 500}
    labels: {T_acc: "Task T (accuracy)", 300M final: "300M, final checkpoints only", run: "model"}
    ```

    ```plot p
    table: f
    x: loss
    y: T_acc
    color: run
    ```

    ```table t
    of: f
    columns: [run, loss, T_acc]
    ```

    ```threshold th
    table: f
    x: loss
    y: T_acc
    random: 0.25
    bootstrap: 99
    ci: {replicates: 20}
    ```
    """

  @Test func displayNamesReachEveryBlockOfTheTable() throws {
    let r = try NotebookRunner.render(Self.notebook)
    #expect(!r.outcome.failed, "\(r.outcome.diagnostics.map(\.message))")
    let svg = r.files["n/p.svg"] ?? ""
    #expect(svg.contains(">300M, final checkpoints only<"), "the legend")
    #expect(svg.contains("Task T (accuracy)"), "the axis title and description")
    #expect(svg.contains("pre-training loss (lower is better →)"), "a loss axis keeps its title")
    let html = try #require(r.html)
    #expect(html.contains("<th scope=\"col\">model</th>"), "the table's header")
    #expect(html.contains("<td>300M, final checkpoints only</td>"), "the table's cells")
    #expect(html.contains("Threshold analysis of Task T (accuracy)"), "the threshold's caption")
    let csv = r.files["n/f.csv"] ?? ""
    #expect(csv.hasPrefix("run,") && csv.contains("300M final") && csv.contains("T_acc"), "the CSV keeps the names")
  }

  /// An explanation that reads a collapse block names its groups as the notebook does; the
  /// results file keeps the names and lists the labels.
  @Test func anExplanationSaysTheGroupsDisplayNames() throws {
    let text =
      Self.notebook.replacingOccurrences(of: "run: \"model\"}", with: "run: \"model\", 1B: \"one billion\"}")
        + """

        ```collapse c
        table: f
        x: loss
        y: T_acc
        by: run
        model: hinge
        replicates: 19
        min_overlap: 2
        ```

        ```explain e
        of: th
        collapse: c
        task: T
        metric: accuracy
        options: 4
        items: 500
        ```
        """
    let r = try NotebookRunner.render(text)
    #expect(!r.outcome.failed, "\(r.outcome.diagnostics.map(\.message))")
    let html = try #require(r.html)
    #expect(html.contains("of one billion") || html.contains("one billion ("), "the size sentence names the label")
    let json = try #require(r.json)
    let compact = json.filter { !$0.isWhitespace }
    #expect(compact.contains("\"label\":\"onebillion\"") && compact.contains("\"reference\":\"1B\""))
  }

  @Test func anUnknownKeyIsAnError() throws {
    let r = try NotebookRunner.render(Self.notebook.replacingOccurrences(of: "300M final:", with: "300M finl:"))
    #expect(r.outcome.failed)
    let d = try #require(r.outcome.diagnostics.first { $0.id == "unknown-label" })
    #expect(d.help?.contains("300M final") == true, "\(d.help ?? "")")
  }
}

/// `labels:` on a data block: its plots and thresholds show the display names, its text
/// values included; an unknown key is an error.
@Suite struct DataLabelsTests {
  static let notebook = """
    ```data d
    rows: [{loss: 3.0, err17: 0.5, arch: tiny}, {loss: 2.8, err17: 0.45, arch: tiny}, {loss: 2.6, err17: 0.4, arch: big}]
    labels: {err17: "average error over 17 tests", tiny: "a tiny model"}
    ```

    ```plot p
    table: d
    x: loss
    y: err17
    color: arch
    ```
    """

  @Test func displayNamesReachThePlot() throws {
    let r = try NotebookRunner.render(Self.notebook)
    #expect(!r.outcome.failed, "\(r.outcome.diagnostics.map(\.message))")
    let svg = r.files["n/p.svg"] ?? ""
    #expect(svg.contains(">a tiny model<") && svg.contains("average error over 17 tests"))
    #expect(!svg.contains(">tiny<"))
  }

  @Test func anUnknownKeyIsAnError() throws {
    let r = try NotebookRunner.render(Self.notebook.replacingOccurrences(of: "tiny: \"", with: "tiny_: \""))
    #expect(r.outcome.diagnostics.contains { $0.id == "unknown-label" })
  }
}
