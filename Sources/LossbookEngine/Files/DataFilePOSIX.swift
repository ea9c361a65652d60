#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Thin, byte-oriented wrappers around the POSIX calls the data-file opener needs.
enum DataFilePOSIX {
  /// Flags for opening the data file itself: never blocks on a FIFO, never grabs a terminal.
  static let fileFlags: Int32 = O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC
  /// Flags for opening a data folder to list it.
  static let folderFlags: Int32 = O_RDONLY | O_DIRECTORY | O_CLOEXEC

  /// Calls `body` with `bytes` as a NUL-terminated C string.
  static func withCString<T>(_ bytes: [UInt8], _ body: (UnsafePointer<CChar>) -> T) -> T {
    let terminated = bytes + [0]
    return terminated.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        guard let base = chars.baseAddress else { preconditionFailure("a terminated C string is never empty") }
        return body(base)
      }
    }
  }

  /// Opens a root folder, returning the descriptor or the error number.
  static func openFolder(_ path: String) -> Result<Int32, Errno> {
    let fd = retrying { open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
    return fd >= 0 ? .success(fd) : .failure(Errno(code: errno))
  }

  /// `openat(dirfd, path, flags, mode)`, retried on `EINTR`.
  static func openAt(_ dirfd: Int32, _ path: [UInt8], _ flags: Int32, mode: mode_t = 0) -> Result<Int32, Errno> {
    let fd = withCString(path) { name in retrying { openat(dirfd, name, flags, mode) } }
    return fd >= 0 ? .success(fd) : .failure(Errno(code: errno))
  }

  /// True when `name` inside `dirfd` is a symbolic link (checked without following it).
  static func isSymbolicLink(_ dirfd: Int32, _ name: [UInt8]) -> Bool {
    var info = stat()
    let rc = withCString(name) { fstatat(dirfd, $0, &info, AT_SYMLINK_NOFOLLOW) }
    return rc == 0 && (info.st_mode & S_IFMT) == S_IFLNK
  }

  /// The kernel's absolute path for an open descriptor, read from `/proc/self/fd`; nil without `/proc`.
  static func kernelPath(of fd: Int32) -> [UInt8]? {
    #if os(Linux)
      return readLink(Array("/proc/self/fd/\(fd)".utf8))
    #else
      return nil
    #endif
  }

  /// The target of a symbolic link as raw bytes, or nil.
  static func readLink(_ path: [UInt8]) -> [UInt8]? {
    var capacity = 4096
    while capacity <= 1 << 20 {
      var buffer = [UInt8](repeating: 0, count: capacity)
      let count = withCString(path) { name in
        buffer.withUnsafeMutableBufferPointer { out in
          out.withMemoryRebound(to: CChar.self) { chars -> Int in
            guard let base = chars.baseAddress else { return -1 }
            return readlink(name, base, capacity)
          }
        }
      }
      if count < 0 { return nil }
      if count < capacity { return Array(buffer[0..<count]) }
      capacity *= 2
    }
    return nil
  }

  /// The file type and size of an open descriptor.
  static func status(_ fd: Int32) -> Result<(isRegular: Bool, size: Int), Errno> {
    var info = stat()
    guard fstat(fd, &info) == 0 else { return .failure(Errno(code: errno)) }
    return .success(((info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size)))
  }

  /// Reads `fd` to the end. Returns `.tooLarge(count)` as soon as more than `limit` bytes arrive.
  static func readAll(_ fd: Int32, expected: Int, limit requested: Int) -> ReadOutcome {
    let limit = min(max(requested, 0), Int.max / 2)
    var buffer = [UInt8](repeating: 0, count: min(max(expected, 0), limit) + 1)
    var count = 0
    while true {
      if count > limit { return .tooLarge(count) }
      if count == buffer.count {
        buffer.append(contentsOf: repeatElement(0, count: min(max(count, 65_536), limit + 1 - count)))
      }
      let got = buffer.withUnsafeMutableBytes { raw -> Int in
        guard let base = raw.baseAddress else { return 0 }
        return retrying { read(fd, base + count, raw.count - count) }
      }
      if got < 0 { return .failed(Errno(code: errno)) }
      if got == 0 { break }
      count += got
    }
    if count > limit { return .tooLarge(count) }
    buffer.removeLast(buffer.count - count)
    return .bytes(buffer)
  }

  /// Reads at most `count` bytes from the start of `fd` (fewer at the end of the file).
  static func readPrefix(_ fd: Int32, count: Int) -> [UInt8] {
    var buffer = [UInt8](repeating: 0, count: max(count, 0))
    var got = 0
    while got < buffer.count {
      let n = buffer.withUnsafeMutableBytes { raw -> Int in
        guard let base = raw.baseAddress else { return 0 }
        return retrying { read(fd, base + got, raw.count - got) }
      }
      if n <= 0 { break }
      got += n
    }
    buffer.removeLast(buffer.count - got)
    return buffer
  }

  /// The entries of an open folder (taking ownership of `fd`), without hidden names, sorted by
  /// their bytes; names that are not UTF-8 are skipped.
  static func listFolder(_ fd: Int32) -> [DataFileEntry] {
    guard let dir = fdopendir(fd) else {
      closeQuietly(fd)
      return []
    }
    defer { closedir(dir) }
    var entries: [(bytes: [UInt8], entry: DataFileEntry)] = []
    while let item = readdir(dir) {
      let bytes = withUnsafeBytes(of: item.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
      guard let first = bytes.first, first != UInt8(ascii: "."),
        let name = String(validating: bytes, as: UTF8.self)
      else { continue }
      var info = stat()
      let isFolder = withCString(bytes) { fstatat(fd, $0, &info, 0) } == 0 && (info.st_mode & S_IFMT) == S_IFDIR
      entries.append((bytes, DataFileEntry(name: name, isFolder: isFolder)))
    }
    return entries.sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) }.map(\.entry)
  }

  /// Repeats a system call while it fails with `EINTR`.
  static func retrying<T: BinaryInteger>(_ call: () -> T) -> T {
    while true {
      let result = call()
      if result >= 0 || errno != EINTR { return result }
    }
  }

  /// The C library's description of an error number, e.g. "Permission denied".
  static func describe(errno code: Int32) -> String {
    guard let text = strerror(code) else { return "error \(code)" }
    return String(cString: text)
  }

  /// Closes a descriptor, ignoring errors (read-only descriptors lose nothing).
  static func closeQuietly(_ fd: Int32) { _ = close(fd) }

  /// An error number from a failed call.
  struct Errno: Error, Equatable, Sendable { let code: Int32 }

  /// The result of ``readAll(_:expected:limit:)``.
  enum ReadOutcome {
    case bytes([UInt8])
    case tooLarge(Int)
    case failed(Errno)
  }
}
