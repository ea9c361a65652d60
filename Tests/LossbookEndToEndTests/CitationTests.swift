import Foundation
import LossbookEngine
import LossbookSyntax
import Testing

/// Citations end to end: works from the front matter and from a CSL JSON file, cited in brackets,
/// in the sentence and in a table cell, listed once each at the end and in the contents.
@Suite struct CitationTests {
  static let front = """
    ---
    title: Citations
    bibliography: refs.json
    references:
      - id: du2024
        title: Understanding emergent abilities of language models from the loss perspective
        author: [{family: Du, given: Zhengxiao}, {family: Zeng, given: Aohan}, {family: Dong, given: Yuxiao}]
        issued: {date-parts: [[2024, 3]]}
    ---

    """

  static let refsJSON = """
    [{"id": "schaeffer2023", "type": "paper-conference",
      "title": "Are emergent abilities of large language models a mirage?",
      "author": [{"family": "Schaeffer", "given": "Rylan"}, {"family": "Miranda", "given": "Brando"}],
      "issued": {"date-parts": [[2023]]}, "container-title": "NeurIPS", "volume": 36},
     {"id": "unused", "title": "Never cited", "issued": {"literal": "2020"}}]
    """

  @Test func citedWorksAreLinkedAndListed() throws {
    let text =
      Self.front + """
        # Loss

        A threshold [@du2024, p. 3]. @schaeffer2023 disagree [see @schaeffer2023; @du2024].
        Write to a@b.org; `[@du2024]` is code.

        | claim | source |
        | --- | --- |
        | mirage | [@schaeffer2023] |
        """
    let r = try NotebookRunner.render(text, files: ["refs.json": Self.refsJSON])
    #expect(!r.outcome.failed, "\(r.outcome.diagnostics.map(\.message))")
    let html = try #require(r.html)
    #expect(html.contains("(<a class=\"lb-cite\" href=\"#ref-du2024\">Du et al., 2024, p. 3</a>)"))
    #expect(html.contains("<a class=\"lb-cite\" href=\"#ref-schaeffer2023\">Schaeffer and Miranda (2023)</a> disagree"))
    #expect(html.contains("(see <a class=\"lb-cite\" href=\"#ref-schaeffer2023\">Schaeffer and Miranda, 2023</a>; "))
    #expect(html.contains("<td>(Schaeffer and Miranda, 2023)</td>"))
    #expect(html.contains("a@b.org") && html.contains("<code>[@du2024]</code>"))
    #expect(html.components(separatedBy: "<li id=\"ref-").count == 3, "two cited works, the unused one left out")
    #expect(html.contains("<li id=\"ref-schaeffer2023\">Schaeffer, R., &amp; Miranda, B. (2023). Are emergent"))
    #expect(html.contains("href=\"#lb-references\""), "the reference list is in the contents")
  }

  @Test func aMisspeltKeyIsAnErrorWhereItIsWritten() throws {
    let outcome = try NotebookRunner.check(
      Self.front + "# Loss\n\nSee [@du2024; @shaeffer2023].\n", files: ["refs.json": Self.refsJSON])
    let d = try #require(outcome.diagnostics.first { $0.id == CitationDiagnostics.unknownKey })
    #expect(d.range == SourceRange(line: 12, column: 16, length: 12))
    #expect(d.help == "did you mean 'schaeffer2023'?")
  }

  @Test func withoutReferencesAHandleIsText() throws {
    let r = try NotebookRunner.render("# Notes\n\nAsk @alice about it.\n")
    #expect(!r.outcome.failed)
    #expect(r.html?.contains("Ask @alice about it.") == true)
    #expect(r.html?.contains("lb-references") == false)
  }
}

/// `{{< include … >}}` end to end: the part renders in place, and a problem in it is reported
/// in the part's own file and line.
@Suite struct IncludeTests {
  @Test func aSharedPartRendersInPlace() throws {
    let r = try NotebookRunner.render(
      "---\nparams: {eta: 2.2}\n---\n\n# Report\n\n{{< include glossary.md >}}\n\nEnd.\n",
      files: ["glossary.md": "## Glossary\n\nThe threshold is `= params.eta | .1f`.\n"])
    #expect(!r.outcome.failed, "\(r.outcome.diagnostics.map(\.message))")
    let html = try #require(r.html)
    #expect(
      html.contains("<h2 id=\"glossary\">") && html.contains("The threshold is <span class=\"lb-value\">2.2</span>."))
    #expect(!html.contains("include"))
  }

  @Test func aProblemInAPartPointsIntoThePart() throws {
    let outcome = try NotebookRunner.check(
      "# Report\n\n{{< include glossary.md >}}\n\nEnd `= params.etta`.\n",
      files: ["glossary.md": "## Glossary\n\nThe threshold is `= params.eta`.\n"])
    let lines = outcome.diagnostics.map {
      "\($0.file?.path.split(separator: "/").last ?? "n.md"):\($0.range?.start.line ?? 0)"
    }
    #expect(lines == ["glossary.md:3", "n.md:5"], "\(outcome.diagnostics.map(\.message))")
  }
}

/// `@fig-ID` and `@tbl-ID`: figures and tables numbered in page order, captions led by their
/// number, references that link to them, in the report's language.
@Suite struct CrossReferenceTests {
  static let blocks = """
    ```data d
    rows: [{loss: 2.6, s: 0.25}, {loss: 2.4, s: 0.26}, {loss: 2.2, s: 0.31}, {loss: 2.0, s: 0.45}]
    ```

    ```table first
    of: d
    caption: The scores.
    ```

    ```plot hidden_plot
    table: d
    x: loss
    y: s
    output: hide
    ```

    ```plot p
    table: d
    x: loss
    y: s
    caption: Scores against loss.
    ```

    ```table second
    of: d
    ```

    """

  @Test func numbersInPageOrderAndLinks() throws {
    let r = try NotebookRunner.render(Self.blocks + "See @fig-p and @tbl-second (after @tbl-first).\n")
    #expect(!r.outcome.failed, "\(r.outcome.diagnostics.map(\.message))")
    let html = try #require(r.html)
    #expect(html.contains("<figcaption>Figure 1: Scores against loss.</figcaption>"), "the hidden plot takes no number")
    #expect(html.contains("Table 1: The scores.") && html.contains("Table 2"))
    #expect(
      html.contains(
        "See <a class=\"lb-xref\" href=\"#block-p\">Figure 1</a> and <a class=\"lb-xref\" href=\"#block-second\">Table 2</a>"
      ))
  }

  @Test func japaneseNumbers() throws {
    let r = try NotebookRunner.render("---\nlang: ja\n---\n\n" + Self.blocks + "@fig-p を見てください。\n")
    let html = try #require(r.html)
    #expect(html.contains("<figcaption>図1：Scores against loss.</figcaption>"))
    #expect(html.contains("<a class=\"lb-xref\" href=\"#block-p\">図1</a>"))
  }

  @Test func aReferenceToNoFigureIsAnError() throws {
    let outcome = try NotebookRunner.check(Self.blocks + "See @fig-q, @tbl-p and @fig-hidden_plot.\n")
    let found = outcome.diagnostics.filter { $0.id == CitationDiagnostics.unknownCrossReference }
    #expect(
      found.map(\.message) == [
        "'@fig-q' names no numbered figure (a plot or budget block)",
        "'@tbl-p' names no numbered table (a table block)",
        "'@fig-hidden_plot' names no numbered figure (a plot or budget block)",
      ])
    #expect(found.first?.help == "did you mean 'fig-p'?")
  }
}
