/// Why a notebook's data file could not be read (`DataFileError`, `CSVError` in LossbookEngine):
/// its path, its encoding, and the CSV and JSON readers' problems.
public enum FileProblem: Sendable, Hashable {
  // The path (`DataFileError`); `dataRoots` says whether `--data-root` folders were given.
  case emptyPath(dataRoots: Bool)
  case absolutePath(String, dataRoots: Bool)
  case leavesFolder(String, dataRoots: Bool)
  case nulInPath
  /// A symbolic link that could not be followed to check where it leads.
  case uncheckedLink(String, dataRoots: Bool)
  case linkOutside(String, dataRoots: Bool)
  case notFound(String, dataRoots: Bool)
  case notRegularFile(String)
  case tooLarge(String, bytes: Int, limit: Int)
  /// `reason` is the system's description of the error.
  case unreadable(String, reason: String)
  case tooManyFiles(upTo: String, limit: Int)
  // The encoding (`DataFileText`).
  case utf16WithByteOrderMark(littleEndian: Bool)
  case nulByte(line: Int, looksUTF16: Bool)
  case invalidUTF8(line: Int)
  // CSV (`CSVReader`, `CSVScanner`).
  case rowWidth(line: Int, fields: Int, header: Int)
  case emptyCSV
  /// The one header name, its tabs already written as `\t`.
  case tabsInHeader(String)
  case commasInHeader(String)
  case unnamedColumn(Int)
  case headerNameTwice(String, first: Int, second: Int)
  case quoteInUnquotedField
  case quotedFieldNotClosed
  case textAfterClosingQuote
  // JSON (`DataFileJSON`).
  case textAfterJSON
  case textAfterJSONLine
  case jsonEndsEarly
  case jsonValueExpected
  case jsonTooDeep(levels: Int)
  case memberNameExpected
  case memberNameTwice(String)
  case colonExpected
  case objectNotClosed
  case objectCommaExpected
  case arrayNotClosed
  case arrayCommaExpected
  case jsonTextNotClosed
  case controlCharacter
  /// The escape as written, such as `\q`.
  case unknownEscape(String)
  case loneSurrogate
  case unicodeEscapeDigits
  case numberDigits
  case fractionDigits
  case exponentDigits
  case notANumber(String)
}
