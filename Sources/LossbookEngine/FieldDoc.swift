import LossbookWords

/// One documented field of a block kind, shown by `lossbook kinds KIND`.
public struct FieldDoc: Sendable {
  public var name: String
  public var type: String
  /// The default in words, or nil when the field is required.
  public var defaultValue: String?
  public var meaning: String

  /// A field with its parts written out.
  public init(_ name: String, _ type: String, default defaultValue: String? = nil, _ meaning: String) {
    self.name = name
    self.type = type
    self.defaultValue = defaultValue
    self.meaning = meaning
  }

  /// A field a kind lists, with its words from the words module (empty when they are missing,
  /// which `FieldDocMismatch` reports).
  public init(_ field: SpecField, words: FieldWords?) {
    let filled = words?.filled(field.values)
    self.init(
      field.name, filled?.type ?? "", default: field.defaultValue ?? filled?.defaultText, filled?.meaning ?? "")
  }

  public var isRequired: Bool { defaultValue == nil }
}
