import ArgumentParser
import Foundation
import LossbookBlocks
import LossbookEngine
import LossbookWords

/// `lossbook render PATH...`
struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render", abstract: Words.command(.abstract(.render)))

  @Argument(help: ArgumentHelp(Words.command(.help(.notebooks))))
  var paths: [String]

  @Option(name: [.customShort("o"), .long], help: ArgumentHelp(Words.command(.help(.out))))
  var out: String = "Output"

  @Option(name: [.customShort("p"), .long], help: ArgumentHelp(Words.command(.help(.param))))
  var param: [String] = []

  @Option(help: ArgumentHelp(Words.command(.help(.seed))))
  var seed: UInt32?

  @Option(name: [.customShort("j"), .long], help: ArgumentHelp(Words.command(.help(.jobs))))
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Flag(help: ArgumentHelp(Words.command(.help(.keepGoing))))
  var keepGoing = false

  @Option(name: .customLong("data-root"), help: ArgumentHelp(Words.command(.help(.dataRoot))))
  var dataRoot: [String] = []

  @Flag(name: [.customShort("v"), .long], help: ArgumentHelp(Words.command(.help(.verbose))))
  var verbose = false

  @Option(help: ArgumentHelp(Words.command(.help(.to))))
  var to: ReportFormat = .html

  @Option(help: ArgumentHelp(Words.command(.help(.chromium))))
  var chromium: String?

  @Option(
    name: .customLong("lock-wait"),
    help: ArgumentHelp(Words.command(.help(.lockWait))))
  var lockWait: Int = 60

  @Option(
    help: ArgumentHelp(Words.command(.help(.shard)), valueName: "K/N"))
  var shard: String?

  func validate() throws {
    if let shard, ShardPlan.parse(shard) == nil {
      throw ValidationError(Words.command(.shardForm(given: shard)))
    }
    guard jobs >= 1 else { throw ValidationError(Words.command(.jobsAtLeastOne)) }
    guard (0...86_400).contains(lockWait) else { throw ValidationError(Words.command(.lockWaitRange)) }
    try OutputFolderArgument.validate(out)
    if to == .html, chromium != nil { throw ValidationError(Words.command(.chromiumNeedsPDF)) }
    for p in param where ParamArgument.parse(p) == nil {
      throw ValidationError(Words.command(.paramForm(given: p)))
    }
  }

  func run() throws {
    var options = RenderOptions()
    options.outputDirectory = out
    options.params = param.compactMap(ParamArgument.parse)
    options.seed = seed
    options.jobs = jobs
    options.keepGoing = keepGoing
    options.dataRoots = dataRoot
    options.lockWait = .seconds(lockWait)
    options.shard = shard.flatMap(ShardPlan.parse)
    options.blockProgress = ProgressLine.standardError()?.report
    if to == .pdf {
      do {
        options.printer = ChromiumPrinter(executable: try ChromiumLocator.find(explicit: chromium))
      } catch {
        throw NoChromium(description: error.message + "; " + (error.help ?? ""))
      }
    }
    if verbose {
      options.progress = { stage, line in
        FileHandle.standardError.write(Data("lossbook: [\(stage.rawValue)] \(line)\n".utf8))
      }
    }
    let pipeline = Pipeline(registry: standardRegistry)
    let notebooks = try NotebookPaths.expand(paths)
    try ParamCheck.validate(options.params, notebooks: notebooks.map(\.path), pipeline: pipeline)
    var failed = false
    InterruptCleanup.install()
    for (path, subfolder) in notebooks {
      var opts = options
      let dir = subfolder.isEmpty ? out : out + "/" + subfolder
      opts.outputDirectory = dir
      let outcome = pipeline.render(path, options: opts)
      DiagnosticOutput.write(outcome)
      if outcome.failed { failed = true }
      if options.shard != nil, let part = outcome.written.first {
        print(Words.command(.wroteShard(source: path, part: "\(dir)/\(part)", shard: shard ?? "", folder: dir)))
      } else if !outcome.written.isEmpty {
        print(
          Words.command(.wrote(source: path, first: "\(dir)/\(outcome.written[0])", more: outcome.written.count - 1)))
      }
    }
    if failed { throw ExitCode(1) }
  }
}

/// What `render` writes: the HTML report, or the HTML and a PDF of it.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
  case html, pdf
}

/// `--to pdf` without a Chromium to print with: a wrong set-up (exit status 2), printed as words.
struct NoChromium: Error, CustomStringConvertible {
  let description: String
}

/// Reads `NAME=VALUE`.
enum ParamArgument {
  static func parse(_ s: String) -> (name: String, value: String)? {
    guard let eq = s.firstIndex(of: "="), eq != s.startIndex else { return nil }
    return (String(s[..<eq]), String(s[s.index(after: eq)...]))
  }
}

/// Checks `--out` before anything runs: not empty, not the file-system root, not a file.
enum OutputFolderArgument {
  /// Throws a command-line error (exit status 2) saying what is wrong with `out`.
  static func validate(_ out: String) throws {
    guard !out.isEmpty else {
      throw ValidationError(Words.command(.outEmpty))
    }
    if out.utf8.allSatisfy({ $0 == UInt8(ascii: "/") }) || ReportDestination.realPath(out) == "/" {
      throw ValidationError(Words.command(.outIsRoot(out)))
    }
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: out, isDirectory: &isFolder), !isFolder.boolValue {
      throw ValidationError(Words.command(.outIsFile(out)))
    }
  }
}

/// Removes a render's temporary files when it is interrupted (SIGINT, SIGTERM, SIGHUP): the
/// signal is handled on a queue of its own, which waits for a publication in progress, removes
/// the stage folders and exits with 128 + the signal number.
enum InterruptCleanup {
  /// The installed signal sources, kept alive for the life of the process.
  nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

  /// Installs the handlers (once).
  static func install() {
    guard sources.isEmpty else { return }
    let queue = DispatchQueue(label: "lossbook.interrupt")
    for number in [SIGINT, SIGTERM, SIGHUP] {
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
      source.setEventHandler { OutputTemporaries.shared.removeAllAndExit(status: 128 + number) }
      source.resume()
      sources.append(source)
    }
  }
}
