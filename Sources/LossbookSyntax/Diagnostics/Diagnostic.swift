import LossbookWords

/// A stable, kebab-case name for a kind of problem, printed in brackets after the message.
///
/// Each producer declares its ids next to the code that raises them; tests provoke every one.
public struct DiagnosticID: Sendable, Hashable, Comparable, ExpressibleByStringLiteral, CustomStringConvertible {
  public let rawValue: String
  public init(_ rawValue: String) { self.rawValue = rawValue }
  public init(stringLiteral value: String) { self.rawValue = value }
  public var description: String { rawValue }
  public static func < (a: DiagnosticID, b: DiagnosticID) -> Bool { a.rawValue < b.rawValue }
}

/// How bad a diagnostic is: an error stops the render, a warning does not.
public enum DiagnosticSeverity: String, Sendable, Comparable {
  case error, warning, note

  private var rank: Int {
    switch self {
    case .error: 0
    case .warning: 1
    case .note: 2
    }
  }
  public static func < (a: DiagnosticSeverity, b: DiagnosticSeverity) -> Bool { a.rank < b.rank }
}

/// The pipeline stage that found a problem; it appears in progress output and diagnostics.
public enum PipelineStage: String, Sendable, CaseIterable {
  case split, decode, resolve, execute, render
}

/// The one type for every problem a user sees.
public struct Diagnostic: Error, Sendable, Equatable {
  public var id: DiagnosticID
  public var severity: DiagnosticSeverity
  public var message: String
  /// Where the problem is; nil for a problem with the whole file (or with no file).
  public var range: SourceRange?
  /// A short suggestion printed after the caret, such as "did you mean 'fit'?".
  public var help: String?
  /// Further locations, such as "'main' is first defined here".
  public var notes: [DiagnosticNote]
  public var stage: PipelineStage?
  /// The file `range` is in, when it is not the notebook itself (a file the notebook includes).
  public var file: SourceFile?

  public init(
    _ id: DiagnosticID, _ severity: DiagnosticSeverity = .error, _ message: String,
    at range: SourceRange?, help: String? = nil, notes: [DiagnosticNote] = [], stage: PipelineStage? = nil
  ) {
    self.id = id
    self.severity = severity
    self.message = message
    self.range = range
    self.help = help
    self.notes = notes
    self.stage = stage
  }

  public static func == (a: Diagnostic, b: Diagnostic) -> Bool {
    a.id == b.id && a.severity == b.severity && a.message == b.message && a.range == b.range
      && a.help == b.help && a.notes == b.notes
  }
}

/// A secondary message attached to a diagnostic, optionally with its own location.
public struct DiagnosticNote: Sendable, Equatable {
  public var message: String
  public var range: SourceRange?
  public init(_ message: String, at range: SourceRange? = nil) {
    self.message = message
    self.range = range
  }
}

extension Diagnostic {
  /// "did you mean 'x'?" when a close candidate exists.
  public static func didYouMean(_ name: String, among candidates: [String]) -> String? {
    Suggestion.closest(to: name, among: candidates).map { Words.diagnostic(.syntax(.didYouMean($0))) }
  }
}
