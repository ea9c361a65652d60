import LossbookTestSupport
import Testing

@testable import LossbookEngine

/// Robustness: random bytes never crash the reader, and written tables read back unchanged.
@Suite("CSV fuzz")
struct CSVFuzzTests {
  /// Bytes that exercise the interesting paths of the scanner.
  static let alphabet: [UInt8] = Array(",,,\"\"\r\n\n a1.-e\t".utf8) + [0xEF, 0xBB, 0xBF, 0xC3, 0xA9, 0x80, 0xFF, 0x00]

  @Test("4,000 random byte strings never crash, and accepted tables are well-formed")
  func randomBytes() {
    var random = SplitMix64(state: 42)
    var accepted = 0
    for _ in 0..<4_000 {
      let length = Int(random.next() % 64)
      let fullRange = random.next() % 4 == 0
      let bytes = (0..<length).map { _ in
        fullRange
          ? UInt8(truncatingIfNeeded: random.next()) : Self.alphabet[Int(random.next() % UInt64(Self.alphabet.count))]
      }
      do {
        let table = try CSVReader.parse(bytes)
        accepted += 1
        #expect(table.rows.allSatisfy { $0.count == table.header.count })
        #expect(table.rowLines.count == table.rows.count)
        #expect(zip(table.rowLines, table.rowLines.dropFirst()).allSatisfy { $0 < $1 })
      } catch {
        #expect(error.line >= 1 && error.column >= 1)
      }
    }
    #expect(accepted > 0)
  }

  @Test("on 4,000 random byte strings the column reader agrees with the row reader, cell for cell")
  func columnsAgreeWithRows() {
    var random = SplitMix64(state: 1234)
    var compared = 0
    for _ in 0..<4_000 {
      // Mostly valid text, so that many inputs parse (a few NUL and invalid bytes stay in).
      let alphabet =
        Array(",,,\"\r\n\n a1.5-eNA\t".utf8) + [0xC3, 0xA9] + (random.next() % 8 == 0 ? [0x00, 0xFF] : [])
      let bytes = (0..<Int(random.next() % 64)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
      let rows: Result<CSVTable, CSVError> = Result { () throws(CSVError) in try CSVReader.parse(bytes) }
      let columns: Result<CSVColumns, CSVError> = Result { () throws(CSVError) in try CSVReader.columns(bytes) }
      switch (rows, columns) {
      case (.failure(let a), .failure(let b)):
        #expect(a == b)
      case (.success(let table), .success(let read)):
        compared += 1
        #expect(read.header == table.header && read.rowCount == table.rows.count)
        for (j, values) in read.values.enumerated() {
          let cells = table.cells(ofColumn: j)
          switch values {
          case .text(let text): #expect(text == cells && table.numbers(ofColumn: j) == nil)
          case .numbers(let numbers):
            let expected = table.numbers(ofColumn: j)?.map { $0 ?? .nan }
            #expect(expected.map { zip($0, numbers).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) } } == true)
          }
        }
      default:
        Issue.record("the readers disagree on \(bytes)")
      }
    }
    #expect(compared > 100)
  }

  @Test("1,000 random tables survive a write-then-read round trip")
  func roundTrip() throws {
    var random = SplitMix64(state: 7)
    let pieces = ["a", "1.5", "", " ", ",", "\"", "\n", "\r\n", "\u{E9}", "x y", "NA"]
    for _ in 0..<1_000 {
      let columns = Int(random.next() % 4) + 1
      let header = (0..<columns).map { "c\($0)" }
      let rows = (0..<Int(random.next() % 5)).map { _ in
        (0..<columns).map { _ in
          (0..<Int(random.next() % 3)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
        }
      }
      let lineEnd = random.next() % 2 == 0 ? "\n" : "\r\n"
      let quote = { (cell: String) in "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
      var text = header.joined(separator: ",") + lineEnd
      for row in rows { text += row.map(quote).joined(separator: ",") + lineEnd }
      let table = try CSVReader.parse(Array(text.utf8))
      #expect(table.header == header)
      #expect(table.rows == rows)
    }
  }
}
