import ArgumentParser
import Foundation
import LossbookBlocks
import LossbookEngine
import LossbookPreview
import LossbookWords

/// `lossbook preview notebook.md [--port N]`: serves the report on 127.0.0.1 and updates the
/// open page whenever the notebook or a file it reads changes. Writes nothing.
struct PreviewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "preview",
    abstract: Words.command(.abstract(.preview)))

  @Argument(help: ArgumentHelp(Words.command(.help(.previewNotebook))))
  var notebook: String

  @Option(help: ArgumentHelp(Words.command(.help(.port))))
  var port: Int = 4848

  @Option(name: [.customShort("p"), .long], help: ArgumentHelp(Words.command(.help(.param))))
  var param: [String] = []

  @Option(help: ArgumentHelp(Words.command(.help(.seed))))
  var seed: UInt32?

  @Option(name: [.customShort("j"), .long], help: ArgumentHelp(Words.command(.help(.jobs))))
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Option(name: .customLong("data-root"), help: ArgumentHelp(Words.command(.help(.dataRoot))))
  var dataRoot: [String] = []

  func validate() throws {
    guard (0...65_535).contains(port) else { throw ValidationError(Words.command(.portRange)) }
    guard jobs >= 1 else { throw ValidationError(Words.command(.jobsAtLeastOne)) }
    for p in param where ParamArgument.parse(p) == nil {
      throw ValidationError(Words.command(.paramForm(given: p)))
    }
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: notebook, isDirectory: &isFolder) else {
      throw ValidationError(Words.command(.noSuchNotebook(notebook)))
    }
    if isFolder.boolValue {
      throw ValidationError(Words.command(.notebookIsFolder(notebook)))
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
      throw PreviewFailure(
        description: Words.command(.cannotListen(port: port, system: PreviewFailure.words(error), suggestPort: false)))
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
        let line = Words.command(.previewRendered(file: outcome.file?.path, failed: outcome.failed))
        FileHandle.standardError.write(Data((line + "\n").utf8))
      }
      FileHandle.standardOutput.write(
        Data((Words.command(.previewing(notebook: notebook, port: Int(bound))) + "\n").utf8))
    }
    done.wait()
    session.stop()
    if let error = outcome.error {
      throw PreviewFailure(
        description: Words.command(
          .cannotListen(port: port, system: PreviewFailure.words(error), suggestPort: port != 0)))
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
