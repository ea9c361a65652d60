import LossbookWords

/// Why a notebook's data file could not be opened.
///
/// Every case carries the path exactly as the notebook wrote it; ``message`` never shows an
/// absolute path other than one the user wrote.
public enum DataFileError: Error, Equatable, Sendable {
  /// The path is empty, or names the root folder itself (only `.` and `/` parts).
  case empty
  /// The path starts with `/`.
  case absolute(String)
  /// The path has a `..` component.
  case parentComponent(String)
  /// The path contains a NUL byte.
  case nul
  /// The opened file turned out to lie outside every allowed root (through a symbolic link).
  /// `resolved` is the kernel's absolute path of the file, or empty when it could not be
  /// determined (symbolic links are refused outright when `/proc` is unavailable).
  case outsideRoot(path: String, resolved: String)
  /// No root holds a file with that name.
  case notFound(String)
  /// The name exists but is a folder, FIFO, device or socket.
  case notRegularFile(String)
  /// The file is larger than the size cap.
  case tooLarge(String, bytes: Int, limit: Int)
  /// The operating system refused to open or read the file.
  case unreadable(String, errno: Int32)
  /// A folder or glob names more files than a data block reads.
  case tooMany(String, limit: Int)

  /// A plain-English explanation for the report and the terminal, when only the notebook's folder
  /// is allowed.
  public var message: String { message(dataRoots: false) }

  /// A plain-English explanation; `dataRoots` says whether `--data-root` folders were given, so the
  /// fix names the folders that apply instead of an option already in use.
  public func message(dataRoots: Bool) -> String { Words.diagnostic(key(dataRoots: dataRoots)) }

  /// The words-module key of ``message(dataRoots:)``.
  public func key(dataRoots: Bool) -> DiagnosticMessage {
    switch self {
    case .empty: .file(.emptyPath(dataRoots: dataRoots))
    case .absolute(let path): .file(.absolutePath(path, dataRoots: dataRoots))
    case .parentComponent(let path): .file(.leavesFolder(path, dataRoots: dataRoots))
    case .nul: .file(.nulInPath)
    case .outsideRoot(let path, let resolved):
      resolved.isEmpty
        ? .file(.uncheckedLink(path, dataRoots: dataRoots)) : .file(.linkOutside(path, dataRoots: dataRoots))
    case .notFound(let path): .file(.notFound(path, dataRoots: dataRoots))
    case .notRegularFile(let path): .file(.notRegularFile(path))
    case .tooLarge(let path, let bytes, let limit): .file(.tooLarge(path, bytes: bytes, limit: limit))
    case .unreadable(let path, let code): .file(.unreadable(path, reason: DataFilePOSIX.describe(errno: code)))
    case .tooMany(let path, let limit): .file(.tooManyFiles(upTo: path, limit: limit))
    }
  }

  /// The stable diagnostic identifier used in reports and `--explain`.
  public var diagnosticID: String {
    switch self {
    case .notFound: return "data-file-not-found"
    case .absolute, .parentComponent, .outsideRoot, .nul: return "path-outside-project"
    case .empty, .notRegularFile, .tooLarge, .unreadable, .tooMany: return "data-file-unreadable"
    }
  }
}
