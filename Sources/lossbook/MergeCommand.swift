import ArgumentParser
import Foundation
import LossbookBlocks
import LossbookEngine
import LossbookWords

/// `lossbook merge PARTS --out DIR`
struct MergeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge",
    abstract: Words.command(.abstract(.merge)))

  @Argument(help: ArgumentHelp(Words.command(.help(.parts))))
  var parts: String

  @Option(name: [.customShort("o"), .long], help: ArgumentHelp(Words.command(.help(.mergeOut))))
  var out: String = "Output"

  @Option(help: ArgumentHelp(Words.command(.help(.mergeNotebook))))
  var notebook: String?

  @Option(name: [.customShort("j"), .long], help: ArgumentHelp(Words.command(.help(.jobs))))
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Option(name: .customLong("data-root"), help: ArgumentHelp(Words.command(.help(.dataRoot))))
  var dataRoot: [String] = []

  @Option(
    name: .customLong("lock-wait"),
    help: ArgumentHelp(Words.command(.help(.lockWait))))
  var lockWait: Int = 60

  func validate() throws {
    guard jobs >= 1 else { throw ValidationError(Words.command(.jobsAtLeastOne)) }
    guard (0...86_400).contains(lockWait) else { throw ValidationError(Words.command(.lockWaitRange)) }
    try OutputFolderArgument.validate(out)
  }

  func run() throws {
    var options = RenderOptions()
    options.outputDirectory = out
    options.jobs = jobs
    options.dataRoots = dataRoot
    options.lockWait = .seconds(lockWait)
    InterruptCleanup.install()
    let outcome: NotebookOutcome
    do {
      outcome = try Pipeline(registry: standardRegistry).merge(partsFolder: parts, notebook: notebook, options: options)
    } catch {
      FileHandle.standardError.write(Data("error: \(error.message)\n  help: \(error.help)\n".utf8))
      throw ExitCode(1)
    }
    DiagnosticOutput.write(outcome)
    if !outcome.written.isEmpty {
      print(
        Words.command(.wrote(source: parts, first: "\(out)/\(outcome.written[0])", more: outcome.written.count - 1)))
    }
    if outcome.failed { throw ExitCode(1) }
  }
}
