import LossbookEngine
import LossbookSyntax

/// A `data` block: a data file (CSV, TSV, JSON, JSON lines, harness results) or inline rows, then
/// rename, derive, where and select, in that order.
struct DataSpec: Decodable, BlockSpec {
  var path: Located<String>?
  var format: DataFormatField?
  var rows: Located<[InlineRow]>?
  var select: [Located<String>]?
  var rename: OrderedFields<Located<String>>?
  var `where`: RowExpression?
  var derive: OrderedFields<RowExpression>?
  var limits: DataLimits?
  var labels: DisplayLabels?

  var blockReferences: [Located<String>] { [] }

  var expressions: [SpecExpression] {
    var out = ([`where`].compactMap { $0 } + (derive?.fields.map(\.value) ?? [])).map(\.expression)
    if case .expression(let e)? = limits?.bytes?.value { out.append(e) }
    return out
  }

  func execute(_ context: ExecutionContext) throws(BlockFailure) -> any BlockResult {
    try DataBlock.run(self, context: context)
  }

  static let fields: [SpecField] = [
    SpecField("path"),
    SpecField("format"),
    SpecField("rows"),
    SpecField("rename"),
    SpecField("derive"),
    SpecField("where"),
    SpecField("select"),
    SpecField("labels"),
    SpecField(
      "limits", default: "{bytes: \(Int(DataLimits.defaultBytes))} (\(Int(DataLimits.defaultBytes) >> 20) MiB)"),
  ]
}

/// One inline row: column names to numbers or text, in the order written.
struct InlineRow: Decodable, Sendable {
  var cells: [(name: String, value: ParamValue)]

  init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: AnyKey.self)
    cells = try c.allKeys.map { k in (k.stringValue, try c.decode(ParamValue.self, forKey: k)) }
  }
}

/// A mapping whose keys are names chosen by the author, kept in the order written.
struct OrderedFields<Value: Decodable & Sendable>: Decodable, Sendable {
  var fields: [(name: String, value: Value)]

  init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: AnyKey.self)
    fields = try c.allKeys.map { k in (k.stringValue, try c.decode(Value.self, forKey: k)) }
  }
}

/// A coding key for any name.
struct AnyKey: CodingKey {
  var stringValue: String
  var intValue: Int? { nil }
  init(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}

/// The data block's budget: how large a file it reads.
struct DataLimits: Decodable, Sendable {
  var bytes: SpecNumber?

  /// 256 MiB, the default largest CSV file.
  static let defaultBytes = Double(256 << 20)
}
