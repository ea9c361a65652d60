import LossbookWords

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

  /// An error worded by the words module.
  init(_ message: OutputProblem, help: OutputProblem? = nil) {
    self.init(message: Words.diagnostic(.output(message)), help: help.map { Words.diagnostic(.output($0)) })
  }

  /// A failed system call on `path`.
  static func system(_ step: OutputStep, _ path: String, errno: Int32) -> OutputError {
    OutputError(.failed(step, path: path, reason: DataFilePOSIX.describe(errno: errno)), help: help(step))
  }

  /// A file or folder in the way that lossbook did not write.
  static func notOurs(_ path: String, _ obstacle: OutputObstacle, help: OutputProblem) -> OutputError {
    OutputError(.notOurs(path, obstacle), help: help)
  }

  /// A hint for the operations where one helps.
  static func help(_ step: OutputStep) -> OutputProblem? {
    switch step {
    case .createFolder, .write, .replace: .writableFolderHelp
    default: nil
    }
  }
}
