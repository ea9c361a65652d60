import Foundation

/// The stage folders of publications in progress, so that an interrupted lossbook (SIGINT,
/// SIGTERM, SIGHUP) removes them before it exits.
///
/// The command line calls ``removeAllAndExit(status:)`` from its signal handler. Writing a stage
/// and publishing it run inside ``holding(_:)``, which the handler waits for: an interruption
/// lands before, between or after them, never while a stage is being written or swapped in.
public final class OutputTemporaries: @unchecked Sendable {
  /// The one registry of the process.
  public static let shared = OutputTemporaries()

  /// The registered stages; changed only inside ``holding(_:)``.
  struct Registry {
    /// A stage folder: the open output folder and the stage's name in it.
    struct Stage {
      let out: Int32
      let name: [UInt8]
    }

    /// The stages by key.
    fileprivate(set) var stages: [Int: Stage] = [:]
    /// The key of the last registration.
    private var lastKey = 0

    /// Records a stage folder; returns the key to remove it with.
    mutating func add(out: Int32, stage: [UInt8]) -> Int {
      lastKey += 1
      stages[lastKey] = Stage(out: out, name: stage)
      return lastKey
    }

    /// Forgets a stage folder (published, removed, or left for recovery).
    mutating func remove(_ key: Int) { stages[key] = nil }
  }

  /// Held by ``holding(_:)`` and by the signal handler.
  private let lock = NSLock()
  /// The registry.
  private var registry = Registry()

  /// Runs `body` with interruptions held off, giving it the registry to change.
  func holding<T>(_ body: (inout Registry) throws(OutputError) -> T) throws(OutputError) -> T {
    lock.lock()
    defer { lock.unlock() }
    return try body(&registry)
  }

  /// Removes every registered stage, then ends the process with `status` (never returns). Waits
  /// for a stage being written or published to be finished first.
  public func removeAllAndExit(status: Int32) -> Never {
    lock.lock()
    for stage in registry.stages.values { ReportCommit.clean(out: stage.out, name: stage.name) }
    _exit(status)
  }
}
