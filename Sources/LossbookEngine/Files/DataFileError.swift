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
  public func message(dataRoots: Bool) -> String {
    let folders = dataRoots ? "the notebook's folder or a --data-root folder" : "the notebook's folder"
    let widen = dataRoots ? "" : " (use --data-root DIR to allow another folder)"
    switch self {
    case .empty:
      return "the data file path is empty or names a folder; write the path of a file relative to \(folders)"
    case .absolute(let path):
      return "'\(path)' is an absolute path; write the path relative to \(folders)"
    case .parentComponent(let path):
      return dataRoots
        ? "'\(path)' leaves the notebook's folder and the --data-root folders; data files must be inside one of "
          + "them (paths are relative to each, in that order)"
        : "'\(path)' leaves the notebook's folder; data files must be inside it\(widen)"
    case .nul:
      return "the data file path contains a NUL character"
    case .outsideRoot(let path, let resolved):
      if resolved.isEmpty {
        return "'\(path)' goes through a symbolic link, which cannot be checked on this system; "
          + "data files must be inside \(folders)\(widen)"
      }
      return "'\(path)' is a symbolic link to a file outside \(folders); data files must be inside it\(widen)"
    case .notFound(let path):
      return dataRoots
        ? "data file '\(path)' was not found in the notebook's folder or a --data-root folder "
          + "(paths are relative to each of them, in that order)"
        : "data file '\(path)' was not found next to the notebook (paths are relative to the notebook's folder)"
    case .notRegularFile(let path):
      return "'\(path)' is not a regular file (it is a folder, pipe or device)"
    case .tooLarge(let path, let bytes, let limit):
      return "data file '\(path)' is too large (\(bytes) bytes; the limit is \(limit) bytes)"
    case .unreadable(let path, let code):
      return "data file '\(path)' could not be read: \(DataFilePOSIX.describe(errno: code))"
    case .tooMany(let path, let limit):
      return "the path names more than \(limit) files (the limit), up to '\(path)'; name a smaller folder or glob"
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
