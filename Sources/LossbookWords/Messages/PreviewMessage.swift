/// The words `lossbook preview` puts on the page above the report.
public enum PreviewMessage: Sendable, Hashable {
  /// The panel's accessible name.
  case panel
  /// "Preview of quickstart.md, version 3, rendered at 23:41:02 UTC".
  case status(notebook: String, version: Int, time: String)
  /// "2 errors, 1 warning".
  case counts(errors: Int, warnings: Int)
  /// The latest render made no page, so the page shown is an earlier one.
  case stale
  /// No render has made a page yet.
  case noReport
  /// The page lost the server (written into the script).
  case disconnected
}
