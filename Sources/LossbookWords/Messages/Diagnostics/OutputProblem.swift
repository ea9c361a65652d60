/// Why a report could not be written (`OutputError`, `AtomicWriteError` in LossbookEngine): the
/// destination refused before anything runs, a file in the way, or a failed system call.
public enum OutputProblem: Sendable, Hashable {
  // The destination (`ReportDestination`).
  case emptyFolder, emptyFolderHelp
  case rootFolder(String)
  case rootFolderHelp
  /// The side folder is or holds the notebook (`notebook`) or a folder data is read from.
  case sideFolderHoldsInput(folder: String, input: String, notebook: Bool)
  case sideFolderHoldsInputHelp
  case overNotebook(String)
  case overNotebookHelp
  case emptyReportName(notebook: String)
  /// The report name `.` or `..` (`parent`), which would put the side folder at `sideFolder`.
  case dotReportName(notebook: String, name: String, sideFolder: String, parent: Bool)
  case reservedReportName(notebook: String)
  case reportNameTooLong(notebook: String, limit: Int)
  case renameNotebookHelp, renameNotebookShortHelp
  // A file or folder in the way (`ReportClaim`).
  case sideFolderIsLink(String)
  case removeLinkHelp
  case notOurs(String, OutputObstacle)
  case moveItHelp
  case renameOrMoveHelp(String)
  case moveOutHelp(folder: String)
  // Publishing (`ReportPublisher` and its steps).
  /// A failed system call on a path; `reason` is the system's description of the error.
  case failed(OutputStep, path: String, reason: String)
  case writableFolderHelp
  case lockTimeout(folder: String, seconds: Int64)
  case lockTimeoutHelp
  case stagingNotOpened(folder: String, reason: String)
  case stagingNotCreated(folder: String, reason: String)
  /// A failure after the journal was written, `message` the failure's own words.
  case publicationBegun(message: String, folder: String)
  case interruptedRender(page: String, reason: String)
  case interruptedRenderHelp(kept: String)
  case tooLarge(bytes: Int, limit: Int)
  case tooLargeHelp
  // The part file of `render --shard`; `reason` is the failed write's own words.
  case partInTheWay(String)
  case partInTheWayHelp
  case partNotWritten(String, reason: String)
  case partNotWrittenHelp
  // One file written atomically (`AtomicWriteError`); `reason` nil when the system gave none.
  case notAFilePath(String)
  case folderNotCreated(for: String, reason: String?)
  case temporaryNotCreated(nextTo: String, reason: String?)
  case notWritten(String, reason: String?)
  case notReplaced(String, reason: String?)
}

/// What is in the way of a report, in "'x' is a file where ...".
public enum OutputObstacle: Sendable, Hashable {
  case fileForSideFolder, strangeFolder, strangeFile
}

/// The file-system operations of publishing a report, in "could not write 'x': ...".
public enum OutputStep: Sendable, Hashable {
  case createFolder, open, lock, read, write, replace, remove, inspect
}
