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

  /// Parses `bytes` straight into columns (numbers stored as doubles, text only where a column
  /// holds text), split at `delimiter` (a comma, or a tab for TSV). Two passes over the bytes, and
  /// no per-row storage: memory stays near the file's size plus 8 bytes per number.
  public static func columns(_ bytes: [UInt8], delimiter: UInt8 = UInt8(ascii: ",")) throws(CSVError) -> CSVColumns {
    try bytes.withUnsafeBufferPointer { buffer throws(CSVError) in try columns(buffer: buffer, delimiter: delimiter) }
  }

  /// Reads only the header line of `bytes` (which may be a file's first bytes), for `check`.
  public static func header(_ bytes: [UInt8], delimiter: UInt8 = UInt8(ascii: ",")) throws(CSVError) -> [String] {
    try bytes.withUnsafeBufferPointer { buffer throws(CSVError) in
      var scanner = try startScanner(buffer, delimiter: delimiter)
      return try readHeader(&scanner, delimiter: delimiter)
    }
  }

  /// Parses a buffer; see ``parse(_:)``.
  private static func parse(buffer: UnsafeBufferPointer<UInt8>) throws(CSVError) -> CSVTable {
    var scanner = try startScanner(buffer, delimiter: UInt8(ascii: ","))
    let header = try readHeader(&scanner, delimiter: UInt8(ascii: ","))
    var rows: [[String]] = []
    var rowLines: [Int] = []
    while let record = try nextRecord(&scanner, header: header, buffer: buffer) {
      rows.append(record.fields)
      rowLines.append(record.line)
    }
    return CSVTable(header: header, rows: rows, rowLines: rowLines)
  }

  /// See ``columns(_:delimiter:)``. Pass one checks the shape and finds the text columns; pass two
  /// stores each cell once, as a double or as text. Cells are read as bytes: a number never
  /// becomes a String.
  private static func columns(buffer: UnsafeBufferPointer<UInt8>, delimiter: UInt8) throws(CSVError) -> CSVColumns {
    var scanner = try startScanner(buffer, delimiter: delimiter)
    let header = try readHeader(&scanner, delimiter: delimiter)
    let width = header.count
    var isText = [Bool](repeating: false, count: width)
    var rowCount = 0
    while true {
      let shape = try scanner.nextFields(expected: width) { j, cell in
        if j < width && !isText[j], case .text = CSVValue.classify(bytes: cell) { isText[j] = true }
      }
      guard let shape else { break }
      try checkWidth(shape, header: header, buffer: buffer, scanner: scanner)
      rowCount += 1
    }
    var numbers = isText.map { $0 ? [Double]() : [Double](repeating: .nan, count: rowCount) }
    var texts = isText.map { $0 ? [String](repeating: "", count: rowCount) : [String]() }
    scanner = try startScanner(buffer, delimiter: delimiter)
    _ = try scanner.next(expectedFields: width)
    var row = 0
    while row < rowCount {
      _ = try scanner.nextFields(expected: width) { j, cell in
        guard j < width else { return }
        if isText[j] {
          texts[j][row] = String(decoding: cell, as: UTF8.self)
        } else if case .number(let x) = CSVValue.classify(bytes: cell) {
          numbers[j][row] = x
        }
      }
      row += 1
    }
    let values = header.indices.map { j in isText[j] ? CSVColumns.Values.text(texts[j]) : .numbers(numbers[j]) }
    return CSVColumns(header: header, values: values, rowCount: rowCount)
  }

  /// Throws when a record read by fields has not as many fields as the header.
  private static func checkWidth(
    _ shape: CSVScanner.RecordShape, header: [String], buffer: UnsafeBufferPointer<UInt8>, scanner: CSVScanner
  ) throws(CSVError) {
    guard shape.count != header.count else { return }
    let offset = shape.count > header.count ? (shape.extraFieldStart ?? shape.endOffset) : shape.endOffset
    let position = CSVSourceMap.position(of: offset, in: buffer, from: scanner.start)
    throw CSVError(
      .rowWidth(line: shape.line, fields: shape.count, header: header.count), line: shape.line,
      column: position.column)
  }

  /// A scanner over text that passed the encoding check.
  private static func startScanner(_ buffer: UnsafeBufferPointer<UInt8>, delimiter: UInt8) throws(CSVError)
    -> CSVScanner
  {
    try DataFileText.check(buffer: buffer)
    return CSVScanner(buffer, delimiter: delimiter)
  }

  /// The checked header; a comma file given as TSV (or the reverse) is named as such.
  private static func readHeader(_ scanner: inout CSVScanner, delimiter: UInt8) throws(CSVError) -> [String] {
    guard let headerRecord = try scanner.next(expectedFields: 8) else {
      throw CSVError(.emptyCSV, line: 1, column: 1)
    }
    let header = try checkedHeader(headerRecord, scanner: scanner)
    if header.count == 1, let only = header.first {
      if delimiter == UInt8(ascii: ","), only.contains("\t") {
        throw CSVError(.tabsInHeader(only.replacingOccurrences(of: "\t", with: "\\t")), line: 1, column: 1)
      }
      if delimiter == UInt8(ascii: "\t"), only.contains(",") {
        throw CSVError(.commasInHeader(only), line: 1, column: 1)
      }
    }
    return header
  }

  /// The next record, after checking it has as many fields as the header.
  private static func nextRecord(
    _ scanner: inout CSVScanner, header: [String], buffer: UnsafeBufferPointer<UInt8>
  ) throws(CSVError) -> CSVScanner.Record? {
    guard let record = try scanner.next(expectedFields: header.count) else { return nil }
    if record.fields.count != header.count {
      let offset = record.fields.count > header.count ? record.fieldStarts[header.count] : record.endOffset
      let position = CSVSourceMap.position(of: offset, in: buffer, from: scanner.start)
      throw CSVError(
        .rowWidth(line: record.line, fields: record.fields.count, header: header.count), line: record.line,
        column: position.column)
    }
    return record
  }

  /// The trimmed header names, after checking that none is empty and none repeats.
  private static func checkedHeader(_ record: CSVScanner.Record, scanner: CSVScanner) throws(CSVError) -> [String] {
    var names: [String] = []
    var firstColumn: [String: Int] = [:]
    for (index, raw) in record.fields.enumerated() {
      let name = trimmed(raw)
      if name.isEmpty {
        throw scanner.error(.unnamedColumn(index + 1), at: record.fieldStarts[index])
      }
      if let earlier = firstColumn[name] {
        throw scanner.error(
          .headerNameTwice(name, first: earlier, second: index + 1), at: record.fieldStarts[index])
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
    guard let first = utf8.firstIndex(where: { !isBlank($0) }), let last = utf8.lastIndex(where: { !isBlank($0) })
    else {
      return ""
    }
    return String(decoding: utf8[first...last], as: UTF8.self)
  }
}
