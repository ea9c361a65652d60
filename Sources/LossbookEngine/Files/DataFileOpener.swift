internal import CPlatform

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a notebook's data file while keeping it inside the allowed folders.
///
/// Every loader must go through this type. A path is checked lexically first (see
/// ``DataFileError``), then opened relative to each root in turn; the first root that has the
/// name wins. First choice: `openat2` with `RESOLVE_BENEATH` (Linux 5.6+), which the kernel
/// refuses to resolve outside the root, race-free, symbolic links inside allowed. A link that
/// leaves its root (`EXDEV`), or a kernel without `openat2`, goes to the second recipe: with
/// `/proc` the file is opened with `openat` and the kernel is asked where it really is, so a link
/// into another allowed root works and anything else is refused. Without `/proc` the path is
/// walked one component at a time with `O_NOFOLLOW`, which refuses every symbolic link.
public struct DataFileOpener: Sendable {
  /// The allowed folders, in search order: the notebook's folder, then `--data-root` folders.
  public let roots: [String]
  /// How symbolic links are checked; tests force the fallback.
  var strategy: Strategy = .automatic
  /// Where every path asked for is noted (`lossbook preview` watches them); nil notes nothing.
  public var readLog: DataFileReadLog?

  /// How a path is opened beneath a root.
  enum Strategy: Sendable {
    /// Ask the kernel through `/proc`, falling back to the component walk.
    case automatic
    /// Always walk components with `O_NOFOLLOW`.
    case componentWalk
  }

  /// Creates an opener for absolute folder paths: the notebook's folder, plus `--data-root` folders.
  public init(roots: [String]) {
    self.roots = roots
  }

  /// Reads the whole data file at `relativePath` (relative to the roots), at most `maxBytes` bytes.
  public func read(_ relativePath: String, maxBytes: Int = 256 << 20) throws(DataFileError) -> [UInt8] {
    readLog?.note(relativePath, roots: roots)
    let path = try DataFileRelativePath(relativePath)
    let fd = try open(path, flags: DataFilePOSIX.fileFlags)
    defer { DataFilePOSIX.closeQuietly(fd) }
    return try readRegularFile(fd, path: path.original, limit: maxBytes)
  }

  /// Reads at most the first `maxBytes` bytes of the data file at `relativePath` (for `check`,
  /// which needs only a header); a file larger than `sizeLimit` is refused as a read would be.
  public func readPrefix(_ relativePath: String, maxBytes: Int, sizeLimit: Int = .max) throws(DataFileError)
    -> [UInt8]
  {
    readLog?.note(relativePath, roots: roots)
    let path = try DataFileRelativePath(relativePath)
    let fd = try open(path, flags: DataFilePOSIX.fileFlags)
    defer { DataFilePOSIX.closeQuietly(fd) }
    switch DataFilePOSIX.status(fd) {
    case .failure(let error): throw .unreadable(path.original, errno: error.code)
    case .success(let info):
      guard info.isRegular else { throw .notRegularFile(path.original) }
      if info.size > sizeLimit { throw .tooLarge(path.original, bytes: info.size, limit: sizeLimit) }
    }
    return DataFilePOSIX.readPrefix(fd, count: maxBytes)
  }

  /// True when `relativePath` names a folder beneath a root (through the same confinement as a read).
  public func isFolder(_ relativePath: String) -> Bool {
    readLog?.note(relativePath, roots: roots)
    guard let path = try? DataFileRelativePath(relativePath),
      let fd = try? open(path, flags: DataFilePOSIX.folderFlags)
    else { return false }
    DataFilePOSIX.closeQuietly(fd)
    return true
  }

  /// The entries of the folder at `relativePath` (never `.`, `..` or hidden names), sorted by their
  /// bytes. The folder is opened exactly like a file, so a listing cannot leave the roots either;
  /// each entry says whether it is a folder (following links, which a later read checks again).
  /// `.` lists the roots themselves (each name once, the first root's entry winning).
  public func list(_ relativePath: String) throws(DataFileError) -> [DataFileEntry] {
    readLog?.note(relativePath, roots: roots)
    if relativePath == "." {
      var seen: Set<String> = []
      var out: [DataFileEntry] = []
      for root in openRoots() {
        for entry in DataFilePOSIX.listFolder(root.fd) where seen.insert(entry.name).inserted { out.append(entry) }
      }
      return out.sorted { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) }
    }
    let path = try DataFileRelativePath(relativePath)
    let fd = try open(path, flags: DataFilePOSIX.folderFlags)
    return DataFilePOSIX.listFolder(fd)
  }

  /// Opens `path` beneath the first root that has it, with `flags`; see the type's comment.
  private func open(_ path: DataFileRelativePath, flags: Int32) throws(DataFileError) -> Int32 {
    let opened = openRoots()
    defer { for root in opened { DataFilePOSIX.closeQuietly(root.fd) } }
    let useKernelPath = strategy == .automatic && !opened.isEmpty && opened.allSatisfy { $0.realPath != nil }
    let allowed = opened.compactMap(\.realPath)
    for root in opened {
      let fd: Int32?
      if strategy == .automatic, let beneath = try openBeneath(path, in: root.fd, flags: flags) {
        fd = beneath.fd
      } else if useKernelPath {
        fd = try openCheckingKernelPath(path, in: root.fd, allowed: allowed, flags: flags)
      } else {
        fd = try openByWalking(path, in: root.fd, flags: flags)
      }
      if let fd { return fd }
    }
    throw .notFound(path.original)
  }

  /// A root folder opened for the duration of one read.
  private struct OpenRoot {
    let fd: Int32
    /// The kernel's absolute path of the root, or nil without `/proc`.
    let realPath: [UInt8]?
  }

  /// Opens every root that exists; roots that cannot be opened are skipped.
  private func openRoots() -> [OpenRoot] {
    roots.compactMap { root in
      guard case .success(let fd) = DataFilePOSIX.openFolder(root) else { return nil }
      return OpenRoot(fd: fd, realPath: DataFilePOSIX.kernelPath(of: fd))
    }
  }

  /// What `openat2` found: a descriptor, or nothing beneath this root.
  private struct Beneath {
    let fd: Int32?
  }

  /// Recipe A: `openat2` with `RESOLVE_BENEATH`. Nil when the other recipes must decide (no
  /// `openat2` here, or a symbolic link that leaves this root and may land in another).
  private func openBeneath(_ path: DataFileRelativePath, in rootfd: Int32, flags: Int32) throws(DataFileError)
    -> Beneath?
  {
    let fd = DataFilePOSIX.withCString(path.bytes) { lb_openat2_beneath(rootfd, $0, flags) }
    if fd >= 0 { return Beneath(fd: fd) }
    switch errno {
    case ENOENT, ENOTDIR: return Beneath(fd: nil)
    case EXDEV, ENOSYS, EPERM, EINVAL, E2BIG, ELOOP: return nil
    default: throw .unreadable(path.original, errno: errno)
    }
  }

  /// Recipe C: `openat`, then check the kernel's path of the opened file. Nil when not present.
  private func openCheckingKernelPath(
    _ path: DataFileRelativePath, in rootfd: Int32, allowed: [[UInt8]], flags: Int32
  ) throws(DataFileError) -> Int32? {
    switch DataFilePOSIX.openAt(rootfd, path.bytes, flags) {
    case .failure(let error):
      if error.code == ENOENT || error.code == ENOTDIR { return nil }
      throw .unreadable(path.original, errno: error.code)
    case .success(let fd):
      guard let resolved = DataFilePOSIX.kernelPath(of: fd) else {
        DataFilePOSIX.closeQuietly(fd)
        throw .unreadable(path.original, errno: errno)
      }
      guard allowed.contains(where: { Self.isBeneath(resolved, root: $0) }) else {
        DataFilePOSIX.closeQuietly(fd)
        throw .outsideRoot(path: path.original, resolved: String(decoding: resolved, as: UTF8.self))
      }
      return fd
    }
  }

  /// Recipe B: walk the components with `O_NOFOLLOW`, refusing every symbolic link.
  private func openByWalking(
    _ path: DataFileRelativePath, in rootfd: Int32, flags lastFlags: Int32
  ) throws(DataFileError) -> Int32? {
    var dirfd = rootfd
    defer { if dirfd != rootfd { DataFilePOSIX.closeQuietly(dirfd) } }
    for (index, name) in path.components.enumerated() {
      let isLast = index == path.components.count - 1
      var flags = isLast ? lastFlags : (O_RDONLY | O_CLOEXEC | O_DIRECTORY)
      flags |= O_NOFOLLOW
      if isLast && path.trailingSlash { flags |= O_DIRECTORY }
      switch DataFilePOSIX.openAt(dirfd, name, flags) {
      case .success(let fd):
        if isLast { return fd }
        if dirfd != rootfd { DataFilePOSIX.closeQuietly(dirfd) }
        dirfd = fd
      case .failure(let error):
        if error.code == ENOENT { return nil }
        if DataFilePOSIX.isSymbolicLink(dirfd, name) {
          throw .outsideRoot(path: path.original, resolved: "")
        }
        if error.code == ENOTDIR { return nil }
        throw .unreadable(path.original, errno: error.code)
      }
    }
    return nil
  }

  /// Requires a regular file within the size cap, then reads it.
  private func readRegularFile(_ fd: Int32, path: String, limit: Int) throws(DataFileError) -> [UInt8] {
    let size: Int
    switch DataFilePOSIX.status(fd) {
    case .failure(let error): throw .unreadable(path, errno: error.code)
    case .success(let info):
      guard info.isRegular else { throw .notRegularFile(path) }
      size = info.size
    }
    if size > limit { throw .tooLarge(path, bytes: size, limit: limit) }
    switch DataFilePOSIX.readAll(fd, expected: size, limit: limit) {
    case .bytes(let bytes): return bytes
    case .tooLarge(let count): throw .tooLarge(path, bytes: count, limit: limit)
    case .failed(let error): throw .unreadable(path, errno: error.code)
    }
  }

  /// True when `path` lies strictly beneath `root`, comparing bytes (never canonical Unicode).
  static func isBeneath(_ path: [UInt8], root: [UInt8]) -> Bool {
    var prefix = root
    if prefix.last != UInt8(ascii: "/") { prefix.append(UInt8(ascii: "/")) }
    return path.count > prefix.count && path.starts(with: prefix)
  }
}

/// One entry of a data folder listing.
public struct DataFileEntry: Sendable, Equatable {
  /// The entry's name inside its folder.
  public let name: String
  /// True for a folder (or a link to one).
  public let isFolder: Bool
}
