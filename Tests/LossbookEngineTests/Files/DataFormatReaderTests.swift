import Foundation
import Testing

@testable import LossbookEngine

/// The readers behind the data block's formats: columnar CSV and TSV, JSON, encodings, globs.
@Suite("Data format readers")
struct DataFormatReaderTests {
  /// The error thrown by `body`, or nil.
  static func failure(_ body: () throws -> Void) -> CSVError? {
    do {
      try body()
      return nil
    } catch {
      return error as? CSVError
    }
  }

  @Test("columns: numbers stay doubles, a column with any text is text as written")
  func columns() throws {
    let table = try CSVReader.columns(Array("loss,run,score\n2.5,a,0.25\n2.1,b,NA\n1.9,3,\n".utf8))
    #expect(table.header == ["loss", "run", "score"])
    #expect(table.rowCount == 3)
    #expect(table.values[0] == .numbers([2.5, 2.1, 1.9]))
    #expect(table.values[1] == .text(["a", "b", "3"]))
    guard case .numbers(let score) = table.values[2] else {
      Issue.record("score should be numeric")
      return
    }
    #expect(score[0] == 0.25 && score[1].isNaN && score[2].isNaN)
  }

  @Test("columns agree with the row reader on quoted fields and line ends")
  func columnsMatchRows() throws {
    let text = "a,b\r\n\"x, y\",1\r\n\"say \"\"hi\"\"\",2e3\r\n"
    let rows = try CSVReader.parse(Array(text.utf8))
    let columns = try CSVReader.columns(Array(text.utf8))
    #expect(columns.values[0] == .text(rows.rows.map { $0[0] }))
    #expect(columns.values[1] == .numbers([1, 2000]))
  }

  @Test("TSV splits at tabs; a TSV read as CSV is named as such")
  func tsv() throws {
    let text = "loss\tscore\n2.3\t0.25\n"
    let table = try CSVReader.columns(Array(text.utf8), delimiter: UInt8(ascii: "\t"))
    #expect(table.header == ["loss", "score"])
    #expect(table.values[1] == .numbers([0.25]))
    let error = Self.failure { _ = try CSVReader.columns(Array(text.utf8)) }
    #expect(error?.message.contains("this is a TSV file; write format: tsv") == true)
  }

  @Test("UTF-16 with or without a byte-order mark and NUL bytes are refused; a UTF-8 mark is accepted")
  func encodings() throws {
    let utf16LE: [UInt8] = [0xFF, 0xFE] + Array("a,b\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    #expect(Self.failure { try DataFileText.check(utf16LE) }?.message.contains("UTF-16 text (little-endian") == true)
    let utf16NoBOM = Array("a,b\n1,2\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let noBOM = Self.failure { _ = try CSVReader.columns(utf16NoBOM) }
    #expect(noBOM?.message.contains("looks like UTF-16") == true)
    #expect(noBOM?.line == 1)
    let nul = Self.failure { _ = try CSVReader.columns(Array("a,b\n1,2\n3,\u{0}4\n".utf8)) }
    #expect(nul?.message.contains("a NUL byte at line 3") == true)
    #expect(nul?.line == 3 && nul?.column == 3)
    let bom = try CSVReader.columns([0xEF, 0xBB, 0xBF] + Array("a,b\n1,2\n".utf8))
    #expect(bom.header == ["a", "b"])
  }

  @Test("the header alone is read from a file's first bytes")
  func headerOnly() throws {
    #expect(try CSVReader.header(Array("loss,\"sc,ore\"\n1,2\n3,".utf8)) == ["loss", "sc,ore"])
  }

  @Test("JSON numbers round-trip exactly and member order is kept")
  func jsonNumbers() throws {
    let values: [Double] = [
      0.1, 0.4351851851851852, 1e-300, 5e-324, 1.7976931348623157e308, -0.0, 123_456_789_012_345_680,
    ]
    let text = "[" + values.map { "\($0)" }.joined(separator: ", ") + "]"
    guard case .array(let items) = try DataFileJSON.parse(Array(text.utf8)) else {
      Issue.record("not an array")
      return
    }
    #expect(items.map { $0.number?.bitPattern } == values.map(\.bitPattern))
    let object = try DataFileJSON.parse(Array("{\"z\": 1, \"a\": \"\\u00e9\\ud83d\\ude00\", \"m\": [true, null]}".utf8))
    #expect(object.keys == ["z", "a", "m"])
    #expect(object["a"] == .string("é😀"))
  }

  @Test("JSON errors have a line and column; deep nesting is an error, not a crash")
  func jsonErrors() {
    let missing = Self.failure { _ = try DataFileJSON.parse(Array("[\n  {\"a\": 1,}\n]".utf8)) }
    #expect(missing?.line == 2 && missing?.column == 11)
    let twice = Self.failure { _ = try DataFileJSON.parse(Array("{\"a\": 1, \"a\": 2}".utf8)) }
    #expect(twice?.message == "the object names 'a' twice")
    let deep = Self.failure { _ = try DataFileJSON.parse(Array(String(repeating: "[", count: 100_000).utf8)) }
    #expect(deep?.message.contains("deeper than 64 levels") == true)
  }

  @Test("JSON lines: one value per line, blank lines skipped, lines counted")
  func jsonLines() throws {
    let lines = try DataFileJSON.parseLines(Array("{\"a\": 1}\n\n{\"a\": 2}\r\n".utf8))
    #expect(lines.map(\.line) == [1, 3])
    let error = Self.failure { _ = try DataFileJSON.parseLines(Array("{\"a\": 1} {\"a\": 2}\n".utf8)) }
    #expect(error?.message.contains("one JSON value per line") == true)
  }

  @Test("a folder or glob is listed through the confinement: a link out of the folder is not followed")
  func globs() throws {
    let folder = FilesTestFolder()
    folder.write("{}", to: "data/evals/a/results_1.json")
    folder.write("{}", to: "data/evals/b/results_2.json")
    folder.write("{}", to: "data/evals/b/samples_x.jsonl")
    folder.write("{}", to: "data/evals/.hidden.json")
    folder.write("{}", to: "outside/secret.json")
    let opener = DataFileOpener(roots: [folder.url("data")])
    #expect(
      try DataFileGlob.files("evals/*/results_*.json", suffix: ".json", opener: opener)
        == ["evals/a/results_1.json", "evals/b/results_2.json"])
    #expect(
      try DataFileGlob.files("evals/", suffix: ".json", opener: opener)
        == ["evals/a/results_1.json", "evals/b/results_2.json"])
    folder.link("data/evals/out", to: "../../outside")
    #expect(throws: DataFileError.self) { try DataFileGlob.files("evals/*/*.json", suffix: ".json", opener: opener) }
    // A folder holding a link out of the root is an error, never a silent read of the outside.
    #expect(throws: DataFileError.self) { try DataFileGlob.files("evals", suffix: ".json", opener: opener) }
    #expect(throws: DataFileError.self) { try DataFileGlob.files("evals/out/*.json", suffix: ".json", opener: opener) }
    #expect(throws: DataFileError.self) { try opener.read("evals/out/secret.json") }
    folder.write("{}", to: "data/other/x/results_3.json")
    folder.link("data/other/x/in", to: "..")
    // A link loop inside the root ends at the depth limit.
    let looped = try DataFileGlob.files("other", suffix: ".json", opener: opener)
    #expect(looped.contains("other/x/results_3.json"))
    #expect(looped.count <= DataFileGlob.maxDepth)
    #expect(try DataFileGlob.files("*.json", suffix: ".json", opener: opener).isEmpty)
    #expect(throws: DataFileError.absolute("/etc/*.json")) {
      try DataFileGlob.files("/etc/*.json", suffix: ".json", opener: opener)
    }
    #expect(throws: DataFileError.parentComponent("../outside/*.json")) {
      try DataFileGlob.files("../outside/*.json", suffix: ".json", opener: opener)
    }
  }
}
