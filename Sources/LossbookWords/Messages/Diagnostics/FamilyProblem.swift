/// The diagnostics of a `family` block (`FamilyDiagnostics` in LossbookBlocks names their ids).
/// Numbers arrive formatted.
public enum FamilyProblem: Sendable, Hashable {
  case columnTaken(task: String, column: String)
  case columnTakenHelp
  case tooManyItemDraws(items: String, checkpoints: String, limit: String)
  case tooManyItemDrawsHelp
  case zeroWidth
  case badSharpness(String)
  case sharpnessHelp
  case negativeSpread
  case chanceNotOneOverK(String)
  case chanceNotOneOverKHelp
  case chanceNotOptions(random: String, options: Int)
  case chanceNotOptionsHelp
  case chanceOutside01(String)
  case ceilingAbove1(String)
  case chanceAboveCeiling(chance: String, ceiling: String)
  case chanceAboveCeilingHelp
  case notPositive(FamilyQuantity, String)
  /// The loss law's value at a run's size and tokens, as `sizeLabel` writes them ("300M").
  case lossNotPositive(loss: String, n: String, d: String)
  /// `field` a YAML key ("items", "checkpoints").
  case notWhole(field: String, value: String)
  case notWholeHelp
  case tooSmall(field: String, least: Int, value: String)
  case overLimit(field: String, value: String, limit: String)
  case tooManyItemsHelp
  case negativeNoise(String)
  /// `field` is `eta` or `mid`; the range as the runs' losses give it.
  case thresholdOutside(task: String, field: String, eta: String, lowest: String, highest: String, FamilyThresholdPlace)
  case thresholdOutsideHelp(field: String)
  case sizesWithoutTokens, sizesWithoutTokensHelp
  case tokensWithoutSizes, tokensWithoutSizesHelp
  case noRuns, noRunsHelp
  case emptyTokenList
  case tokensBackwards(to: String, from: String)
  case zeroCheckpoints
  case tooManyCheckpoints(count: String, limit: String)
  case tooManyCheckpointsHelp
  case runTableColumn(table: String, column: String, columns: [String])
  case runTableNotPositive(table: String, row: Int, n: String, d: String)
  case runTableEmpty(table: String)
  // Decoding a family's runs, law and tasks; `shape` and `field` as written in YAML.
  case tokenGridNeedsCount, tokenGridNeedsCountHelp
  case lawUnknownName(String)
  case lawParameterHelp(String)
  case taskNeedsField(shape: String, field: String)
  case addTaskField(field: String, task: String)
  case itemsNeedOptions
  case itemsNeedOptionsHelp(task: String)
  case tokenMetricNotExactMatch
  case tokenMetricHelp(shape: String)
  case brierWithoutOptions(exactMatch: Bool)
  case brierExactMatchHelp
  case brierOptionsHelp(task: String)
}

/// A number of a family that must be positive.
public enum FamilyQuantity: Sendable, Hashable {
  case modelSize, tokenCount, tokenStep
}

/// Where a task's threshold lies, when no run's losses reach it.
public enum FamilyThresholdPlace: Sendable, Hashable {
  case pastEveryRun, beforeEveryRun, betweenRuns
}
