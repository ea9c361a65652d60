import LossbookWords

/// Prints a report's page to PDF (`lossbook render --to pdf`).
public protocol ReportPrinter: Sendable {
  /// The PDF of `html`, a page as a render writes it, printed with its print styles.
  func pdf(of html: String) throws(PrintError) -> [UInt8]
}

/// Why a page could not be printed, in words, with what to do.
public struct PrintError: Error, Sendable, Equatable {
  /// The sentence: what failed, with the path and the system's message.
  public var message: String
  /// What to do about it.
  public var help: String?

  /// Creates an error.
  public init(message: String, help: String? = nil) {
    self.message = message
    self.help = help
  }

  /// An error worded by the words module.
  init(_ message: PrintProblem, help: PrintProblem) {
    self.init(message: Words.diagnostic(.print(message)), help: Words.diagnostic(.print(help)))
  }
}
