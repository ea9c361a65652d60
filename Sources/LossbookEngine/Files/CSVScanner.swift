import LossbookWords

/// Splits CSV bytes into records of fields, one pass over the buffer (RFC 4180, plus CR and LF ends).
///
/// Lenient in two small ways: spaces before an opening quote and after a closing quote are
/// ignored (`a, "b, c"`), and empty lines anywhere are skipped.
struct CSVScanner {
  /// One record and where it came from.
  struct Record {
    var fields: [String]
    /// Byte offset where each field starts (for column numbers in diagnostics).
    var fieldStarts: [Int]
    /// The 1-based line where the record starts.
    var line: Int
    /// Byte offset of the record's line end (or of the end of input).
    var endOffset: Int
  }

  private let bytes: UnsafeBufferPointer<UInt8>
  /// The field separator: a comma for CSV, a tab for TSV.
  private let delimiter: UInt8
  /// Where the text starts, after any byte-order mark.
  let start: Int
  private var index: Int
  private var line = 1
  private var scratch: [UInt8] = []

  /// Prepares to scan `bytes` split at `delimiter`, skipping a UTF-8 byte-order mark.
  init(_ bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8 = UInt8(ascii: ",")) {
    self.bytes = bytes
    self.delimiter = delimiter
    self.start = DataFileText.textStart(bytes)
    self.index = start
  }

  /// Reads the next non-empty record, or nil at the end of input.
  mutating func next(expectedFields: Int) throws(CSVError) -> Record? {
    while index < bytes.count && isLineEnd(bytes[index]) { skipLineEnd() }
    guard index < bytes.count else { return nil }
    var record = Record(fields: [], fieldStarts: [], line: line, endOffset: 0)
    record.fields.reserveCapacity(expectedFields)
    record.fieldStarts.reserveCapacity(expectedFields)
    while true {
      record.fieldStarts.append(index)
      record.fields.append(try field())
      if index < bytes.count && bytes[index] == delimiter {
        index += 1
        continue
      }
      record.endOffset = index
      if index < bytes.count { skipLineEnd() }
      return record
    }
  }

  /// The shape of a record read by ``nextFields(expected:_:)``, for checks and diagnostics.
  struct RecordShape {
    /// How many fields the record has.
    var count: Int
    /// The 1-based line where the record starts.
    var line: Int
    /// Byte offset of the record's line end (or of the end of input).
    var endOffset: Int
    /// Byte offset where field number `expected` (0-based, one past the last wanted) starts, if any.
    var extraFieldStart: Int?
  }

  /// Reads the next non-empty record, handing each field's bytes (quotes undone) to `visit`
  /// without making a String; nil at the end of input. The bytes are valid only during the call.
  mutating func nextFields(
    expected: Int, _ visit: (_ field: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Void
  ) throws(CSVError) -> RecordShape? {
    while index < bytes.count && isLineEnd(bytes[index]) { skipLineEnd() }
    guard index < bytes.count else { return nil }
    var shape = RecordShape(count: 0, line: line, endOffset: 0, extraFieldStart: nil)
    while true {
      if shape.count == expected { shape.extraFieldStart = index }
      let text = try scanField()
      withBytes(of: text) { visit(shape.count, $0) }
      shape.count += 1
      if index < bytes.count && bytes[index] == delimiter {
        index += 1
        continue
      }
      shape.endOffset = index
      if index < bytes.count { skipLineEnd() }
      return shape
    }
  }

  /// Where a scanned field's text is: a range of the input, or the scratch buffer (after `""`).
  private enum FieldText {
    case input(Range<Int>)
    case scratch
  }

  /// Reads one field and stops at the following comma, line end or end of input.
  private mutating func field() throws(CSVError) -> String {
    let text = try scanField()
    return withBytes(of: text) { String(decoding: $0, as: UTF8.self) }
  }

  /// Calls `body` with the bytes of a scanned field.
  private func withBytes<R>(of text: FieldText, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    switch text {
    case .input(let range): return body(UnsafeBufferPointer(rebasing: bytes[range]))
    case .scratch: return scratch.withUnsafeBufferPointer(body)
    }
  }

  /// Scans one field, quoted or not, and says where its text is.
  private mutating func scanField() throws(CSVError) -> FieldText {
    let fieldStart = index
    var cursor = index
    while cursor < bytes.count && bytes[cursor] == space { cursor += 1 }
    if cursor < bytes.count && bytes[cursor] == quote {
      index = cursor
      return try quotedField()
    }
    while cursor < bytes.count {
      let byte = bytes[cursor]
      if byte == delimiter || byte == CSVSourceMap.lf || byte == CSVSourceMap.cr { break }
      if byte == quote {
        throw error(.quoteInUnquotedField, at: cursor)
      }
      cursor += 1
    }
    index = cursor
    return .input(fieldStart..<cursor)
  }

  /// Reads a quoted field starting at its opening quote, undoing `""` escapes.
  private mutating func quotedField() throws(CSVError) -> FieldText {
    let opening = index
    scratch.removeAll(keepingCapacity: true)
    var segmentStart = index + 1
    var cursor = segmentStart
    var escaped = false
    while true {
      guard cursor < bytes.count else {
        throw error(.quotedFieldNotClosed, at: opening)
      }
      let byte = bytes[cursor]
      if byte == quote {
        if cursor + 1 < bytes.count && bytes[cursor + 1] == quote {
          scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segmentStart...cursor]))
          escaped = true
          cursor += 2
          segmentStart = cursor
          continue
        }
        break
      }
      if byte == CSVSourceMap.lf
        || (byte == CSVSourceMap.cr && (cursor + 1 == bytes.count || bytes[cursor + 1] != CSVSourceMap.lf))
      {
        line += 1
      }
      cursor += 1
    }
    let value: FieldText
    if escaped {
      scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segmentStart..<cursor]))
      value = .scratch
    } else {
      value = .input(segmentStart..<cursor)
    }
    cursor += 1
    while cursor < bytes.count && bytes[cursor] == space { cursor += 1 }
    if cursor < bytes.count && bytes[cursor] != delimiter && !isLineEnd(bytes[cursor]) {
      throw error(.textAfterClosingQuote, at: cursor)
    }
    index = cursor
    return value
  }

  /// Consumes one LF, CR or CRLF at `index`.
  private mutating func skipLineEnd() {
    if bytes[index] == CSVSourceMap.cr && index + 1 < bytes.count && bytes[index + 1] == CSVSourceMap.lf {
      index += 1
    }
    index += 1
    line += 1
  }

  /// An error at byte `offset` of the input.
  func error(_ problem: FileProblem, at offset: Int) -> CSVError {
    let position = CSVSourceMap.position(of: offset, in: bytes, from: start)
    return CSVError(problem, line: position.line, column: position.column)
  }

  private func isLineEnd(_ byte: UInt8) -> Bool { byte == CSVSourceMap.lf || byte == CSVSourceMap.cr }
  private var quote: UInt8 { UInt8(ascii: "\"") }
  private var space: UInt8 { UInt8(ascii: " ") }
}
