import LossbookEngine
import LossbookSyntax
import LossbookWords

extension DataSpec {
  /// What `check` finds without computing: the file exists inside the allowed folders, is text in
  /// the format named, and has the columns that rename, derive, where and select name. Reads only
  /// a CSV or TSV file's first line; JSON files are read whole, a harness folder only listed.
  func check(_ context: CheckContext) -> StaticCheck {
    guard let start = startingColumns(context) else { return StaticCheck() }
    switch start {
    case .failure(let failure): return StaticCheck(problems: [failure])
    case .success(let first): return columnsAfterSteps(first)
    }
  }

  /// The columns the source gives, or why it cannot be read; nil for empty inline rows (the
  /// execute stage says so).
  private func startingColumns(_ context: CheckContext) -> Result<[String], BlockFailure>? {
    switch (path, rows) {
    case (nil, let rows?):
      return rows.value.first.map { .success($0.cells.map(\.name)) }
    case (let path?, nil):
      do {
        return .success(try DataBlock.header(of: self, path, context: context))
      } catch {
        return .failure(error)
      }
    default:
      return .failure(DataBlock.noSource(context.blockRange))
    }
  }

  /// Follows rename, derive, where and select over `columns`, reporting every name that is wrong.
  private func columnsAfterSteps(_ first: [String]) -> StaticCheck {
    var columns = first
    var problems: [BlockFailure] = []
    for (old, new) in rename?.fields ?? [] {
      if let i = columns.firstIndex(of: old) {
        columns[i] = new.value
      } else {
        problems.append(CheckContext.unknownColumn(Located(old, at: new.range), among: columns))
      }
    }
    for (name, e) in derive?.fields ?? [] {
      problems += CheckContext.unknownNames(in: e.expression, columns: columns)
      if !columns.contains(name) { columns.append(name) }
    }
    if let w = `where` { problems += CheckContext.unknownNames(in: w.expression, columns: columns) }
    if let select {
      for name in select where !columns.contains(name.value) {
        problems.append(CheckContext.unknownColumn(name, among: columns))
      }
      columns = select.map(\.value).filter { columns.contains($0) }
    }
    return StaticCheck(problems: problems, columns: columns)
  }
}

extension DataBlock {
  /// The first bytes read of a CSV or TSV file in `check`: enough for any real header line.
  static let headerBytes = 1 << 20

  /// The columns the file at `path` gives, reading as little as the format allows.
  static func header(of spec: DataSpec, _ path: Located<String>, context: CheckContext) throws(BlockFailure)
    -> [String]
  {
    let format = spec.format?.value ?? DataFormat.implied(by: path.value)
    /// A file-system error in the words a render uses.
    func failure(_ error: DataFileError) -> BlockFailure {
      DataFileReading.failure(error, at: path.range, opener: context.dataFiles)
    }
    // The size limit when it is written as a number (an expression is known only when running).
    var limit = Int(DataLimits.defaultBytes)
    if case .literal(let bytes)? = spec.limits?.bytes?.value, bytes >= 1, bytes <= Double(Int.max / 2) {
      limit = Int(bytes)
    }
    switch format {
    case .lmEval:
      let files: [String]
      do {
        files = try DataFileGlob.files(path.value, suffix: ".json", opener: context.dataFiles)
      } catch {
        throw failure(error)
      }
      if files.isEmpty {
        throw BlockFailure(DataDiagnostics.fileNotFound, .data(.noJSONFiles(path: path.value)), at: path.range)
      }
      if files == [path.value] {
        do {
          _ = try context.dataFiles.readPrefix(path.value, maxBytes: 1)
        } catch {
          throw failure(error)
        }
      }
      return LMEvalResults.columns
    case .csv, .tsv:
      var prefix: [UInt8]
      do {
        prefix = try context.dataFiles.readPrefix(path.value, maxBytes: headerBytes, sizeLimit: limit)
      } catch {
        throw failure(error)
      }
      if prefix.count == headerBytes, let lastLineEnd = prefix.lastIndex(of: UInt8(ascii: "\n")) {
        prefix.removeSubrange((lastLineEnd + 1)...)
      }
      if format == .csv { try DataFileReading.refuseJSON(prefix, path: path) }
      do {
        try DataFileText.check(prefix)
      } catch {
        throw BlockFailure(
          DataDiagnostics.notUTF8,
          .data(.atPosition(file: path.value, line: error.line, column: error.column, reason: error.message)),
          at: path.range)
      }
      do {
        return try CSVReader.header(prefix, delimiter: format == .tsv ? UInt8(ascii: "\t") : UInt8(ascii: ","))
      } catch {
        throw BlockFailure(
          DataDiagnostics.badCSV,
          .data(.atPosition(file: path.value, line: error.line, column: error.column, reason: error.message)),
          at: path.range)
      }
    case .json, .jsonl:
      let bytes: [UInt8]
      do {
        bytes = try context.dataFiles.read(path.value, maxBytes: limit)
      } catch {
        throw failure(error)
      }
      return try DataFileReading.records(bytes, lines: format == .jsonl, path: path, failure: DataDiagnostics.badJSON)
        .columnNames
    }
  }
}
