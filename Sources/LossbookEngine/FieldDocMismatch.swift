import LossbookWords

/// Where the fields a kind lists (`SpecField`) and the words module's text for them
/// (`Words.kindDoc`) disagree; `KindDocsTests` expects none.
public enum FieldDocMismatch: Sendable, Equatable {
  case noKindDoc
  case listedTwice(field: String)
  case noWords(field: String)
  case wordsWithoutField(field: String)
  /// The `{{name}}` placeholders of the words and the values the spec gives, when they differ.
  case placeholders(field: String, inWords: [String], inValues: [String])
  /// A default given both as a value in the spec and in words.
  case defaultTwice(field: String)

  /// Every mismatch of the fields `kind` lists; empty when they agree.
  public static func find(kind: String, _ listed: [SpecField]) -> [FieldDocMismatch] {
    guard let doc = Words.kindDoc(kind) else { return [.noKindDoc] }
    let names = listed.map(\.name)
    var found: [FieldDocMismatch] = []
    var seen: Set<String> = []
    for name in names where !seen.insert(name).inserted { found.append(.listedTwice(field: name)) }
    for name in Set(doc.fields.keys).subtracting(names).sorted() { found.append(.wordsWithoutField(field: name)) }
    for field in listed {
      guard let words = doc.fields[field.name] else {
        found.append(.noWords(field: field.name))
        continue
      }
      if words.placeholders != Set(field.values.keys) {
        found.append(
          .placeholders(field: field.name, inWords: words.placeholders.sorted(), inValues: field.values.keys.sorted()))
      }
      if field.defaultValue != nil, words.defaultText != nil { found.append(.defaultTwice(field: field.name)) }
    }
    return found
  }
}
