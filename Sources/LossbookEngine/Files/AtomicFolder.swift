#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An open output folder, with the POSIX steps of an atomic write relative to it.
///
/// All names are single path components as raw bytes; every call is `*at(fd, …)`, so the folder
/// cannot be swapped between steps.
struct AtomicFolder {
  /// The open folder descriptor.
  let fd: Int32

  /// The prefix of temporary files, followed by the writer's process id and a random suffix
  /// (`.lossbook-tmp-4242-Ab3xYz`); abandoned ones can be recognised and removed by it.
  static let temporaryPrefix = ".lossbook-tmp-"

  /// Creates `path` and its missing parents (like `mkdir -p`), then opens it.
  static func open(creating path: [UInt8]) -> Result<AtomicFolder, DataFilePOSIX.Errno> {
    let slash = UInt8(ascii: "/")
    var prefix: [UInt8] = path.first == slash ? [slash] : []
    for part in path.split(separator: slash) {
      if let last = prefix.last, last != slash { prefix.append(slash) }
      prefix.append(contentsOf: part)
      let rc = DataFilePOSIX.withCString(prefix) { mkdir($0, 0o777) }
      if rc != 0 && errno != EEXIST && !isExistingFolder(prefix) { return .failure(.init(code: errno)) }
    }
    let flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC
    return DataFilePOSIX.openAt(AT_FDCWD, path.isEmpty ? [UInt8(ascii: ".")] : path, flags).map(AtomicFolder.init)
  }

  /// True when `path` names an existing folder (following symbolic links, like `mkdir -p`).
  private static func isExistingFolder(_ path: [UInt8]) -> Bool {
    var info = stat()
    let rc = DataFilePOSIX.withCString(path) { stat($0, &info) }
    return rc == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  /// Creates a new, uniquely named temporary file in the folder; returns its name and descriptor.
  func createTemporaryFile() -> Result<(name: [UInt8], fd: Int32), DataFilePOSIX.Errno> {
    let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8)
    var generator = SystemRandomNumberGenerator()
    var lastError: Int32 = EEXIST
    for _ in 0..<100 {
      var name = Array((Self.temporaryPrefix + "\(getpid())-").utf8)
      for _ in 0..<6 { name.append(alphabet[Int(generator.next(upperBound: UInt(alphabet.count)))]) }
      let flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC
      switch DataFilePOSIX.openAt(fd, name, flags, mode: 0o666) {
      case .success(let file): return .success((name, file))
      case .failure(let error):
        lastError = error.code
        if error.code != EEXIST { return .failure(error) }
      }
    }
    return .failure(.init(code: lastError))
  }

  /// Writes all of `bytes` to `file`, then `fsync`s it.
  static func writeAll(_ bytes: [UInt8], to file: Int32) -> Result<Void, DataFilePOSIX.Errno> {
    let failure: Int32? = bytes.withUnsafeBytes { raw -> Int32? in
      guard let base = raw.baseAddress else { return nil }
      var written = 0
      while written < raw.count {
        let count = DataFilePOSIX.retrying { write(file, base + written, raw.count - written) }
        if count < 0 { return errno }
        written += count
      }
      return nil
    }
    if let failure { return .failure(.init(code: failure)) }
    if fsync(file) != 0 { return .failure(.init(code: errno)) }
    return .success(())
  }

  /// The device and inode of an open file, identifying it across the rename.
  static func identity(of file: Int32) -> FileIdentity? {
    var info = stat()
    guard fstat(file, &info) == 0 else { return nil }
    return FileIdentity(device: UInt64(truncatingIfNeeded: info.st_dev), inode: UInt64(truncatingIfNeeded: info.st_ino))
  }

  /// True when `name` in the folder exists and is a folder (a file cannot be renamed over it).
  func isFolder(_ name: [UInt8]) -> Bool {
    var info = stat()
    let rc = DataFilePOSIX.withCString(name) { fstatat(fd, $0, &info, AT_SYMLINK_NOFOLLOW) }
    return rc == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  /// Renames `from` over `to`, both in this folder.
  func rename(_ from: [UInt8], over to: [UInt8]) -> Result<Void, DataFilePOSIX.Errno> {
    let rc = DataFilePOSIX.withCString(from) { source in
      DataFilePOSIX.withCString(to) { target in renameat(fd, source, fd, target) }
    }
    return rc == 0 ? .success(()) : .failure(.init(code: errno))
  }

  /// Removes the file `name`, ignoring errors (used for cleanup).
  func removeQuietly(_ name: [UInt8]) {
    _ = DataFilePOSIX.withCString(name) { unlinkat(fd, $0, 0) }
  }

  /// Makes completed renames durable. Errors are ignored: some file systems refuse to sync folders.
  func sync() { _ = fsync(fd) }

  /// Closes the folder.
  func close() { DataFilePOSIX.closeQuietly(fd) }

  /// A file's device and inode numbers.
  struct FileIdentity: Hashable, Sendable {
    let device: UInt64
    let inode: UInt64
  }
}
