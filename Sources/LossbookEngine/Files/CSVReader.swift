/// Parses CSV files (RFC 4180) into a ``CSVTable``.
///
/// Accepts UTF-8 with or without a byte-order mark; LF, CRLF or CR line ends; quoted fields with
/// `""` escapes and embedded commas and line breaks; an optional final line end. Empty lines are
/// skipped. The first record is the header: names are trimmed of ASCII spaces and tabs, and must be
/// non-empty and distinct (compared as Swift strings, so NFC and NFD spellings count as the same
/// name, since later lookups by name could not tell them apart).
public enum CSVReader {
  /// Parses `bytes`, or throws the first problem with its line and column.
  public static func parse(_ bytes: [UInt8]) throws(CSVError) -> CSVTable {
    try bytes.withUnsafeBufferPointer { buffer throws(CSVError) in try parse(buffer: buffer) }
  }

  /// Parses a buffer; see ``parse(_:)``.
  private static func parse(buffer: UnsafeBufferPointer<UInt8>) throws(CSVError) -> CSVTable {
    var scanner = CSVScanner(buffer)
    if let bad = CSVSourceMap.firstInvalidUTF8(buffer, from: scanner.start) {
      let position = CSVSourceMap.position(of: bad, in: buffer, from: scanner.start)
      throw CSVError(
        message: "line \(position.line) is not valid UTF-8 text (save the file as UTF-8)",
        line: position.line, column: position.column)
    }
    guard let headerRecord = try scanner.next(expectedFields: 8) else {
      throw CSVError(message: "the file is empty; a CSV file needs at least a header line", line: 1, column: 1)
    }
    let header = try checkedHeader(headerRecord, scanner: scanner)
    var rows: [[String]] = []
    var rowLines: [Int] = []
    while let record = try scanner.next(expectedFields: header.count) {
      if record.fields.count != header.count {
        let offset = record.fields.count > header.count ? record.fieldStarts[header.count] : record.endOffset
        let position = CSVSourceMap.position(of: offset, in: buffer, from: scanner.start)
        throw CSVError(
          message: "line \(record.line) has \(fieldCount(record.fields.count)), the header has \(header.count)",
          line: record.line, column: position.column)
      }
      rows.append(record.fields)
      rowLines.append(record.line)
    }
    return CSVTable(header: header, rows: rows, rowLines: rowLines)
  }

  /// The trimmed header names, after checking that none is empty and none repeats.
  private static func checkedHeader(_ record: CSVScanner.Record, scanner: CSVScanner) throws(CSVError) -> [String] {
    var names: [String] = []
    var firstColumn: [String: Int] = [:]
    for (index, raw) in record.fields.enumerated() {
      let name = trimmed(raw)
      if name.isEmpty {
        throw scanner.error("column \(index + 1) of the header has no name", at: record.fieldStarts[index])
      }
      if let earlier = firstColumn[name] {
        throw scanner.error(
          "the header names '\(name)' twice (columns \(earlier) and \(index + 1))", at: record.fieldStarts[index])
      }
      firstColumn[name] = index + 1
      names.append(name)
    }
    return names
  }

  /// `text` without leading and trailing ASCII spaces and tabs.
  private static func trimmed(_ text: String) -> String {
    let utf8 = Array(text.utf8)
    let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
    guard let first = utf8.firstIndex(where: { !isBlank($0) }), let last = utf8.lastIndex(where: { !isBlank($0) }) else {
      return ""
    }
    return String(decoding: utf8[first...last], as: UTF8.self)
  }

  /// "1 field" or "N fields".
  private static func fieldCount(_ count: Int) -> String {
    count == 1 ? "1 field" : "\(count) fields"
  }
}
