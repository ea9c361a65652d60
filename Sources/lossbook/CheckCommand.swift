import ArgumentParser
import LossbookBlocks
import LossbookEngine

/// `lossbook check PATH...`: parse, decode and resolve; run nothing.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Parse, decode and resolve notebooks, read data files' headers; run nothing; report every problem.")

  @Argument(help: "Notebooks or folders of notebooks.")
  var paths: [String]

  @Option(name: [.customShort("p"), .long], help: "Override a front-matter parameter: NAME=VALUE (repeatable).")
  var param: [String] = []

  @Option(name: .customLong("data-root"), help: "Let data blocks read files under this folder too (repeatable).")
  var dataRoot: [String] = []

  func validate() throws {
    for p in param where ParamArgument.parse(p) == nil {
      throw ValidationError("--param takes NAME=VALUE, not '\(p)'")
    }
  }

  func run() throws {
    var options = RenderOptions()
    options.params = param.compactMap(ParamArgument.parse)
    options.dataRoots = dataRoot
    let pipeline = Pipeline(registry: standardRegistry)
    let notebooks = try NotebookPaths.expand(paths)
    try ParamCheck.validate(options.params, notebooks: notebooks.map(\.path), pipeline: pipeline)
    var failed = false
    for (path, _) in notebooks {
      let outcome = pipeline.check(path, options: options)
      DiagnosticOutput.write(outcome)
      if outcome.failed { failed = true } else { print("\(path): ok") }
    }
    if failed { throw ExitCode(1) }
  }
}
