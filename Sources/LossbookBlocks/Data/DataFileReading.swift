import LossbookCore
import LossbookEngine
import LossbookSyntax
import LossbookWords

/// The data block's file steps, each turning a file-system or format problem into a diagnostic at
/// the `path:` field: confined reads, encoding checks, folder and glob listing, JSON records.
enum DataFileReading {
  /// The bytes of `file`, after checking they are UTF-8 text.
  static func text(_ file: String, limit: Int, at range: SourceRange, context: ExecutionContext) throws(BlockFailure)
    -> [UInt8]
  {
    let bytes: [UInt8]
    do {
      bytes = try context.dataFiles.read(file, maxBytes: limit)
    } catch {
      throw failure(error, at: range, context: context)
    }
    do {
      try DataFileText.check(bytes)
    } catch {
      throw BlockFailure(
        DataDiagnostics.notUTF8,
        .data(.atPosition(file: file, line: error.line, column: error.column, reason: error.message)), at: range)
    }
    return bytes
  }

  /// The files a folder or glob names (or the one file), each to be read through the opener.
  static func files(_ path: Located<String>, suffix: String, context: ExecutionContext) throws(BlockFailure)
    -> [String]
  {
    let files: [String]
    do {
      files = try DataFileGlob.files(path.value, suffix: suffix, opener: context.dataFiles)
    } catch {
      throw failure(error, at: path.range, context: context)
    }
    guard !files.isEmpty else {
      throw BlockFailure(
        DataDiagnostics.fileNotFound, .data(.noFiles(path: path.value, suffix: suffix)), at: path.range,
        help: .data(.noFilesHelp))
    }
    return files
  }

  /// A file-system error as a diagnostic whose fix fits the folders in use.
  static func failure(_ error: DataFileError, at range: SourceRange, context: ExecutionContext) -> BlockFailure {
    failure(error, at: range, opener: context.dataFiles)
  }

  /// A file-system error as a diagnostic; a file not found gets the nearest existing path, and the
  /// words name `--data-root` folders when the opener has them.
  static func failure(_ error: DataFileError, at range: SourceRange, opener: DataFileOpener) -> BlockFailure {
    let dataRoots = opener.roots.count > 1
    var help: String?
    switch error {
    case .notFound(let path): help = DataFileSuggestion.help(for: path, opener: opener)
    case .tooLarge: help = Words.diagnostic(.data(.fileTooLargeHelp))
    case .notRegularFile: help = Words.diagnostic(.data(.folderNeedsLMEvalHelp))
    default: break
    }
    return BlockFailure(DiagnosticID(error.diagnosticID), error.message(dataRoots: dataRoots), at: range, help: help)
  }

  /// Refuses JSON given as CSV, saying which format to write instead.
  static func refuseJSON(_ bytes: [UInt8], path: Located<String>) throws(BlockFailure) {
    guard let json = jsonKind(bytes) else { return }
    let help: DataProblem = json == "[" ? .writeJSONHelp : .writeJSONLHelp
    throw BlockFailure(
      DataDiagnostics.badCSV, .data(.holdsJSON(path: path.value, start: json)), at: path.range, help: .data(help))
  }

  /// `[` or `{` when the text (after blank space) starts like JSON, else nil.
  static func jsonKind(_ bytes: [UInt8]) -> String? {
    let start = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    guard let first = bytes[start...].first(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) else {
      return nil
    }
    if first == UInt8(ascii: "[") { return "[" }
    if first == UInt8(ascii: "{") { return "{" }
    return nil
  }

  /// The table of JSON records: an array of objects, or (with `lines`) one object per line.
  static func records(
    _ bytes: [UInt8], lines: Bool, path: Located<String>, failure id: DiagnosticID
  ) throws(BlockFailure) -> DataTable {
    let records: [JSONValue]
    var lineNumbers: [Int] = []
    do {
      if lines {
        let parsed = try DataFileJSON.parseLines(bytes)
        records = parsed.map(\.value)
        lineNumbers = parsed.map(\.line)
      } else {
        let value = try DataFileJSON.parse(bytes)
        guard case .array(let items) = value else {
          let isHarness = value["results"] != nil
          throw BlockFailure(
            id, .data(.notAnArray(path: path.value, kind: DataRecords.kind(of: value))), at: path.range,
            help: isHarness ? .data(.harnessFileHelp) : .data(.recordsHelp))
        }
        records = items
      }
    } catch let error as CSVError {
      throw BlockFailure(
        id, .data(.atPosition(file: path.value, line: error.line, column: error.column, reason: error.message)),
        at: path.range)
    } catch let error as BlockFailure {
      throw error
    } catch {
      throw BlockFailure(id, .data(.notJSON(path: path.value)), at: path.range)
    }
    guard !records.isEmpty else {
      throw BlockFailure(id, .data(.noRecords(path: path.value)), at: path.range)
    }
    do {
      return try DataRecords.table(records) { i in lines ? .line(lineNumbers[i]) : .record(i + 1) }
    } catch {
      throw BlockFailure(id, .data(.inFile(file: path.value, reason: error.message)), at: path.range)
    }
  }
}
