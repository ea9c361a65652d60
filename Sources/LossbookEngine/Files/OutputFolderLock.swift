import Foundation
import LossbookWords

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One publication at a time per output folder: an exclusive `flock` on the folder itself.
///
/// The lock is held only while a render publishes (seconds at most), not while it computes. A
/// second render waits for it up to a limit, then stops with a message and writes nothing. The
/// kernel releases the lock when its holder dies, so a killed render never leaves it behind.
enum OutputFolderLock {
  /// Takes the lock on the open folder `fd` (shown as `path`), waiting at most `limit`.
  static func acquire(_ fd: Int32, path: String, waiting limit: Duration) throws(OutputError) {
    let clock = ContinuousClock()
    let deadline = clock.now.advanced(by: limit)
    while true {
      if flock(fd, LOCK_EX | LOCK_NB) == 0 { return }
      let code = errno
      if code == EINTR { continue }
      guard code == EWOULDBLOCK else { throw .system(.lock, path, errno: code) }
      if clock.now >= deadline {
        throw OutputError(.lockTimeout(folder: path, seconds: limit.components.seconds), help: .lockTimeoutHelp)
      }
      usleep(20_000)
    }
  }

  /// Releases the lock (closing the folder would too).
  static func release(_ fd: Int32) {
    _ = flock(fd, LOCK_UN)
  }
}
