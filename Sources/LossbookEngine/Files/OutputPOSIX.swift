internal import CPlatform

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Byte-oriented POSIX steps of publishing a report, all relative to an open folder descriptor.
enum OutputPOSIX {
  /// What `lstat` says about one name: its type and identity.
  struct Entry: Equatable, Sendable {
    let type: mode_t
    let identity: AtomicFolder.FileIdentity

    var isFolder: Bool { type == S_IFDIR }
    var isRegularFile: Bool { type == S_IFREG }
    var isSymbolicLink: Bool { type == S_IFLNK }
  }

  /// `fstatat(fd, name, AT_SYMLINK_NOFOLLOW)`: the entry, nil when it does not exist, or the error.
  static func entry(_ fd: Int32, _ name: [UInt8]) -> Result<Entry?, DataFilePOSIX.Errno> {
    var info = stat()
    let rc = DataFilePOSIX.withCString(name) { fstatat(fd, $0, &info, AT_SYMLINK_NOFOLLOW) }
    if rc != 0 { return errno == ENOENT ? .success(nil) : .failure(.init(code: errno)) }
    let identity = AtomicFolder.FileIdentity(
      device: UInt64(truncatingIfNeeded: info.st_dev), inode: UInt64(truncatingIfNeeded: info.st_ino))
    return .success(Entry(type: info.st_mode & S_IFMT, identity: identity))
  }

  /// The names in an open folder, without `.` and `..`, sorted bytewise.
  static func names(in fd: Int32) -> Result<[[UInt8]], DataFilePOSIX.Errno> {
    let copy = dup(fd)
    guard copy >= 0 else { return .failure(.init(code: errno)) }
    guard let stream = fdopendir(copy) else {
      let code = errno
      DataFilePOSIX.closeQuietly(copy)
      return .failure(.init(code: code))
    }
    defer { closedir(stream) }
    rewinddir(stream)
    var names: [[UInt8]] = []
    while let item = readdir(stream) {
      let name = withUnsafeBytes(of: item.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
      if name == [0x2E] || name == [0x2E, 0x2E] { continue }
      names.append(name)
    }
    return .success(names.sorted { $0.lexicographicallyPrecedes($1) })
  }

  /// Opens the folder `name` inside `fd` without following a symbolic link.
  static func openFolder(_ fd: Int32, _ name: [UInt8]) -> Result<Int32, DataFilePOSIX.Errno> {
    DataFilePOSIX.openAt(fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
  }

  /// Creates the folder `name` inside `fd`.
  static func makeFolder(_ fd: Int32, _ name: [UInt8], mode: mode_t) -> Result<Void, DataFilePOSIX.Errno> {
    let rc = DataFilePOSIX.withCString(name) { mkdirat(fd, $0, mode) }
    return rc == 0 ? .success(()) : .failure(.init(code: errno))
  }

  /// Creates the new file `name` inside `fd` (never an existing one), writes `bytes` and syncs it.
  static func writeNewFile(_ fd: Int32, _ name: [UInt8], _ bytes: [UInt8]) -> Result<Void, DataFilePOSIX.Errno> {
    let flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC
    let file: Int32
    switch DataFilePOSIX.openAt(fd, name, flags, mode: 0o666) {
    case .success(let opened): file = opened
    case .failure(let error): return .failure(error)
    }
    let written = AtomicFolder.writeAll(bytes, to: file)
    let closed = close(file) == 0 ? 0 : errno
    if case .failure = written { return written }
    return closed == 0 ? .success(()) : .failure(.init(code: closed))
  }

  /// Reads the regular file `name` inside `fd` (not following a link), at most `limit` bytes; nil
  /// when it is missing, not a regular file, larger than `limit`, or unreadable.
  static func readSmallFile(_ fd: Int32, _ name: [UInt8], limit: Int) -> [UInt8]? {
    guard case .success(let file) = DataFilePOSIX.openAt(fd, name, DataFilePOSIX.fileFlags | O_NOFOLLOW) else {
      return nil
    }
    defer { DataFilePOSIX.closeQuietly(file) }
    guard case .success(let status) = DataFilePOSIX.status(file), status.isRegular, status.size <= limit else {
      return nil
    }
    guard case .bytes(let bytes) = DataFilePOSIX.readAll(file, expected: status.size, limit: limit) else { return nil }
    return bytes
  }

  /// `renameat2` with `flags` (0, `LB_RENAME_NOREPLACE` or `LB_RENAME_EXCHANGE`); 0 or the error number.
  static func rename(_ fromFD: Int32, _ from: [UInt8], _ toFD: Int32, _ to: [UInt8], flags: UInt32 = 0) -> Int32 {
    let rc = DataFilePOSIX.withCString(from) { source in
      DataFilePOSIX.withCString(to) { target in
        flags == 0 ? renameat(fromFD, source, toFD, target) : lb_renameat2(fromFD, source, toFD, target, flags)
      }
    }
    return rc == 0 ? 0 : errno
  }

  /// Removes the file `name` inside `fd`; 0 or the error number (a missing file is not an error).
  @discardableResult
  static func removeFile(_ fd: Int32, _ name: [UInt8]) -> Int32 {
    let rc = DataFilePOSIX.withCString(name) { unlinkat(fd, $0, 0) }
    return rc == 0 || errno == ENOENT ? 0 : errno
  }

  /// Removes the empty folder `name` inside `fd`; 0 or the error number (missing is not an error).
  @discardableResult
  static func removeEmptyFolder(_ fd: Int32, _ name: [UInt8]) -> Int32 {
    let rc = DataFilePOSIX.withCString(name) { unlinkat(fd, $0, AT_REMOVEDIR) }
    return rc == 0 || errno == ENOENT ? 0 : errno
  }

  /// The path `folder/name` as text, for messages.
  static func display(_ folder: String, _ name: [UInt8]) -> String {
    let tail = String(decoding: name, as: UTF8.self)
    if folder.isEmpty || folder == "." { return tail }
    return folder.hasSuffix("/") ? folder + tail : folder + "/" + tail
  }
}
