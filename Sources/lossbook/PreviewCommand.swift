import ArgumentParser
import Foundation
import LossbookBlocks
import LossbookEngine
import LossbookPreview

/// `lossbook preview notebook.md [--port N]`: serves the report on 127.0.0.1 and updates the
/// open page whenever the notebook or a file it reads changes. Writes nothing.
struct PreviewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "preview",
    abstract: "Serve a notebook's report on 127.0.0.1, re-rendered and updated in the page whenever a file it reads "
      + "changes; writes nothing.")

  @Argument(help: "The notebook.")
  var notebook: String

  @Option(help: "The port on 127.0.0.1 (0 picks a free one).")
  var port: Int = 4848

  @Option(name: [.customShort("p"), .long], help: "Override a front-matter parameter: NAME=VALUE (repeatable).")
  var param: [String] = []

  @Option(help: "Override the notebook's seed.")
  var seed: UInt32?

  @Option(name: [.customShort("j"), .long], help: "Worker threads (default: the number of cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Option(name: .customLong("data-root"), help: "Let data blocks read files under this folder too (repeatable).")
  var dataRoot: [String] = []

  func validate() throws {
    guard (0...65_535).contains(port) else { throw ValidationError("--port takes 0 to 65535 (0 picks a free port)") }
    guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more") }
    for p in param where ParamArgument.parse(p) == nil {
      throw ValidationError("--param takes NAME=VALUE, not '\(p)'")
    }
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: notebook, isDirectory: &isFolder) else {
      throw ValidationError("cannot read the notebook '\(notebook)': no such file")
    }
    if isFolder.boolValue {
      throw ValidationError("'\(notebook)' is a folder; preview takes one notebook, e.g. \(notebook)/quickstart.md")
    }
  }

  func run() throws {
    var options = RenderOptions()
    options.params = param.compactMap(ParamArgument.parse)
    options.seed = seed
    options.jobs = jobs
    options.dataRoots = dataRoot
    let pipeline = Pipeline(registry: standardRegistry)
    try ParamCheck.validate(options.params, notebooks: [notebook], pipeline: pipeline)
    let session = PreviewSession(notebook: notebook, pipeline: pipeline, options: options)
    let server: PreviewServer
    do {
      server = try PreviewServer(session: session, port: UInt16(port))
    } catch {
      throw PreviewFailure(description: "cannot listen on 127.0.0.1:\(port): \(PreviewFailure.words(error))")
    }
    let outcome = ServerOutcome()
    let done = DispatchSemaphore(value: 0)
    Task {
      do { try await server.run() } catch { outcome.set(error) }
      done.signal()
    }
    Task {
      guard let bound = try? await server.waitUntilListening() else { return }
      session.watch { outcome in
        DiagnosticOutput.write(outcome)
        let stamp = outcome.failed ? "has errors (shown in the page)" : "rendered"
        FileHandle.standardError.write(Data("lossbook: \(outcome.file?.path ?? "the notebook") \(stamp)\n".utf8))
      }
      FileHandle.standardOutput.write(
        Data("Previewing \(notebook) at http://127.0.0.1:\(bound)/ (Ctrl-C stops)\n".utf8))
    }
    done.wait()
    session.stop()
    if let error = outcome.error {
      let hint = port == 0 ? "" : "; choose another port with --port N (--port 0 picks a free one)"
      throw PreviewFailure(description: "cannot listen on 127.0.0.1:\(port): \(PreviewFailure.words(error))\(hint)")
    }
  }
}

/// What stopped the server, kept for the main thread.
final class ServerOutcome: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: Error?
  func set(_ error: Error) {
    lock.lock()
    stored = error
    lock.unlock()
  }
  var error: Error? {
    lock.lock()
    defer { lock.unlock() }
    return stored
  }
}

/// A preview that cannot start: printed as words, exit status 2.
struct PreviewFailure: Error, CustomStringConvertible {
  let description: String

  /// The system's own words for a socket error ("Address already in use").
  static func words(_ error: Error) -> String {
    if let error = error as? PreviewServerError { return error.message }
    return error.localizedDescription
  }
}
