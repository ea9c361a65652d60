/// Why a report could not be printed to PDF (`PrintError` in LossbookEngine).
public enum PrintProblem: Sendable, Hashable {
  /// `reason` is the failure's own words.
  case noTemporaryFolder(reason: String)
  case pageNotWritten(folder: String)
  case temporaryFolderHelp
  case notStarted(executable: String, reason: String)
  case timedOut(executable: String, seconds: Int64)
  case timedOutHelp
  /// `detail` is the browser's last line of errors, or nil.
  case exited(executable: String, status: Int32, detail: String?)
  case exitedHelp(executable: String)
  /// A browser named by `--chromium` or by the environment variable `LOSSBOOK_CHROMIUM`.
  case notExecutable(namedBy: String, path: String)
  case notFound
  case installHelp
}
