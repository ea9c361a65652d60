/// The diagnostics of a `table` block (`TableDiagnostics` in LossbookBlocks names their ids).
public enum TableProblem: Sendable, Hashable {
  case unknownFormat(String)
  case unknownFormatHelp
  case notAThreshold(block: String)
  case notAThresholdHelp
  case badRows
}

/// The diagnostics of an `explain` block (`ExplainDiagnostics` in LossbookBlocks).
public enum ExplainProblem: Sendable, Hashable {
  case notACollapse(block: String)
  case notACollapseHelp
  case notABudget(block: String)
  case notABudgetHelp
  case notAThreshold(block: String)
  /// A threshold block's result the explanation could not use, and why.
  case unusable(block: String, reason: ExplainUnusable)
  case notAThresholdHelp
  /// `problem` as the lint writes it.
  case numberMismatch(ExplainMismatch)
  case misleading(String)
  case noLanguage
  case unknownReason(String)
}

/// Why a threshold result cannot be explained.
public enum ExplainUnusable: Sendable, Hashable {
  case noVerdict, noEtaEstimate
  /// Neither `task:` nor the result's `y` names the task.
  case noTaskName
}

/// A number the explanation's self-check does not find where it should (`ExplainSelfCheck`):
/// numbers as the page writes them, formulas as their derivations do.
public enum ExplainMismatch: Sendable, Hashable {
  case notInResults(number: String, formula: String)
  case shouldRead(number: String, again: String, formula: String)
  case catalogueWritesNumber(text: String, number: String)
  case missingFromPage([String])
  case fromNowhere([String])
}

/// The diagnostics of an `explore` block (`ExploreDiagnostics` in LossbookBlocks).
public enum ExploreProblem: Sendable, Hashable {
  case notAFamily(block: String)
  case unknownTask(family: String, task: String)
  case unsupportedShape(task: String)
  case unsupportedShapeHelp
  case itemsOffGrid(items: Int, nearest: Int)
  case itemsOffGridHelp
  /// A preset that does not apply, and why.
  case badPreset(ExplorePresetProblem)
  case noPresetHelp
  case presetsHelp([String])
  case tooManyControls(Int)
  case notAControl(String)
  case controlsHelp([String])
}

/// Why a teaching preset does not apply to a task (`ExplorePresets`); `preset` as written.
public enum ExplorePresetProblem: Sendable, Hashable {
  case emergentNeedsHinge, smoothNeedsShape, mirageIsExactMatch
  case fewQuestionsNeedsItems(questions: Int)
  case noRise(preset: String)
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
