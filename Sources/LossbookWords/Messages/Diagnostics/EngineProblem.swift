/// Diagnostics of the engine that any block can meet at execution: references to other blocks,
/// expressions, columns and fixed limits (`ExecuteDiagnostics`, `LimitDiagnostics`).
public enum EngineProblem: Sendable, Hashable {
  case noResult(block: String)
  case notATable(block: String)
  case notATableHelp
  case textNotNumber
  /// "no column 'x' (columns: a, b)"; `noun` is what the name should have been ("column").
  case unknownName(noun: String, name: String, known: [String])
  /// A row expression's unknown name, with the "did you mean" when there is one.
  case unknownColumn(name: String, didYouMean: String?, columns: [String])
  /// A count over its fixed limit (`SpecLimit`), the value as `SpecLimit.show` writes it.
  case overLimit(name: String, value: String, maximum: Int)
}
