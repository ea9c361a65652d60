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

  /// Where the fields `kind` lists and the words module's text for them disagree: a field
  /// without words, words for no field, a placeholder without a value or a value without a
  /// placeholder, a default given both as a value and in words. Empty when they agree.
  public static func mismatches(kind: String, _ listed: [SpecField]) -> [String] {
    guard let doc = Words.kindDoc(kind) else { return ["\(kind): no words"] }
    var found: [String] = []
    let names = listed.map(\.name)
    if Set(names).count != names.count { found.append("\(kind): a field listed twice") }
    for name in Set(doc.fields.keys).subtracting(names).sorted() { found.append("\(kind).\(name): words for no field") }
    for field in listed {
      guard let words = doc.fields[field.name] else {
        found.append("\(kind).\(field.name): no words")
        continue
      }
      if words.placeholders != Set(field.values.keys) {
        found.append(
          "\(kind).\(field.name): placeholders \(words.placeholders.sorted()), values \(field.values.keys.sorted())")
      }
      if field.defaultValue != nil, words.defaultText != nil {
        found.append("\(kind).\(field.name): a default both in the spec and in words")
      }
    }
    return found
  }
}
