import LossbookWords

/// One field a kind's spec reads, as the kind lists it for `lossbook kinds`: its name, the
/// default the code applies when that is a value, and the values its words name (`{{limit}}`).
/// The words themselves (type, meaning) are the words module's (`Words.kindDoc`).
public struct SpecField: Sendable {
  public var name: String
  /// The default the code applies, as `lossbook kinds` writes it; nil when the default is
  /// said in words, or the field is required.
  public var defaultValue: String?
  /// The values the field's words name as `{{name}}`, already written out.
  public var values: [String: String]

  public init(_ name: String, default defaultValue: String? = nil, values: [String: String] = [:]) {
    self.name = name
    self.defaultValue = defaultValue
    self.values = values
  }

}
