import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Cleans up after renders that were killed while writing.
public enum AtomicAbandonedFiles {
  /// Deletes the temporary files (`.lossbook-tmp-<pid>-…`) in `folder` whose writing process no
  /// longer exists; returns their names. Files of a render still running (another lossbook
  /// writing into the same folder) are left alone.
  @discardableResult
  public static func remove(in folder: String) -> [String] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
    var removed: [String] = []
    for name in names.sorted() where name.hasPrefix(AtomicFolder.temporaryPrefix) {
      let rest = name.dropFirst(AtomicFolder.temporaryPrefix.count)
      guard let pid = Int32(rest.prefix { $0.isNumber }), pid > 0, !isAlive(pid) else { continue }
      if unlink(folder + "/" + name) == 0 { removed.append(name) }
    }
    return removed
  }

  /// Whether a process with this id exists (ours included).
  static func isAlive(_ pid: Int32) -> Bool {
    if pid == getpid() { return true }
    return kill(pid, 0) == 0 || errno == EPERM
  }
}
