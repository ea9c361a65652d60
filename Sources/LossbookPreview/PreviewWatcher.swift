import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a render read, as `stat` saw it: a change of any file's (or listed folder's) existence,
/// size, modification or change time, or inode (an editor that saves by renaming) is a change.
struct PreviewFingerprint: Equatable, Sendable {
  /// One path's state; nil fields mean the path did not exist.
  struct Entry: Equatable, Sendable {
    var exists: Bool
    var size: Int64
    var modified: Int64
    var changed: Int64
    var inode: UInt64
  }

  /// The state of each watched path, by path.
  var entries: [String: Entry]

  /// The state of `paths` now.
  init(_ paths: [String]) {
    var entries: [String: Entry] = [:]
    for path in paths { entries[path] = Self.entry(path) }
    self.entries = entries
  }

  /// `stat` of one path, following links (a link to a data file is watched through).
  static func entry(_ path: String) -> Entry {
    var info = stat()
    guard stat(path, &info) == 0 else { return Entry(exists: false, size: 0, modified: 0, changed: 0, inode: 0) }
    #if canImport(Darwin)
      let modified = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
      let changed = Int64(info.st_ctimespec.tv_sec) * 1_000_000_000 + Int64(info.st_ctimespec.tv_nsec)
    #else
      let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
      let changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
    #endif
    return Entry(
      exists: true, size: Int64(info.st_size), modified: modified, changed: changed, inode: UInt64(info.st_ino))
  }
}
