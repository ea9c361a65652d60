import Foundation

/// The stage folders of publications in progress, so that an interrupted lossbook (SIGINT,
/// SIGTERM, SIGHUP) removes them before it exits.
///
/// The command line calls ``removeAllAndExit(status:)`` from its signal handler. The renames of
/// a publication run inside ``publishing(_:_:)``, which the handler waits for: an interruption
/// lands before a publication or after it, never in the middle.
public final class OutputTemporaries: @unchecked Sendable {
  /// The one registry of the process.
  public static let shared = OutputTemporaries()

  /// Guards `stages`, and is held for the whole of a publication.
  private let lock = NSLock()
  /// The registered stages: the output folder descriptor and the stage name.
  private var stages: [Int: (out: Int32, name: [UInt8])] = [:]
  /// The key of the next registration.
  private var nextKey = 0

  /// Records a stage folder; returns the key to unregister it with.
  func register(out: Int32, stage: [UInt8]) -> Int {
    lock.lock()
    defer { lock.unlock() }
    nextKey += 1
    stages[nextKey] = (out, stage)
    return nextKey
  }

  /// Forgets a stage folder (it was published or removed).
  func unregister(_ key: Int) {
    lock.lock()
    defer { lock.unlock() }
    stages[key] = nil
  }

  /// Runs `body` (the journal and the renames of stage `key`) with interruptions held off, and
  /// forgets the stage afterwards: the stage is then published or left for recovery.
  func publishing(_ key: Int, _ body: () throws(OutputError) -> Void) throws(OutputError) {
    lock.lock()
    defer {
      stages[key] = nil
      lock.unlock()
    }
    try body()
  }

  /// Removes every registered stage, then ends the process with `status` (never returns). Waits
  /// for a publication in progress to finish first.
  public func removeAllAndExit(status: Int32) -> Never {
    lock.lock()
    for stage in stages.values { ReportCommit.clean(out: stage.out, name: stage.name) }
    _exit(status)
  }
}
