/// The engine's diagnostics of the notebook as a whole: reading it and its includes, blocks not
/// run, and the names inline values and expressions look up (LossbookEngine's `Pipeline/`).
public enum NotebookProblem: Sendable, Hashable {
  case unreadable(String)
  case notUTF8(String)
  // Includes; `chain` is the files joined by arrows, "a.md → b.md".
  case includesItself(String, chain: String)
  case removeIncludeHelp
  case includesTooDeep(levels: Int, chain: String)
  case includesTooDeepHelp
  /// `reason` is the file reader's own words.
  case includeUnreadable(String, reason: String)
  case includePathsHelp
  case includeNotUTF8(String)
  case saveAsUTF8Help
  // Blocks not run.
  case skipped(kind: String, block: String, failed: String)
  /// The results file's words for a skipped block.
  case notRun(failed: String)
  // Inline values and expressions.
  case ciNeedsInterval
  case blockHasNoValues(String)
  /// `didYouMean` is "did you mean 'x'?", or nil.
  case noParameter(String, didYouMean: String?)
  case noBlockOrColumn(String)
  /// `'d.columns' has no 'x'`, then the "did you mean" or else the names there are (if any).
  case hasNo(String, key: String, didYouMean: String?, keys: [String])
  case groupNotNumber(String, keys: [String])
  case listNeedsIndex(String)
}
