import LossbookSyntax

/// How `lossbook render` runs; the command line fills it in.
public struct RenderOptions: Sendable {
  /// Where reports go.
  public var outputDirectory: String = "Output"
  /// `--param NAME=VALUE` overrides, in the order given.
  public var params: [(name: String, value: String)] = []
  /// `--seed N`, overriding the notebook's seed.
  public var seed: UInt32?
  /// Worker threads.
  public var jobs: Int = 2
  /// Read and write the block cache.
  public var useCache: Bool = true
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

  public init() {}
}
