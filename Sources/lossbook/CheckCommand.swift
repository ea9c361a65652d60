import ArgumentParser
import LossbookBlocks
import LossbookEngine

/// `lossbook check PATH...`: parse, decode and resolve; run nothing.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check", abstract: "Parse, decode and resolve notebooks; run nothing; report every problem.")

  @Argument(help: "Notebooks or folders of notebooks.")
  var paths: [String]

  @Option(name: [.customShort("p"), .long], help: "Override a front-matter parameter: NAME=VALUE (repeatable).")
  var param: [String] = []

  func run() throws {
    var options = RenderOptions()
    options.params = param.compactMap(ParamArgument.parse)
    let pipeline = Pipeline(registry: standardRegistry)
    var failed = false
    for (path, _) in try NotebookPaths.expand(paths) {
      let outcome = pipeline.check(path, options: options)
      DiagnosticOutput.write(outcome)
      if outcome.failed { failed = true } else { print("\(path): ok") }
    }
    if failed { throw ExitCode(1) }
  }
}
