import LossbookCore
import LossbookSyntax
import LossbookWords

/// What a running block may use: its own id, the seed, parameters and the results of the
/// blocks it depends on. Nothing else: a block cannot reach the file system except through
/// `dataFiles`, which stays inside the allowed folders.
public struct ExecutionContext: Sendable {
  public let blockID: String
  /// The range of the block's kind word, where block-level errors point.
  public let blockRange: SourceRange
  public let seed: UInt32
  public let params: [String: ParamValue]
  public let language: ReportLanguage
  /// Worker threads this block may use for its own loops.
  public let jobs: Int
  public let dataFiles: DataFileOpener
  let upstream: [String: any BlockResult]
  /// The slice of its replicates a sharded block computes (`render --shard K/N`), or nil for all.
  public internal(set) var shard: ShardPlan? = nil
  /// When `lossbook merge` renders: this block's `ShardedResult.partJSON` from every part, in
  /// shard order, instead of computing its replicates; nil otherwise.
  public internal(set) var parts: [JSONValue]? = nil
  /// Reports the replicates done by a long block (`done`, `total`); nil when nobody listens.
  public internal(set) var progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil

  /// The result of a block this one depends on.
  public func result(_ id: Located<String>) throws(BlockFailure) -> any BlockResult {
    guard let r = upstream[id.value] else {
      throw BlockFailure(ResolveDiagnostics.unknownReference, .engine(.noResult(block: id.value)), at: id.range)
    }
    return r
  }

  /// The table made by a block this one depends on.
  public func table(_ id: Located<String>) throws(BlockFailure) -> DataTable {
    guard let t = try result(id).table else {
      throw BlockFailure(
        ExecuteDiagnostics.notATable, .engine(.notATable(block: id.value)), at: id.range,
        help: .engine(.notATableHelp))
    }
    return t
  }

  /// The value of a number field.
  public func number(_ n: SpecNumber) throws(BlockFailure) -> Double {
    switch n.value {
    case .literal(let x): return x
    case .expression(let e): return try evaluate(e)
    }
  }

  /// An optional number field, or a default.
  public func number(_ n: SpecNumber?, default value: Double) throws(BlockFailure) -> Double {
    guard let n else { return value }
    return try number(n)
  }

  /// Evaluates a global expression to a number.
  public func evaluate(_ e: SpecExpression) throws(BlockFailure) -> Double {
    let v = try evaluateValue(e, row: nil, results: UpstreamJSON(upstream))
    guard case .number(let x) = v else {
      throw BlockFailure(ExecuteDiagnostics.expressionFailed, .engine(.textNotNumber), at: e.range)
    }
    return x
  }

  /// Evaluates an expression for every row of a table (bare names are columns).
  public func evaluate(_ e: SpecExpression, over table: DataTable) throws(BlockFailure) -> [ExpressionValue] {
    var out: [ExpressionValue] = []
    out.reserveCapacity(table.rowCount)
    // One memo for all rows: a block's JSON is built once, not once per row.
    let results = UpstreamJSON(upstream)
    for r in 0..<table.rowCount { out.append(try evaluateValue(e, row: (table, r), results: results)) }
    return out
  }

  /// The rows of `table` where a row expression is true (nonzero and not NaN; text is false).
  public func rows(of table: DataTable, where e: SpecExpression) throws(BlockFailure) -> DataTable {
    let keep = try evaluate(e, over: table).map { v in
      if case .number(let x) = v { return x != 0 && !x.isNaN }
      return false
    }
    return table.filtered(keep)
  }

  private func evaluateValue(
    _ e: SpecExpression, row: (DataTable, Int)?, results: UpstreamJSON
  ) throws(BlockFailure) -> ExpressionValue {
    do {
      return try e.expression.evaluate { (ref: ExpressionReference) throws(ExpressionError) -> ExpressionValue in
        try lookup(ref, row: row, results: results)
      }
    } catch {
      throw BlockFailure(ExecuteDiagnostics.expressionFailed, error.message, at: e.range(of: error))
    }
  }

  /// Resolves one name: a column of the current row, `params.NAME`, or `ID.path` of a result.
  func lookup(_ ref: ExpressionReference, row: (DataTable, Int)?, results: UpstreamJSON) throws(ExpressionError)
    -> ExpressionValue
  {
    let path = ref.path
    if path.count == 1, let (table, r) = row {
      guard let c = table.column(path[0]) else {
        let unknown = EngineProblem.unknownColumn(
          name: path[0], didYouMean: Diagnostic.didYouMean(path[0], among: table.columnNames),
          columns: table.columnNames)
        throw ExpressionError(message: Words.diagnostic(.engine(unknown)), offset: ref.offset, length: ref.length)
      }
      switch c.values {
      case .numbers(let v): return .number(v[r])
      case .text(let v): return .string(v[r])
      }
    }
    return try ResultLookup.value(of: ref, params: params, results: results.json)
  }
}

/// The JSON of upstream results, each built on first use and kept for the evaluation.
final class UpstreamJSON {
  private let upstream: [String: any BlockResult]
  private var built: [String: JSONValue] = [:]

  init(_ upstream: [String: any BlockResult]) { self.upstream = upstream }

  func json(_ id: String) -> JSONValue? {
    if let j = built[id] { return j }
    let j = upstream[id]?.json
    built[id] = j
    return j
  }
}

/// Looks up `params.NAME` and `ID.path` references in parameters and block results.
public enum ResultLookup {
  public static func value(
    of ref: ExpressionReference, params: [String: ParamValue], results: (String) -> JSONValue?
  ) throws(ExpressionError) -> ExpressionValue {
    let path = ref.path
    if path.first == "params" {
      guard path.count == 2, let p = params[path[1]] else {
        let name = path.dropFirst().joined(separator: ".")
        let unknown = NotebookProblem.noParameter(
          name, didYouMean: Diagnostic.didYouMean(name, among: params.keys.sorted()))
        throw ExpressionError(message: Words.diagnostic(.notebook(unknown)), offset: ref.offset, length: ref.length)
      }
      switch p {
      case .number(let x): return .number(x)
      case .text(let s): return .string(s)
      }
    }
    guard let root = results(path[0]) else {
      throw ExpressionError(
        message: Words.diagnostic(.notebook(.noBlockOrColumn(path[0]))), offset: ref.offset, length: ref.length)
    }
    var node = root
    for (i, key) in path.dropFirst().enumerated() {
      guard let next = node.value(at: [key]) else {
        let at = path[0...i].joined(separator: ".")
        let keys = node.keys
        let missing = NotebookProblem.hasNo(
          at, key: key, didYouMean: Diagnostic.didYouMean(key, among: keys), keys: keys)
        throw ExpressionError(message: Words.diagnostic(.notebook(missing)), offset: ref.offset, length: ref.length)
      }
      node = next
    }
    switch node {
    case .number(let x): return .number(x)
    case .string(let s): return .string(s)
    case .bool(let b): return .number(b ? 1 : 0)
    case .null: return .number(.nan)
    case .object:
      if let est = node["estimate"]?.number { return .number(est) }
      throw ExpressionError(
        message: Words.diagnostic(.notebook(.groupNotNumber(ref.dotted, keys: node.keys))), offset: ref.offset,
        length: ref.length)
    case .array:
      throw ExpressionError(
        message: Words.diagnostic(.notebook(.listNeedsIndex(ref.dotted))), offset: ref.offset, length: ref.length)
    }
  }
}

/// The diagnostic ids of the execute stage that the engine itself raises.
public enum ExecuteDiagnostics {
  public static let notATable: DiagnosticID = "not-a-table"
  public static let expressionFailed: DiagnosticID = "expression-failed"
  public static let skipped: DiagnosticID = "skipped-after-error"
  public static let inlineValueFailed: DiagnosticID = "inline-value-failed"
}
