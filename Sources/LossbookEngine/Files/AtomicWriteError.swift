import LossbookWords

/// Why an output file could not be written.
///
/// After any error from ``AtomicWriter`` or ``AtomicWriteBatch/commit()`` before the rename step,
/// the previous outputs are untouched and no temporary file is left behind.
public struct AtomicWriteError: Error, Equatable, Sendable {
  /// The stage that failed.
  public enum Step: Sendable, Equatable {
    /// The destination path is empty or names a folder.
    case invalidPath
    /// The destination's folder could not be created or opened.
    case createFolder
    /// The temporary file beside the destination could not be created.
    case createTemporaryFile
    /// Writing or syncing the temporary file failed (e.g. the disk is full).
    case write
    /// The destination is a folder, or renaming the temporary file over it failed.
    case rename
  }

  /// The destination path as the caller gave it.
  public var path: String
  /// The stage that failed.
  public var step: Step
  /// The C error number, or 0 when there is none.
  public var errno: Int32

  /// Creates an error.
  public init(path: String, step: Step, errno: Int32) {
    self.path = path
    self.step = step
    self.errno = errno
  }

  /// A plain-English explanation, e.g. "could not create the folder for 'Output/a.html': Not a directory".
  public var message: String {
    let reason = errno == 0 ? nil : DataFilePOSIX.describe(errno: errno)
    let problem: OutputProblem =
      switch step {
      case .invalidPath: .notAFilePath(path)
      case .createFolder: .folderNotCreated(for: path, reason: reason)
      case .createTemporaryFile: .temporaryNotCreated(nextTo: path, reason: reason)
      case .write: .notWritten(path, reason: reason)
      case .rename: .notReplaced(path, reason: reason)
      }
    return Words.diagnostic(.output(problem))
  }
}
