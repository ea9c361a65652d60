import ArgumentParser
import LossbookBlocks
import LossbookEngine
import LossbookWords

/// `lossbook check PATH...`: parse, decode and resolve; run nothing.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: Words.command(.abstract(.check)))

  @Argument(help: ArgumentHelp(Words.command(.help(.notebooks))))
  var paths: [String]

  @Option(name: [.customShort("p"), .long], help: ArgumentHelp(Words.command(.help(.param))))
  var param: [String] = []

  @Option(name: .customLong("data-root"), help: ArgumentHelp(Words.command(.help(.dataRoot))))
  var dataRoot: [String] = []

  func validate() throws {
    for p in param where ParamArgument.parse(p) == nil {
      throw ValidationError(Words.command(.paramForm(given: p)))
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
      if outcome.failed { failed = true } else { print(Words.command(.checked(path))) }
    }
    if failed { throw ExitCode(1) }
  }
}
