/// The progress line a render prints as it finishes a stage (`--verbose`), English in every
/// report language like the diagnostics: `Words.progress(.executed(blocks: 12, threads: 4))`.
public enum StageMessage: Sendable, Hashable {
  case analyzed(blocks: Int, inlineValues: Int)
  case executed(blocks: Int, threads: Int)
  case keptInMemory
  case printed(bytes: Int)
  case written(files: Int)
}
