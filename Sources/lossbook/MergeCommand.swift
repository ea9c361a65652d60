import ArgumentParser
import Foundation
import LossbookBlocks
import LossbookEngine

/// `lossbook merge PARTS --out DIR`
struct MergeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge",
    abstract:
      "Join the part files of render --shard K/N into the report, the same bytes as a render on one machine.")

  @Argument(help: "The folder the shards wrote their part files into.")
  var parts: String

  @Option(name: [.customShort("o"), .long], help: "Where the report goes.")
  var out: String = "Output"

  @Option(help: "The notebook, when the path the parts name does not lead to it from here.")
  var notebook: String?

  @Option(name: [.customShort("j"), .long], help: "Worker threads (default: the number of cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Option(name: .customLong("data-root"), help: "Let data blocks read files under this folder too (repeatable).")
  var dataRoot: [String] = []

  @Option(
    name: .customLong("lock-wait"),
    help: "Seconds to wait while another render publishes into the same output folder (default 60).")
  var lockWait: Int = 60

  func validate() throws {
    guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more") }
    guard (0...86_400).contains(lockWait) else { throw ValidationError("--lock-wait takes 0 to 86400 seconds") }
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
      print("\(parts) → \(out)/\(outcome.written[0]) (and \(outcome.written.count - 1) more files)")
    }
    if outcome.failed { throw ExitCode(1) }
  }
}
