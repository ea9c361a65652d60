#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Removes files that a batch no longer produces from the folders it owns.
enum AtomicStaleFiles {
  /// Deletes every regular file or symbolic link directly inside each folder whose identity is
  /// not in `keeping`; returns the removed paths (folder + "/" + name), sorted by name per folder.
  ///
  /// Subfolders are left alone. A missing folder is skipped. Every removal is attempted; the
  /// first failure is thrown at the end.
  static func remove(in folders: [String], keeping: Set<AtomicFolder.FileIdentity>) throws(AtomicWriteError) -> [String] {
    var removed: [String] = []
    var firstError: AtomicWriteError?
    for folderPath in folders {
      guard case .success(let fd) = DataFilePOSIX.openFolder(folderPath) else { continue }
      let folder = AtomicFolder(fd: fd)
      defer { folder.close() }
      for name in entryNames(fd).sorted(by: { $0.lexicographicallyPrecedes($1) }) {
        guard let identity = linkOrFileIdentity(name, in: fd), !keeping.contains(identity) else { continue }
        let path = folderPath + (folderPath.hasSuffix("/") ? "" : "/") + String(decoding: name, as: UTF8.self)
        let rc = DataFilePOSIX.withCString(name) { unlinkat(fd, $0, 0) }
        if rc == 0 {
          removed.append(path)
        } else if firstError == nil {
          firstError = AtomicWriteError(path: path, step: .removeStale, errno: errno)
        }
      }
      folder.sync()
    }
    if let firstError { throw firstError }
    return removed
  }

  /// The identity of `name` when it is a regular file or a symbolic link (not followed), else nil.
  private static func linkOrFileIdentity(_ name: [UInt8], in fd: Int32) -> AtomicFolder.FileIdentity? {
    var info = stat()
    let rc = DataFilePOSIX.withCString(name) { fstatat(fd, $0, &info, AT_SYMLINK_NOFOLLOW) }
    let type = info.st_mode & S_IFMT
    guard rc == 0, type == S_IFREG || type == S_IFLNK else { return nil }
    return AtomicFolder.FileIdentity(device: UInt64(truncatingIfNeeded: info.st_dev), inode: UInt64(truncatingIfNeeded: info.st_ino))
  }

  /// The names in an open folder, without `.` and `..`, as raw bytes.
  private static func entryNames(_ fd: Int32) -> [[UInt8]] {
    let copy = dup(fd)
    guard copy >= 0, let stream = fdopendir(copy) else {
      if copy >= 0 { DataFilePOSIX.closeQuietly(copy) }
      return []
    }
    defer { closedir(stream) }
    var names: [[UInt8]] = []
    while let entry = readdir(stream) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
      if name == Array(".".utf8) || name == Array("..".utf8) { continue }
      names.append(name)
    }
    return names
  }
}
