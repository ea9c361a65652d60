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
  // The resolve stage: block ids and the order they run in (`ResolveDiagnostics`).
  case duplicateID(String)
  case duplicateIDHelp
  case firstDefinedHere(String)
  case refersToItself(block: String)
  case noBlock(id: String)
  /// The blocks of a cycle, quoted and joined by arrows: "'a' → 'b' → 'a'".
  case cycle(String)
  case cycleWaitsHelp, cycleHelp
  case isHere(String)
  // The resolve stage: inline values and expressions.
  case unknownInlineFormat(String)
  case inlineFormatHelp
  case paramsNeedsName(example: String)
  case noParameter(String)
  case declareParamsHelp
  case paramsNameHelp(parameters: [String])
  case declareParamHelp
  case blockNeedsValue(block: String)
  case unknownExpressionName(String)
  case unknownNameHelp
}
