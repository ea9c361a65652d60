import LossbookSyntax
import LossbookWords

/// A problem in or of a block, with where it is and how to fix it: why its spec could not be
/// decoded (`SpecDecodingError`), why it could not run (`BlockFailure`), or what it ran
/// through (`BlockWarning`). It becomes a `Diagnostic` at `range`, or at the block.
public struct BlockProblem: Error, Sendable, Equatable {
  public var id: DiagnosticID
  public var message: String
  public var range: SourceRange?
  public var help: String?
  /// The words-module key `message` was written from, so that a page shows it in its language
  /// (nil: a message written elsewhere).
  public var key: DiagnosticMessage?

  public init(_ id: DiagnosticID, _ message: String, at range: SourceRange? = nil, help: String? = nil) {
    self.id = id
    self.message = message
    self.range = range
    self.help = help
  }

  /// A problem worded by the words module: `message` and `help` are their English text.
  public init(
    _ id: DiagnosticID, _ message: DiagnosticMessage, at range: SourceRange? = nil, help: DiagnosticMessage? = nil
  ) {
    self.init(id, message, at: range, help: help.map(Words.diagnostic))
  }

  /// A problem worded by the words module, with a help made elsewhere (`Diagnostic.didYouMean`).
  public init(_ id: DiagnosticID, _ message: DiagnosticMessage, at range: SourceRange? = nil, help: String?) {
    self.init(id, Words.diagnostic(message), at: range, help: help)
    key = message
  }

  /// Equal when the same diagnostic: the key is only how the message was written.
  public static func == (a: BlockProblem, b: BlockProblem) -> Bool {
    a.id == b.id && a.message == b.message && a.range == b.range && a.help == b.help
  }

  /// The problem as a diagnostic of `stage`, an error unless `severity` says otherwise.
  public func diagnostic(_ severity: DiagnosticSeverity = .error, stage: PipelineStage) -> Diagnostic {
    Diagnostic(id, severity, message, at: range, help: help, stage: stage)
  }
}

extension BlockProblem {
  /// The problem as a diagnostic of block `b`: the message led by the block's kind and id, at
  /// the problem's range or else at the block's header.
  func diagnostic(_ severity: DiagnosticSeverity = .error, stage: PipelineStage, block b: AnalyzedBlock) -> Diagnostic {
    Diagnostic(
      id, severity, "\(b.kind) '\(b.id)': \(message)", at: range ?? b.syntax.headerRange, help: help, stage: stage)
  }
}

extension Diagnostic {
  /// A diagnostic worded by the words module (`DiagnosticMessage`), in English.
  init(
    _ id: DiagnosticID, _ severity: DiagnosticSeverity = .error, _ message: DiagnosticMessage,
    at range: SourceRange?, help: DiagnosticMessage? = nil, notes: [DiagnosticNote] = [], stage: PipelineStage? = nil
  ) {
    self.init(
      id, severity, Words.diagnostic(message), at: range, help: help.map(Words.diagnostic), notes: notes, stage: stage)
  }

  /// A diagnostic worded by the words module, with a help made elsewhere (`didYouMean`).
  init(
    _ id: DiagnosticID, _ severity: DiagnosticSeverity = .error, _ message: DiagnosticMessage,
    at range: SourceRange?, help: String?, notes: [DiagnosticNote] = [], stage: PipelineStage? = nil
  ) {
    self.init(id, severity, Words.diagnostic(message), at: range, help: help, notes: notes, stage: stage)
  }
}

extension DiagnosticNote {
  /// A note worded by the words module, in English.
  init(_ message: DiagnosticMessage, at range: SourceRange? = nil) {
    self.init(Words.diagnostic(message), at: range)
  }
}
