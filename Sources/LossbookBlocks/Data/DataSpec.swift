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

  static let fields: [FieldDoc] = [
    FieldDoc(
      "path", "text", default: "none (then rows)",
      "a data file relative to the notebook's folder (or to a --data-root folder); it may not leave them. "
        + "With format: lm-eval, a folder (its .json files, subfolders too) or a glob such as evals/*/results*.json"),
    FieldDoc(
      "format", "csv | tsv | json | jsonl | lm-eval", default: "from the extension (.tsv, .json, .jsonl; else csv)",
      "csv and tsv: a header line, then rows; json: an array of records [{\"loss\": 2.31}, ...]; jsonl: one record "
        + "per line; lm-eval: lm-evaluation-harness result files (0.3 or 0.4 layout) as rows with the columns model, "
        + "step (from revision=stepN), shots, task, metric, value, stderr"),
    FieldDoc(
      "rows", "list of mappings", default: "none (then path)", "inline rows, such as [{loss: 2.31, score: 0.27}]"),
    FieldDoc("rename", "mapping old: new", default: "none", "renames columns (first)"),
    FieldDoc(
      "derive", "mapping name: =expression", default: "none",
      "adds columns computed per row, in order; bare names are columns (second)"),
    FieldDoc("where", "=expression", default: "none", "keeps the rows where the expression is true (third)"),
    FieldDoc("select", "list of column names", default: "all", "keeps these columns, in this order (last)"),
    FieldDoc(
      "labels", "mapping of column or text value to text", default: "none",
      "display names, such as {MMLU_like: MMLU-like}: every plot, table, fit, threshold and collapse of this table shows them instead of the raw name unless it has its own labels:; the table, its CSV and the results file keep the names; a key that is neither a column nor a text value is an error (unknown-label)"
    ),
    FieldDoc(
      "limits", "{bytes}",
      default: "{bytes: \(Int(DataLimits.defaultBytes))} (\(Int(DataLimits.defaultBytes) >> 20) MiB)",
      "the largest data file read (for lm-eval, all its files together); a larger one is an error before it "
        + "is read (raise it here if you mean it)"),
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
