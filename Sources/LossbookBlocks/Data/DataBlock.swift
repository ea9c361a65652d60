import LossbookCore
import LossbookEngine
import LossbookRender
import LossbookSyntax
import LossbookWords

/// The `data` kind: loads a table from a CSV file or inline rows.
enum DataBlock {
  static let kind = SpecKind(
    "data", spec: DataSpec.self, fields: DataSpec.fields)

  static func run(_ spec: DataSpec, context: ExecutionContext) throws(BlockFailure) -> DataResult {
    var table: DataTable
    var source: String
    switch (spec.path, spec.rows) {
    case (let path?, nil):
      table = try load(spec, path, context: context)
      source = path.value
    case (nil, let rows?):
      table = try inline(rows)
      source = "rows"
    default:
      throw noSource(context.blockRange)
    }
    for (old, new) in spec.rename?.fields ?? [] {
      guard let c = table.column(old) else { throw unknownColumn(old, in: table, at: new.range) }
      var renamed = c
      renamed.name = new.value
      table = DataTable(columns: table.columns.map { $0.name == old ? renamed : $0 })
    }
    for (name, e) in spec.derive?.fields ?? [] {
      let values = try context.evaluate(e.expression, over: table)
      if values.allSatisfy({ if case .number = $0 { true } else { false } }) {
        table = table.setting(DataColumn(name, numbers: values.map { if case .number(let x) = $0 { x } else { .nan } }))
      } else {
        table = table.setting(
          DataColumn(
            name,
            text: values.map { v in
              if case .string(let s) = v {
                s
              } else if case .number(let x) = v {
                LossbookNumberFormat.csv(x)
              } else {
                ""
              }
            }))
      }
    }
    if let w = spec.where {
      table = try context.rows(of: table, where: w.expression)
    }
    if let select = spec.select {
      let missing = select.filter { table.column($0.value) == nil }
      if let first = missing.first {
        guard missing.count > 1 else { throw unknownColumn(first.value, in: table, at: first.range) }
        // Every wrong name at once, pointing at the first.
        let names = missing.map { "'\($0.value)'" }.joined(separator: ", ")
        let hints = missing.compactMap { m in
          Suggestion.closest(to: m.value, among: table.columnNames).map { "'\($0)'" }
        }
        throw BlockFailure(
          DataDiagnostics.unknownColumn,
          .data(.noColumns(names: names, columns: table.columnNames)), at: first.range,
          help: hints.isEmpty ? nil : .data(.didYouMeanAny(names: hints)))
      }
      table = DataTable(columns: select.compactMap { table.column($0.value) })
    }
    if let labels = spec.labels {
      // The distinct text values, in order of appearance, as well as the columns.
      var seen = Set<String>()
      let values = table.columns.flatMap { c -> [String] in if case .text(let v) = c.values { v } else { [] } }
        .filter { seen.insert($0).inserted }
      try labels.check(known: table.columnNames + values, what: .columnOrTextValue)
      table.displayNames = labels.names
    }
    return DataResult(table: table, source: source)
  }

  /// A block with neither or both of path and rows.
  static func noSource(_ range: SourceRange) -> BlockFailure {
    BlockFailure(
      DataDiagnostics.noSource, .data(.noSource), at: range, help: .data(.noSourceHelp))
  }

  /// No column of that name, with the columns there are and a "did you mean".
  static func unknownColumn(_ name: String, in table: DataTable, at range: SourceRange) -> BlockFailure {
    BlockFailure(
      DataDiagnostics.unknownColumn, .data(.noColumn(name: name, columns: table.columnNames)),
      at: range,
      help: Diagnostic.didYouMean(name, among: table.columnNames))
  }

  private static func load(_ spec: DataSpec, _ path: Located<String>, context: ExecutionContext) throws(BlockFailure)
    -> DataTable
  {
    let limit = try byteLimit(spec.limits, context: context)
    let format = spec.format?.value ?? DataFormat.implied(by: path.value)
    if format != .lmEval && DataFileGlob.isPattern(path.value) {
      throw BlockFailure(
        DataDiagnostics.fileNotFound, .data(.pattern(path: path.value)), at: path.range, help: .data(.patternHelp))
    }
    switch format {
    case .lmEval:
      let files = try DataFileReading.files(path, suffix: ".json", context: context)
      var rows: [LMEvalResults.Row] = []
      var total = 0
      for file in files {
        // limits.bytes caps the files together; each file becomes rows before the next is read.
        let bytes = try DataFileReading.text(file, limit: limit, at: path.range, context: context)
        total += bytes.count
        if total > limit {
          throw BlockFailure(
            "data-file-unreadable",
            .data(.filesTooLarge(path: path.value, limit: limit, upTo: file)), at: path.range,
            help: .data(.filesTooLargeHelp))
        }
        let json: JSONValue
        do {
          json = try DataFileJSON.parse(bytes)
        } catch {
          throw BlockFailure(
            DataDiagnostics.badLMEval,
            .data(.atPosition(file: file, line: error.line, column: error.column, reason: error.message)),
            at: path.range)
        }
        do {
          rows += try LMEvalResults.rows(of: json, path: file)
        } catch {
          throw BlockFailure(
            DataDiagnostics.badLMEval, .data(.notHarnessResults(reason: error.message)), at: path.range,
            help: .data(.notHarnessResultsHelp))
        }
      }
      return LMEvalResults.table(rows)
    case .csv, .tsv:
      let bytes = try DataFileReading.text(path.value, limit: limit, at: path.range, context: context)
      if format == .csv { try DataFileReading.refuseJSON(bytes, path: path) }
      let columns: CSVColumns
      do {
        columns = try CSVReader.columns(bytes, delimiter: format == .tsv ? UInt8(ascii: "\t") : UInt8(ascii: ","))
      } catch {
        throw BlockFailure(
          DataDiagnostics.badCSV,
          .data(.atPosition(file: path.value, line: error.line, column: error.column, reason: error.message)),
          at: path.range)
      }
      return DataTable(
        columns: zip(columns.header, columns.values).map { name, values in
          switch values {
          case .numbers(let v): DataColumn(name, numbers: v)
          case .text(let v): DataColumn(name, text: v)
          }
        })
    case .json, .jsonl:
      let bytes = try DataFileReading.text(path.value, limit: limit, at: path.range, context: context)
      return try DataFileReading.records(bytes, lines: format == .jsonl, path: path, failure: DataDiagnostics.badJSON)
    }
  }

  /// The largest file read, from `limits.bytes`.
  static func byteLimit(_ limits: DataLimits?, context: ExecutionContext) throws(BlockFailure) -> Int {
    let limit = try context.number(limits?.bytes, default: DataLimits.defaultBytes)
    guard limit >= 1, limit <= Double(Int.max / 2) else {
      throw BlockFailure(
        DataDiagnostics.badLimit, .data(.badByteLimit), at: limits?.bytes?.range)
    }
    return Int(limit)
  }

  private static func inline(_ rows: Located<[InlineRow]>) throws(BlockFailure) -> DataTable {
    guard let first = rows.value.first else {
      throw BlockFailure(DataDiagnostics.badRows, .data(.rowsEmpty), at: rows.range)
    }
    let names = first.cells.map(\.name)
    for (i, r) in rows.value.enumerated() where r.cells.map(\.name) != names {
      throw BlockFailure(
        DataDiagnostics.badRows, .data(.rowColumns(row: i + 1, columns: "\(r.cells.map(\.name))", first: "\(names)")),
        at: rows.range, help: .data(.rowColumnsHelp))
    }
    var columns: [DataColumn] = []
    for (j, name) in names.enumerated() {
      let values = rows.value.map { $0.cells[j].value }
      if values.allSatisfy({ if case .number = $0 { true } else { false } }) {
        columns.append(DataColumn(name, numbers: values.map { if case .number(let x) = $0 { x } else { .nan } }))
      } else {
        columns.append(
          DataColumn(
            name,
            text: values.map {
              if case .text(let s) = $0 {
                s
              } else if case .number(let x) = $0 {
                LossbookNumberFormat.csv(x)
              } else {
                ""
              }
            }))
      }
    }
    return DataTable(columns: columns)
  }
}

/// A loaded table.
struct DataResult: BlockResult {
  let table: DataTable?
  let source: String

  var json: JSONValue {
    let t = table!
    var columns: [(String, JSONValue)] = []
    for c in t.columns {
      switch c.values {
      case .numbers(let v):
        let finite = v.filter(\.isFinite)
        columns.append(
          (
            c.name,
            .object([
              ("type", .string("number")), ("min", .num(finite.min())), ("max", .num(finite.max())),
              ("mean", .num(finite.isEmpty ? nil : finite.reduce(0, +) / Double(finite.count))),
              ("missing", .number(Double(v.count - finite.count))),
            ])
          ))
      case .text:
        columns.append((c.name, .object([("type", .string("text"))])))
      }
    }
    return .object([
      ("n", .number(Double(t.rowCount))), ("source", .string(source)), ("columns", .object(columns)),
      ("column_order", .array(t.columnNames.map { .string($0) })),
    ])
  }

  func render(_ context: RenderContext) -> BlockRendering {
    guard let t = table else { return BlockRendering(html: "") }
    let note = context.words[.summary(rows: t.rowCount, columns: t.columns.count, source: source)]
    var html: Markup = "<p class=\"\(CSSClass.note)\">\(note)</p>\n"
    html += TableHTML.render(
      t, maxRows: 6, caption: nil, formats: [:], format: context.format, words: context.words,
      label: context.words[.blockTable(context.blockID)])
    html +=
      "<p class=\"\(CSSClass.links)\"><a href=\"\(attribute: context.sideFolder)/\(attribute: context.blockID).csv\">\(context.words[.downloadCSV])</a></p>\n"
    return BlockRendering(html: html)
  }
}
