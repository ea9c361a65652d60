import LossbookSyntax
import LossbookWords

/// A fixed ceiling on a count a notebook asks for (a grid's size, a slider's positions, the
/// starts of a fit): written once as a constant, shown by `lossbook kinds` through `words`,
/// listed in SECURITY.md, and refused with the value asked for and the limit.
public struct SpecLimit: Sendable {
  /// The field or thing counted, as the message names it: `grid_size`.
  public let name: String
  /// The largest value allowed.
  public let maximum: Int
  /// How to stay within the limit.
  public let help: LimitMessage

  public init(_ name: String, maximum: Int, help: LimitMessage) {
    self.name = name
    self.maximum = maximum
    self.help = help
  }

  /// A limit on a count that is not a field, named in words.
  public init(_ name: LimitMessage, maximum: Int, help: LimitMessage) {
    self.init(Words.diagnostic(.limit(name)), maximum: maximum, help: help)
  }

  /// How to stay within the limit, in English.
  public var helpText: String { Words.diagnostic(.limit(help)) }

  /// The limit in words, for field documentation: `at most 100000`.
  public var words: String { Words.diagnostic(.limit(.atMost(maximum))) }

  /// The message for `value`: `grid_size is 100000000; the limit is 100000`.
  public func message(_ value: Double) -> DiagnosticMessage {
    .engine(.overLimit(name: name, value: Self.show(value), maximum: maximum))
  }

  /// Whether `value` is within the limit (NaN is not).
  public func allows(_ value: Double) -> Bool { value <= Double(maximum) }

  /// The decode-time refusal of `value` at `range`, or nil within the limit.
  public func decodingError(_ value: Double, at range: SourceRange?) -> SpecDecodingError? {
    allows(value) ? nil : SpecDecodingError(LimitDiagnostics.overLimit, message(value), at: range, help: .limit(help))
  }

  /// The run-time refusal of `value` (a value known only then, such as one from another block).
  public func check(_ value: Double, at range: SourceRange?) throws(BlockFailure) {
    guard allows(value) else {
      throw BlockFailure(LimitDiagnostics.overLimit, message(value), at: range, help: .limit(help))
    }
  }

  /// A value as the message writes it: whole numbers in full, others in Swift's shortest form.
  public static func show(_ value: Double) -> String {
    if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return "\(value)"
  }
}
