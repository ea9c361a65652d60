/// The diagnostics of a `table` block (`TableDiagnostics` in LossbookBlocks names their ids).
public enum TableProblem: Sendable, Hashable {
  case unknownFormat(String)
  case unknownFormatHelp
  case notAThreshold(block: String)
  case notAThresholdHelp
}

/// The diagnostics of an `explain` block (`ExplainDiagnostics` in LossbookBlocks).
public enum ExplainProblem: Sendable, Hashable {
  case notACollapse(block: String)
  case notACollapseHelp
  case notABudget(block: String)
  case notABudgetHelp
  case notAThreshold(block: String)
  /// A threshold block's result the explanation could not use, and why.
  case unusable(block: String, reason: String)
  case notAThresholdHelp
  /// `mismatch` and `problem` as the checks write them.
  case numberMismatch(String)
  case misleading(String)
  case noLanguage
  case unknownReason(String)
}

/// The diagnostics of an `explore` block (`ExploreDiagnostics` in LossbookBlocks).
public enum ExploreProblem: Sendable, Hashable {
  case notAFamily(block: String)
  case unknownTask(family: String, task: String)
  case unsupportedShape(task: String)
  case unsupportedShapeHelp
  case itemsOffGrid(items: Int, nearest: Int)
  case itemsOffGridHelp
  /// A preset that does not apply, as the explorer says why.
  case badPreset(reason: String)
  case noPresetHelp
  case presetsHelp([String])
  case tooManyControls(Int)
  case notAControl(String)
  case controlsHelp([String])
}

/// Diagnostics shared by several kinds: columns and display labels.
public enum ColumnProblem: Sendable, Hashable {
  case holdsText(column: String)
  case notALabelKey(name: String, LabelKey, known: [String])
  case labelKeyHelp
}

/// What a `labels:` key may name.
public enum LabelKey: Sendable, Hashable {
  case column, columnOrGroup, columnOrRun, columnOrTextValue
}
