import LossbookCore
import LossbookSyntax

/// How `lossbook render` runs; the command line fills it in.
public struct RenderOptions: Sendable {
  /// Where reports go.
  public var outputDirectory: String = "Output"
  /// `--param NAME=VALUE` overrides, in the order given.
  public var params: [(name: String, value: String)] = []
  /// `--seed N`, overriding the notebook's seed.
  public var seed: UInt32?
  /// The report's language, in place of the notebook's `lang` (the tests render every notebook
  /// in the pseudo-language `en-XA`).
  public var language: ReportLanguage?
  /// Worker threads.
  public var jobs: Int = 2
  /// Render failed blocks as error boxes instead of stopping.
  public var keepGoing: Bool = false
  /// Extra folders data blocks may read from, besides the notebook's own.
  public var dataRoots: [String] = []
  /// The notebook path written into the outputs; nil means relative to the working folder.
  public var notebookLabel: String?
  /// How long to wait for another render publishing into the same output folder (`--lock-wait`).
  public var lockWait: Duration = .seconds(60)
  /// Prints the page to `<name>.pdf`, published with the rest (`--to pdf`); nil prints nothing.
  public var printer: (any ReportPrinter)?
  /// Where every file the render asks for is noted (`lossbook preview` watches them).
  public var readLog: DataFileReadLog?
  /// Called as each stage ends, with the stage and a line about it (`--verbose`).
  public var progress: (@Sendable (PipelineStage, String) -> Void)?
  /// `--shard K/N`: compute the K-th slice of every sharded block and write a part file
  /// (`<name>.part-K-of-N.json`) into `outputDirectory` instead of a report.
  public var shard: ShardPlan?
  /// Set by `merge`: every sharded block's parts by block id, read instead of computed.
  public var parts: [String: [JSONValue]] = [:]
  /// Called as long blocks finish replicates (block id, done, total), for a progress line.
  public var blockProgress: (@Sendable (_ block: String, _ done: Int, _ total: Int) -> Void)?

  public init() {}
}
