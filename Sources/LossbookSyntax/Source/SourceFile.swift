/// The text of one notebook with a line table, so that offsets turn into lines and columns.
public struct SourceFile: Sendable {
  /// The path as the user wrote it; diagnostics print it unchanged.
  public let path: String
  public let text: String
  /// The lines of the text without their line terminators.
  public let lines: [Substring]

  public init(path: String, text: String) {
    self.path = path
    self.text = text
    var lines = text.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
    // A final line terminator ends the last line; it does not start another.
    if lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
    self.lines = lines
  }

  /// The text of line `n` (1-based), or an empty string past the end.
  public func line(_ n: Int) -> Substring {
    n >= 1 && n <= lines.count ? lines[n - 1] : ""
  }
}
