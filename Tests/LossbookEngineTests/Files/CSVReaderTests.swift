import Testing

@testable import LossbookEngine

/// RFC 4180 parsing, line ends, quoting, and located errors.
@Suite("CSVReader")
struct CSVReaderTests {
  /// Parses a string's UTF-8 bytes.
  static func parse(_ text: String) throws(CSVError) -> CSVTable {
    try CSVReader.parse(Array(text.utf8))
  }

  /// The error from parsing `bytes`, or nil.
  static func failure(_ bytes: [UInt8]) -> CSVError? {
    do {
      _ = try CSVReader.parse(bytes)
      return nil
    } catch {
      return error
    }
  }

  static func failure(_ text: String) -> CSVError? { failure(Array(text.utf8)) }

  @Test("a plain file, with and without a final line end")
  func plain() throws {
    let expected = CSVTable(header: ["size", "loss"], rows: [["1", "2.5"], ["2", "2.1"]], rowLines: [2, 3])
    #expect(try Self.parse("size,loss\n1,2.5\n2,2.1\n") == expected)
    #expect(try Self.parse("size,loss\n1,2.5\n2,2.1") == expected)
  }

  @Test("CRLF, CR and LF line ends, a byte-order mark, and trailing blank lines")
  func lineEnds() throws {
    let expected = CSVTable(header: ["a", "b"], rows: [["1", "2"], ["3", "4"]], rowLines: [2, 3])
    #expect(try Self.parse("a,b\r\n1,2\r\n3,4\r\n") == expected)
    #expect(try Self.parse("a,b\r1,2\r3,4") == expected)
    #expect(try Self.parse("\u{FEFF}a,b\n1,2\n3,4\n\n\n\r\n") == expected)
    #expect(try Self.parse("a,b\n1,2\r\n3,4\r") == expected)
  }

  @Test("empty lines in the middle are skipped but keep line numbers right")
  func blankLines() throws {
    let table = try Self.parse("\n\na,b\n\n1,2\n\r\n3,4\n")
    #expect(table.rows == [["1", "2"], ["3", "4"]])
    #expect(table.rowLines == [5, 7])
  }

  @Test("quoted fields: escapes, commas, line breaks, surrounding spaces")
  func quoting() throws {
    let table = try Self.parse("name,note\n\"a,b\",\"say \"\"hi\"\"\"\n\"two\nlines\",x\n \"padded\" , y \nlast,\"\"\n")
    #expect(table.rows == [["a,b", "say \"hi\""], ["two\nlines", "x"], ["padded", " y "], ["last", ""]])
    #expect(table.rowLines == [2, 3, 5, 6])
  }

  @Test("quoted CRLF inside a field is kept and counted as one line")
  func quotedCRLF() throws {
    let table = try Self.parse("a,b\r\n\"x\r\ny\",1\r\nz,2\r\n")
    #expect(table.rows == [["x\r\ny", "1"], ["z", "2"]])
    #expect(table.rowLines == [2, 4])
  }

  @Test("empty fields, trailing commas and single-column files")
  func emptyFields() throws {
    #expect(try Self.parse("a,b,c\n,,\n1,,\n").rows == [["", "", ""], ["1", "", ""]])
    #expect(try Self.parse("only\n\"\"\n5\n").rows == [[""], ["5"]])
    #expect(try Self.parse("a,b\n").rows.isEmpty)
  }

  @Test("header names are trimmed; fields are not")
  func headerTrim() throws {
    let table = try Self.parse(" size ,\tloss\n 1 ,2\n")
    #expect(table.header == ["size", "loss"])
    #expect(table.rows == [[" 1 ", "2"]])
    #expect(table.columnIndex(named: "loss") == 1)
  }

  @Test("unterminated quote is reported at the opening quote")
  func unterminated() {
    #expect(
      Self.failure("a,b\n1,2\n3,\"abc\n\ndef\n")
        == CSVError(
          message: "this quoted field is never closed (missing closing quote)", line: 3, column: 3))
  }

  @Test("a quote inside an unquoted field, and text after a closing quote")
  func strayQuotes() {
    #expect(Self.failure("a,b\n1,ab\"c\n")?.line == 2)
    #expect(Self.failure("a,b\n1,ab\"c\n")?.column == 5)
    let after = Self.failure("a,b\n\"x\"y,2\n")
    #expect(after?.line == 2)
    #expect(after?.column == 4)
    #expect(after?.message.contains("after a closing quote") == true)
  }

  @Test("records with the wrong number of fields")
  func fieldCounts() {
    let text = "a,b,c\n1,2,3\n\n\n\n1,2,3\n1,2,3,4\n"
    #expect(Self.failure(text) == CSVError(message: "line 7 has 4 fields, the header has 3", line: 7, column: 7))
    #expect(
      Self.failure("a,b,c\n1,2\n") == CSVError(message: "line 2 has 2 fields, the header has 3", line: 2, column: 4))
    #expect(Self.failure("a,b\nx\n")?.message == "line 2 has 1 field, the header has 2")
  }

  @Test("empty and duplicate header names")
  func badHeaders() {
    #expect(Self.failure("a,,c\n") == CSVError(message: "column 2 of the header has no name", line: 1, column: 3))
    #expect(
      Self.failure("a,b, a\n") == CSVError(message: "the header names 'a' twice (columns 1 and 3)", line: 1, column: 5))
    #expect(Self.failure("caf\u{E9},cafe\u{301}\n")?.message.contains("twice") == true)
  }

  @Test("empty files")
  func emptyFiles() {
    for text in ["", "\u{FEFF}", "\n\n", "\r\n"] {
      #expect(
        Self.failure(text)
          == CSVError(message: "the file is empty; a CSV file needs at least a header line", line: 1, column: 1))
    }
  }

  @Test("invalid UTF-8 is reported with its line and column")
  func invalidUTF8() throws {
    let bytes = Array("a,b\n1,2\n3,x".utf8) + [0xC3, 0x28] + Array("\n".utf8)
    #expect(
      Self.failure(bytes)
        == CSVError(message: "line 3 is not valid UTF-8 text (save the file as UTF-8)", line: 3, column: 4))
    for bad: [UInt8] in [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] {
      #expect(Self.failure(Array("a\n".utf8) + bad)?.line == 2)
    }
    #expect(try CSVReader.parse(Array("h\n\u{E9}\u{1F600}\n".utf8)).rows == [["\u{E9}\u{1F600}"]])
  }

  @Test("column kinds: numeric when every non-missing cell is a number")
  func columnKinds() throws {
    let table = try Self.parse("n,mixed,empty\n1.5B,1,\nNA,x,NA\n-2e-3,3,\n")
    #expect(table.kind(ofColumn: 0) == .numeric)
    #expect(table.kind(ofColumn: 1) == .text)
    #expect(table.kind(ofColumn: 2) == .numeric)
    #expect(table.numbers(ofColumn: 0) == [1.5e9, nil, -0.002])
    #expect(table.numbers(ofColumn: 1) == nil)
    #expect(table.cells(ofColumn: 1) == ["1", "x", "3"])
  }

  @Test("100,000 rows by 6 columns parse correctly")
  func largeFile() throws {
    var text = "step,size,loss,acc,name,note\n"
    for row in 0..<100_000 {
      text += "\(row),\(row % 7 + 1).5B,\(Double(row) / 1000),0.\(row % 10),model-\(row % 13),\"n,\(row)\"\n"
    }
    let table = try Self.parse(text)
    #expect(table.rows.count == 100_000)
    #expect(table.rowLines.last == 100_001)
    #expect(table.rows[12_345] == ["12345", "5.5B", "12.345", "0.5", "model-8", "n,12345"])
    #expect(table.kind(ofColumn: 1) == .numeric)
    #expect(table.kind(ofColumn: 5) == .text)
  }
}
