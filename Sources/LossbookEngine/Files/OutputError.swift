/// Why a report could not be published, in words: the path, the operation and the system's message
/// ("could not write 'Output/a.html': No space left on device"), or why lossbook refused to write.
public struct OutputError: Error, Equatable, Sendable {
  /// The sentence shown after "error:".
  public let message: String
  /// How to fix it, when there is something useful to say.
  public let help: String?

  /// Creates an error from its words.
  public init(message: String, help: String? = nil) {
    self.message = message
    self.help = help
  }

  /// A failed system call on `path`.
  static func system(_ operation: OutputOperation, _ path: String, errno: Int32) -> OutputError {
    OutputError(
      message: "\(operation.rawValue) '\(path)': \(DataFilePOSIX.describe(errno: errno))", help: operation.help)
  }

  /// A file or folder in the way that lossbook did not write.
  static func notOurs(_ path: String, _ what: String, help: String) -> OutputError {
    OutputError(
      message: "'\(path)' \(what), so lossbook will not replace or delete it (only files a previous render "
        + "listed in its manifest are replaced)",
      help: help)
  }
}

/// The file-system operations of publishing a report, as the words of an error message.
enum OutputOperation: String {
  case createFolder = "could not create the folder"
  case open = "could not open"
  case lock = "could not lock the output folder"
  case read = "could not read"
  case write = "could not write"
  case replace = "could not replace"
  case remove = "could not remove"
  case inspect = "could not inspect"

  /// A hint for the operations where one helps.
  var help: String? {
    switch self {
    case .createFolder, .write, .replace:
      return "check that the output folder is writable and the disk has room, or choose another with --out"
    default: return nil
    }
  }
}
