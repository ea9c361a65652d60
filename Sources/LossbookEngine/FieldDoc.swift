/// One documented field of a block kind, shown by `lossbook kinds KIND`.
public struct FieldDoc: Sendable {
  public var name: String
  public var type: String
  /// The default in words, or nil when the field is required.
  public var defaultValue: String?
  public var meaning: String

  public init(_ name: String, _ type: String, default defaultValue: String? = nil, _ meaning: String) {
    self.name = name
    self.type = type
    self.defaultValue = defaultValue
    self.meaning = meaning
  }

  public var isRequired: Bool { defaultValue == nil }
}
