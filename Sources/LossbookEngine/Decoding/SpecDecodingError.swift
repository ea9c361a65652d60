import LossbookSyntax
import LossbookWords

/// A problem found while turning a block's YAML into its typed spec, with where it is.
public typealias SpecDecodingError = BlockProblem

/// The diagnostic ids of the decode stage.
public enum DecodeDiagnostics {
  public static let yamlSyntax: DiagnosticID = "yaml-syntax"
  public static let typeMismatch: DiagnosticID = "spec-type-mismatch"
  public static let unknownField: DiagnosticID = "unknown-field"
  public static let missingField: DiagnosticID = "missing-field"
  public static let badValue: DiagnosticID = "bad-value"
  public static let badExpression: DiagnosticID = "bad-expression"
}

/// Thrown by a spec type's own `init(from:)` for a value of the right type but wrong content;
/// the decoder attaches the position of the node being decoded.
public struct SpecValueError: Error, Sendable {
  public var message: String
  public var help: String?
  public var id: DiagnosticID
  /// Columns from the start of the node's text to the offending part, and its length.
  public var offset: Int
  public var length: Int?

  public init(
    _ message: String, help: String? = nil, id: DiagnosticID = DecodeDiagnostics.badValue, offset: Int = 0,
    length: Int? = nil
  ) {
    self.message = message
    self.help = help
    self.id = id
    self.offset = offset
    self.length = length
  }

  /// An error worded by the words module.
  public init(
    _ message: DiagnosticMessage, help: DiagnosticMessage? = nil, id: DiagnosticID = DecodeDiagnostics.badValue,
    offset: Int = 0, length: Int? = nil
  ) {
    self.init(
      Words.diagnostic(message), help: help.map(Words.diagnostic), id: id, offset: offset, length: length)
  }
}

/// Every problem found decoding one body (an `Error`, so it can travel in a `Result`).
public struct SpecDecodingFailure: Error, Sendable {
  public var errors: [SpecDecodingError]
  public init(_ errors: [SpecDecodingError]) { self.errors = errors }
  public var diagnostics: [Diagnostic] { errors.map { $0.diagnostic(stage: .decode) } }
}
