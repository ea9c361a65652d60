import LossbookSyntax
import LossbookWords

/// What `check` offers a block: its id, the parameters, the confined data files and the columns
/// of the tables made by the blocks it depends on, where those are known without running them.
public struct CheckContext: Sendable {
  public let blockID: String
  /// The range of the block's kind word, where block-level problems point.
  public let blockRange: SourceRange
  public let params: [String: ParamValue]
  public let dataFiles: DataFileOpener
  /// Block id → the columns its table will have, for the blocks whose columns are known.
  let knownColumns: [String: [String]]

  /// The columns the table of block `id` will have, or nil when they are known only by running it.
  public func columns(of id: String) -> [String]? { knownColumns[id] }

  /// The problems of `references`: each names a column the referenced table will not have.
  public func unknownColumns(_ references: [ColumnReference]) -> [BlockFailure] {
    references.compactMap { ref in
      guard let columns = columns(of: ref.table), !columns.contains(ref.column.value) else { return nil }
      return Self.unknownColumn(ref.column, among: columns, noun: ref.noun)
    }
  }

  /// "no column 'x' (columns: ...)" with a "did you mean", as the execute stage says it.
  public static func unknownColumn(_ name: Located<String>, among columns: [String], noun: String = "column")
    -> BlockFailure
  {
    BlockFailure(
      "unknown-column",
      .engine(.unknownName(noun: noun, name: name.value, known: columns)), at: name.range,
      help: Diagnostic.didYouMean(name.value, among: columns))
  }

  /// The problems of a row expression over `columns`: each bare name that is not a column, in the
  /// words the execute stage uses when it evaluates the expression.
  public static func unknownNames(in e: SpecExpression, columns: [String]) -> [BlockFailure] {
    e.expression.references.filter { $0.path.count == 1 && !columns.contains($0.path[0]) }.map { ref in
      let name = ref.path[0]
      return BlockFailure(
        ExecuteDiagnostics.expressionFailed,
        .engine(
          .unknownColumn(name: name, didYouMean: Diagnostic.didYouMean(name, among: columns), columns: columns)),
        at: e.range(of: ref))
    }
  }

  /// The bare names of a row expression (its column names), each with where it is written.
  public static func columnNames(in e: SpecExpression) -> [Located<String>] {
    e.expression.references.filter { $0.path.count == 1 }.map { Located($0.path[0], at: e.range(of: $0)) }
  }
}

/// A column that a block names in another block's table, such as `y: MMLU` with `table: ladder`.
public struct ColumnReference: Sendable {
  /// The id of the block whose table must have the column.
  public var table: String
  public var column: Located<String>
  /// What the name is called in messages: "column", or "task" for a family's task.
  public var noun: String

  /// A reference to `column` of the table of block `table`.
  public init(table: String, column: Located<String>, noun: String = "column") {
    self.table = table
    self.column = column
    self.noun = noun
  }
}

/// What `check` found in one block without running it.
public struct StaticCheck: Sendable {
  /// The problems; the same words the execute stage would use.
  public var problems: [BlockFailure]
  /// The columns this block's table will have, when known (nil: unknown, or the block makes none).
  public var columns: [String]?

  /// The problems found and, when known, the columns of the block's table.
  public init(problems: [BlockFailure] = [], columns: [String]? = nil) {
    self.problems = problems
    self.columns = columns
  }
}
