import ArgumentParser
import Foundation
import LossbookBlocks
import LossbookEngine

/// `lossbook render PATH...`
struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render", abstract: "Render notebooks (a folder means every *.md inside it and its subfolders).")

  @Argument(help: "Notebooks or folders of notebooks.")
  var paths: [String]

  @Option(name: [.customShort("o"), .long], help: "Where reports go.")
  var out: String = "Output"

  @Option(name: [.customShort("p"), .long], help: "Override a front-matter parameter: NAME=VALUE (repeatable).")
  var param: [String] = []

  @Option(help: "Override the notebook's seed.")
  var seed: UInt32?

  @Option(name: [.customShort("j"), .long], help: "Worker threads (default: the number of cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Flag(name: .customLong("no-cache"), help: "Neither read nor write the block cache (this version always recomputes).")
  var noCache = false

  @Flag(help: "Render failed blocks as error boxes; the exit status stays 1.")
  var keepGoing = false

  @Option(name: .customLong("data-root"), help: "Let data blocks read files under this folder too (repeatable).")
  var dataRoot: [String] = []

  @Flag(name: [.customShort("v"), .long], help: "Report each pipeline stage and its time on standard error.")
  var verbose = false

  func validate() throws {
    guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more") }
    for p in param where ParamArgument.parse(p) == nil {
      throw ValidationError("--param takes NAME=VALUE, not '\(p)'")
    }
  }

  func run() throws {
    var options = RenderOptions()
    options.outputDirectory = out
    options.params = param.compactMap(ParamArgument.parse)
    options.seed = seed
    options.jobs = jobs
    options.useCache = !noCache
    options.keepGoing = keepGoing
    options.dataRoots = dataRoot
    if verbose {
      options.progress = { stage, line in
        FileHandle.standardError.write(Data("lossbook: [\(stage.rawValue)] \(line)\n".utf8))
      }
    }
    let pipeline = Pipeline(registry: standardRegistry)
    let notebooks = try NotebookPaths.expand(paths)
    try ParamCheck.validate(options.params, notebooks: notebooks.map(\.path), pipeline: pipeline)
    var failed = false
    for (path, subfolder) in notebooks {
      var opts = options
      let dir = subfolder.isEmpty ? out : out + "/" + subfolder
      opts.outputDirectory = dir
      let outcome = pipeline.render(path, options: opts)
      DiagnosticOutput.write(outcome)
      if outcome.failed { failed = true }
      if !outcome.written.isEmpty {
        print("\(path) → \(dir)/\(outcome.written[0]) (and \(outcome.written.count - 1) more files)")
      }
    }
    if failed { throw ExitCode(1) }
  }
}

/// Reads `NAME=VALUE`.
enum ParamArgument {
  static func parse(_ s: String) -> (name: String, value: String)? {
    guard let eq = s.firstIndex(of: "="), eq != s.startIndex else { return nil }
    return (String(s[..<eq]), String(s[s.index(after: eq)...]))
  }
}
