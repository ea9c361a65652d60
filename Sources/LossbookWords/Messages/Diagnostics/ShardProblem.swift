/// The problems `lossbook merge` finds in the part files of `render --shard` (`ShardError` in
/// LossbookEngine).
public enum ShardProblem: Sendable, Hashable {
  case notebookUnreadable(String)
  case notebookUnreadableHelp
  case notebookChanged(String)
  case notebookChangedHelp
  case notAPart(String)
  case notAPartHelp
  case folderUnreadable(String)
  case folderUnreadableHelp
  case noParts(folder: String)
  case noPartsHelp(folder: String)
  case otherNotebook(String, first: String)
  case otherNotebookHelp
  /// The seeds as `SpecLimit.show` writes them.
  case otherSeed(String, seed: String, first: String, firstSeed: String)
  case otherSeedHelp
  case otherParameters(String, first: String)
  case otherParametersHelp
  case otherCount(String, count: Int, first: String, firstCount: Int)
  case otherCountHelp
  case twice(shard: Int, of: Int, first: String, second: String)
  case twiceHelp
  case missing(shards: [Int], of: Int, folder: String)
  /// The commands that render the missing shards of `notebook` into `folder`.
  case missingHelp(notebook: String, shards: [Int], of: Int, folder: String)
}
