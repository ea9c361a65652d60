/// The diagnostics of a `data` block (`DataDiagnostics` in LossbookBlocks names their ids).
public enum DataProblem: Sendable, Hashable {
  /// A problem at a place in a file, as the reader gave it: "runs.csv:3:7: <reason>".
  case atPosition(file: String, line: Int, column: Int, reason: String)
  /// "runs.json: <reason>".
  case inFile(file: String, reason: String)
  case noJSONFiles(path: String)
  /// Names already quoted ("'a', 'b'"); the help lists the quoted suggestions.
  case noColumns(names: String, columns: [String])
  case didYouMeanAny(names: [String])
  case noColumn(name: String, columns: [String])
  case noSource, noSourceHelp
  case pattern(path: String)
  case patternHelp
  case filesTooLarge(path: String, limit: Int, upTo: String)
  case filesTooLargeHelp
  /// Why a file is not harness results, as the reader gave it.
  case notHarnessResults(reason: String)
  case notHarnessResultsHelp
  case fileTooLargeHelp
  case folderNeedsLMEvalHelp
  case badByteLimit
  case rowsEmpty
  /// The columns as Swift prints an array of names (`["loss", "score"]`).
  case rowColumns(row: Int, columns: String, first: String)
  case rowColumnsHelp
  case noFiles(path: String, suffix: String)
  case noFilesHelp
  case holdsJSON(path: String, start: String)
  case writeJSONHelp, writeJSONLHelp
  case notAnArray(path: String, kind: JSONKind)
  case harnessFileHelp, recordsHelp
  case notJSON(path: String)
  case noRecords(path: String)
  /// `known` the formats, listed.
  case unknownFormat(String, known: String)
  case formatHelp
  /// The data file's path with each part replaced by the nearest existing name.
  case didYouMeanPath(String)
  case recordNotAnObject(DataRecordLabel, JSONKind)
  case recordNested(DataRecordLabel, JSONKind, name: String)
  case noRecordColumns
  case notHarnessFile(path: String)
}

/// The kind of a JSON value, as a data diagnostic names it ("a list", "text").
public enum JSONKind: Sendable, Hashable {
  case null, bool, number, text, list, object
}

/// A record of a JSON file, as a data diagnostic names it: by its place in an array, or by
/// its line in JSON lines.
public enum DataRecordLabel: Sendable, Hashable {
  case record(Int)
  case line(Int)
}
