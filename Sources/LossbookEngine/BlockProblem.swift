import LossbookSyntax

/// A problem in or of a block, with where it is and how to fix it: why its spec could not be
/// decoded (`SpecDecodingError`), why it could not run (`BlockFailure`), or what it ran
/// through (`BlockWarning`). It becomes a `Diagnostic` at `range`, or at the block.
public struct BlockProblem: Error, Sendable, Equatable {
  public var id: DiagnosticID
  public var message: String
  public var range: SourceRange?
  public var help: String?

  public init(_ id: DiagnosticID, _ message: String, at range: SourceRange? = nil, help: String? = nil) {
    self.id = id
    self.message = message
    self.range = range
    self.help = help
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
