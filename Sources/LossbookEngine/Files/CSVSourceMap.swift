/// Byte-level helpers for CSV diagnostics: UTF-8 validation and offset-to-line/column mapping.
enum CSVSourceMap {
  /// The offset of the first byte that does not start a valid UTF-8 sequence, or nil.
  ///
  /// Rejects overlong forms, surrogates and code points above U+10FFFF, like Swift's own decoder.
  static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    var index = start
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      let trailing: Int
      switch lead {
      case 0xC2...0xDF: trailing = 1
      case 0xE0:
        trailing = 2
        low = 0xA0
      case 0xE1...0xEC, 0xEE, 0xEF: trailing = 2
      case 0xED:
        trailing = 2
        high = 0x9F
      case 0xF0:
        trailing = 3
        low = 0x90
      case 0xF1...0xF3: trailing = 3
      case 0xF4:
        trailing = 3
        high = 0x8F
      default: return index
      }
      guard index + trailing < count, bytes[index + 1] >= low, bytes[index + 1] <= high else { return index }
      var next = index + 2
      while next <= index + trailing {
        guard bytes[next] & 0xC0 == 0x80 else { return index }
        next += 1
      }
      index = next
    }
    return nil
  }

  /// The 1-based line and column of `offset`, counting lines ended by LF, CR or CRLF from `start`.
  ///
  /// Columns count UTF-8 lead bytes, i.e. Unicode scalars in valid text. Used only on error paths.
  static func position(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (
    line: Int, column: Int
  ) {
    var line = 1
    var lineStart = start
    var index = start
    let end = min(offset, bytes.count)
    while index < end {
      let byte = bytes[index]
      if byte == lf || byte == cr {
        if byte == cr && index + 1 < bytes.count && bytes[index + 1] == lf { index += 1 }
        line += 1
        lineStart = index + 1
      }
      index += 1
    }
    var column = 1
    var scan = lineStart
    while scan < end {
      if bytes[scan] & 0xC0 != 0x80 { column += 1 }
      scan += 1
    }
    return (line, column)
  }

  static let lf = UInt8(ascii: "\n")
  static let cr = UInt8(ascii: "\r")
}
