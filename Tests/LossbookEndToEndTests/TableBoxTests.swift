import Foundation
import LossbookCore
import LossbookRender
import LossbookWords
import Testing

/// Issue 13, tables, in every notebook's report: every table (a block's, a collapse block's test
/// rows, a Markdown table in the prose) sits in its scrolling box, whose accessible name is unique
/// on the page; the browser check (`Scripts/browser-check --wide-tables`) then measures that no box
/// scrolls at 1280 px and no cell breaks inside a word at 375 px.
@Suite struct TableBoxTests {
  static let box =
    #"<div class="lb-table-wrap(?: lb-table-wide)?" tabindex="0" role="region" aria-label="([^"]*)">\n?<table"#

  @Test(arguments: NotebookGoldenTests.notebooks)
  func everyTableIsInANamedBox(_ name: String) throws {
    let page = try NotebookGoldenTests.render(name, jobs: 1)
    defer { try? FileManager.default.removeItem(atPath: page.out) }
    let tables = NarrowFigureTests.matches("<table[ >]", in: page.html).count
    let labels = NarrowFigureTests.matches(Self.box, in: page.html).map { $0[1] }
    #expect(tables > 0)
    #expect(labels.count == tables, "\(name): \(tables - labels.count) of \(tables) tables outside a .lb-table-wrap")
    let counts = Dictionary(labels.map { ($0, 1) }, uniquingKeysWith: +)
    #expect(counts.filter { $0.value > 1 }.isEmpty, "\(name): box names used twice: \(counts.filter { $0.value > 1 })")
  }

  /// A block's data table: a box that may grow to the table's natural width, and a column name
  /// or a label that may break after its underscores.
  @Test func aDataTableBoxIsWideAndBreaksAfterUnderscores() {
    let table = DataTable(columns: [
      DataColumn("model_name", text: ["c4_d=1024"]), DataColumn("loss", numbers: [2.5]),
    ])
    let html = TableHTML.render(
      table, maxRows: nil, caption: nil, formats: [:], format: LossbookNumberFormat(language: .en),
      words: Words(.en), label: "t"
    ).html
    #expect(html.contains("<th scope=\"col\">model_<wbr>name</th>"))
    #expect(html.contains("<td>c4_<wbr>d=1024</td>"))
    #expect(
      html.hasPrefix(
        "<div class=\"lb-table-wrap lb-table-wide\" tabindex=\"0\" role=\"region\" aria-label=\"t\"><table>"))
  }

  /// W1's summary is two tables of one row per task (the deciding columns, then the AIC, statuses
  /// and PELT), each narrow enough for a 1280 px screen, with display names as headers; between
  /// them every column W1 asks for (WORKLOAD-W1.md, section 7).
  @Test func w1SummaryIsSplitWithEveryColumnKept() throws {
    let page = try NotebookGoldenTests.render("emergence-w1", jobs: 1)
    defer { try? FileManager.default.removeItem(atPath: page.out) }
    func headers(_ id: String) throws -> [String] {
      let section = try #require(
        NarrowFigureTests.matches(#"<section[^>]* id="block-\#(id)"[^>]*>(.*?)</section>"#, in: page.html).first?[1])
      // A table of numbers: its box may grow to the table's natural width on a wide screen.
      #expect(section.contains(#"<div class="lb-table-wrap lb-table-wide""#))
      return NarrowFigureTests.matches(#"<th scope="col"[^>]*>(.*?)</th>"#, in: section)
        .map { $0[1].replacingOccurrences(of: "<wbr>", with: "") }
    }
    let main = try headers("summary")
    let rest = try headers("summary_fits")
    #expect(main.prefix(5) == ["task", "verdict", "p (Holm)", "p (unadjusted)", "best by BIC"])
    #expect(main.count <= 12 && rest.count <= 12)
    let all = Set(main + rest)
    for wanted in [
      "BIC linear", "BIC logistic", "BIC hinge", "AIC linear", "AIC logistic", "AIC hinge", "threshold (hinge)",
      "95% lower", "95% upper", "sup-F", "PELT change points", "PELT onset",
    ] {
      #expect(all.contains(wanted), "W1's summary has no column \(wanted)")
    }
    #expect(rest.first == "task")
  }
}
