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

  @Flag(help: "Render failed blocks as error boxes; the exit status stays 1.")
  var keepGoing = false

  @Option(name: .customLong("data-root"), help: "Let data blocks read files under this folder too (repeatable).")
  var dataRoot: [String] = []

  @Flag(name: [.customShort("v"), .long], help: "Report each pipeline stage and its time on standard error.")
  var verbose = false

  @Option(help: "html, or pdf: the HTML and, next to it, the page printed by headless Chromium.")
  var to: ReportFormat = .html

  @Option(help: "The Chromium that prints --to pdf (default: LOSSBOOK_CHROMIUM, then chromium on the PATH).")
  var chromium: String?

  @Option(
    name: .customLong("lock-wait"),
    help: "Seconds to wait while another render publishes into the same output folder (default 60).")
  var lockWait: Int = 60

  @Option(
    help: ArgumentHelp(
      "Run the K-th of N slices of every sweep's replicates and write a part file into --out, not a report.",
      valueName: "K/N"))
  var shard: String?

  func validate() throws {
    if let shard, ShardPlan.parse(shard) == nil {
      throw ValidationError(
        "--shard takes K/N with 1 ≤ K ≤ N (such as --shard 2/4), not '\(shard)'")
    }
    guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more") }
    guard (0...86_400).contains(lockWait) else { throw ValidationError("--lock-wait takes 0 to 86400 seconds") }
    try OutputFolderArgument.validate(out)
    if to == .html, chromium != nil { throw ValidationError("--chromium is for --to pdf") }
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
        print("\(path) → \(dir)/\(part) (shard \(shard ?? ""); join the parts with lossbook merge \(dir) --out DIR)")
      } else if !outcome.written.isEmpty {
        print("\(path) → \(dir)/\(outcome.written[0]) (and \(outcome.written.count - 1) more files)")
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
      throw ValidationError("--out is empty; give the folder reports go to, e.g. --out Output")
    }
    if out.utf8.allSatisfy({ $0 == UInt8(ascii: "/") }) || ReportDestination.realPath(out) == "/" {
      throw ValidationError(
        "--out '\(out)' is the file-system root; lossbook writes reports into a folder of their own, e.g. --out Output")
    }
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: out, isDirectory: &isFolder), !isFolder.boolValue {
      throw ValidationError("--out '\(out)' is an existing file, not a folder; choose a folder for the reports")
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
