/// Checks that a data file is UTF-8 text before any reader looks at it, so a file saved in
/// another encoding is refused with the reason, never read as garbage.
///
/// A UTF-8 byte-order mark is accepted and skipped. UTF-16 and UTF-32 (with or without a
/// byte-order mark, where they show as NUL bytes), other NUL bytes and invalid UTF-8 are errors.
public enum DataFileText {
  /// Where the text starts: 3 after a UTF-8 byte-order mark, else 0.
  public static func textStart(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
  }

  /// Throws the first reason `bytes` is not UTF-8 text, with its line and column.
  public static func check(_ bytes: [UInt8]) throws(CSVError) {
    try bytes.withUnsafeBufferPointer { buffer throws(CSVError) in try check(buffer: buffer) }
  }

  /// See ``check(_:)``.
  static func check(buffer: UnsafeBufferPointer<UInt8>) throws(CSVError) {
    if buffer.count >= 2 && ((buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF)) {
      throw CSVError(.utf16WithByteOrderMark(littleEndian: buffer[0] == 0xFF), line: 1, column: 1)
    }
    let start = textStart(buffer)
    if let nul = UnsafeBufferPointer(rebasing: buffer[start...]).firstIndex(of: 0) {
      let offset = start + nul
      let position = CSVSourceMap.position(of: offset, in: buffer, from: start)
      let looksUTF16 = offset < 4 && buffer.count >= 2
      throw CSVError(
        .nulByte(line: position.line, looksUTF16: looksUTF16), line: position.line, column: position.column)
    }
    if let bad = CSVSourceMap.firstInvalidUTF8(buffer, from: start) {
      let position = CSVSourceMap.position(of: bad, in: buffer, from: start)
      throw CSVError(.invalidUTF8(line: position.line), line: position.line, column: position.column)
    }
  }
}
