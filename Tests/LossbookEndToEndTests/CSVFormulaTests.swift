import Foundation
import LossbookBlocks
import LossbookCore
import LossbookEngine
import LossbookRender
import LossbookTestSupport
import Testing

/// Exported CSV files neutralise spreadsheet formulas (OWASP: a text cell starting with `=`,
/// `+`, `-`, `@`, tab or carriage return gets a leading `'`); numbers stay as they are, the
/// report's own table shows the text as written, and `csv_formulas: keep` keeps every cell.
@Suite struct CSVFormulaTests {
  static let rows = """
    ```data d
    rows:
      - {name: '=HYPERLINK("http://example.com/x","click")', score: -0.5}
      - {name: "+cmd|' /C calc'!A0", score: 1}
      - {name: "-2+3", score: 2}
      - {name: "@SUM(A1:A2)", score: 3}
      - {name: "\\tTAB", score: 4}
      - {name: "\\rCR", score: 5}
      - {name: "-7", score: 6}
      - {name: "plain = text", score: 7}
    ```

    ```table t
    of: d
    ```
    """

  /// Renders a notebook of `text`; returns the page and the data block's CSV.
  static func render(_ text: String) throws -> (html: String, csv: String) {
    let dir = NSTemporaryDirectory() + "lossbook-csv-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try text.write(toFile: "\(dir)/f.md", atomically: true, encoding: .utf8)
    var options = RenderOptions()
    options.outputDirectory = "\(dir)/out"
    let outcome = Pipeline(registry: standardRegistry).render("\(dir)/f.md", options: options)
    #expect(!outcome.failed, "\(outcome.diagnostics.map(\.message))")
    return (
      try String(contentsOfFile: "\(dir)/out/f.html", encoding: .utf8),
      try String(contentsOfFile: "\(dir)/out/f/d.csv", encoding: .utf8)
    )
  }

  @Test func formulaCellsAreQuotedByDefault() throws {
    let (html, csv) = try Self.render(Self.rows)
    let lines = csv.components(separatedBy: "\n")
    #expect(lines[0] == "name,score")
    #expect(lines[1] == "\"'=HYPERLINK(\"\"http://example.com/x\"\",\"\"click\"\")\",-0.5")
    #expect(lines[2] == "'+cmd|' /C calc'!A0,1")
    #expect(lines[3] == "'-2+3,2")
    #expect(lines[4] == "'@SUM(A1:A2),3")
    #expect(lines[5] == "'\tTAB,4")
    #expect(lines[6] == "\"'\rCR\",5")
    #expect(lines[7] == "-7,6", "a number written as text is left alone")
    #expect(lines[8] == "plain = text,7")
    // The page's table shows the text as written.
    #expect(html.contains(">=HYPERLINK(&quot;http://example.com/x&quot;,&quot;click&quot;)</td>"))
    #expect(html.contains(">@SUM(A1:A2)</td>"))
  }

  @Test func keepWritesCellsAsTheyAre() throws {
    let (_, csv) = try Self.render("---\ncsv_formulas: keep\n---\n\n" + Self.rows)
    let lines = csv.components(separatedBy: "\n")
    #expect(lines[1] == "\"=HYPERLINK(\"\"http://example.com/x\"\",\"\"click\"\")\",-0.5")
    #expect(lines[4] == "@SUM(A1:A2),3")
  }

  @Test func columnNamesAreCellsToo() {
    let table = DataTable(columns: [DataColumn("=1+1", numbers: [-1, 2]), DataColumn("n", text: ["+1", "x"])])
    #expect(table.csv() == "'=1+1,n\n-1,+1\n2,x\n")
    #expect(table.csv(formulas: .keep) == "=1+1,n\n-1,+1\n2,x\n")
  }
}
