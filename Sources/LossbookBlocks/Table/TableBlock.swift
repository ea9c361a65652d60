import LossbookCore
import LossbookEngine
import LossbookRender
import LossbookSyntax
import LossbookWords

/// The `table` kind: shows a table with chosen columns, formats and rows.
enum TableBlock {
  static let kind = SpecKind(
    "table", spec: TableSpec.self, fields: TableSpec.fields)

  static func run(_ spec: TableSpec, context: ExecutionContext) throws(BlockFailure) -> TableResult {
    var table = try source(spec.of.names, context: context)
    if let w = spec.where {
      table = try context.rows(of: table, where: w.expression)
    }
    if let columns = spec.columns {
      var cols: [DataColumn] = []
      for c in columns {
        guard let col = table.column(c.value) else { throw DataBlock.unknownColumn(c.value, in: table, at: c.range) }
        cols.append(col)
      }
      let names = table.displayNames
      table = DataTable(columns: cols)
      table.displayNames = names
    }
    var formats: [String: NumberStyle] = [:]
    for (name, f) in spec.formats?.fields ?? [] {
      guard table.column(name) != nil else { throw DataBlock.unknownColumn(name, in: table, at: f.range) }
      guard let style = LossbookNumberFormat.parseStyle(f.value) else {
        throw BlockFailure(
          TableDiagnostics.badFormat, .table(.unknownFormat(f.value)), at: f.range, help: .table(.unknownFormatHelp))
      }
      formats[name] = style
    }
    try spec.labels?.check(known: table.columnNames, what: .column)
    var headers: [String: String] = [:]
    for (name, label) in spec.labels?.entries ?? [] { headers[name] = label.value }
    return TableResult(
      table: table, formats: formats, limit: spec.rows.map(\.limit) ?? TableSpec.Defaults.rows, caption: spec.caption,
      headers: headers)
  }

  /// The table to show: a block's table, or one summary row per block (threshold blocks).
  static func source(_ ids: [Located<String>], context: ExecutionContext) throws(BlockFailure) -> DataTable {
    var rows: [[SummaryCell]] = []
    for id in ids {
      if let source = try context.result(id) as? any SummaryRowSource {
        rows.append(source.summaryRow(id: id.value))
      } else if ids.count > 1 {
        throw BlockFailure(
          TableDiagnostics.notAThreshold, .table(.notAThreshold(block: id.value)), at: id.range,
          help: .table(.notAThresholdHelp))
      }
    }
    if rows.isEmpty { return try context.table(ids[0]) }
    return SummaryCell.table(rows)
  }
}

/// A table to show.
struct TableResult: BlockResult {
  let table: DataTable?
  let formats: [String: NumberStyle]
  let limit: Int?
  let caption: String?
  /// Display names of the columns (`labels`), by column name.
  var headers: [String: String] = [:]

  var json: JSONValue {
    let t = table!
    return .object([("n", .number(Double(t.rowCount))), ("columns", .array(t.columnNames.map { .string($0) }))])
  }

  func render(_ context: RenderContext) -> BlockRendering {
    guard let t = table else { return BlockRendering(html: "") }
    var h = TableHTML.render(
      t, maxRows: limit, caption: context.caption(caption, as: .table), formats: formats, format: context.format,
      words: context.words,
      label: "\(caption ?? context.words[.table]) (\(context.blockID))", headers: headers)
    h +=
      "<p class=\"\(CSSClass.links)\"><a href=\"\(attribute: context.sideFolder)/\(attribute: context.blockID).csv\">\(context.words[.downloadCSV])</a></p>\n"
    return BlockRendering(html: h)
  }
}
