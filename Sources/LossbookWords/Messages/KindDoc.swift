import Foundation

/// The reference text of one block kind, as `lossbook kinds KIND` prints it: a one-sentence
/// summary and each field's words by field name (`English+KindDocs.swift`). Command-line
/// English, like diagnostics.
public struct KindDoc: Sendable {
  public let summary: String
  public let fields: [String: FieldWords]
}

/// A field's words: its type, its default when that is said in words (a default the code
/// applies is a value in the kind's spec instead), and its meaning. `{{name}}` stands for a
/// value the spec supplies, such as a limit.
public struct FieldWords: Sendable {
  public let type: String
  public let defaultText: String?
  public let meaning: String

  init(_ type: String, default defaultText: String? = nil, _ meaning: String) {
    self.type = type
    self.defaultText = defaultText
    self.meaning = meaning
  }

  /// The names of the `{{name}}` placeholders in the three texts.
  public var placeholders: Set<String> {
    var names: Set<String> = []
    for text in [type, defaultText ?? "", meaning] {
      var rest = text[...]
      while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
        names.insert(String(rest[open.upperBound..<close.lowerBound]))
        rest = rest[close.upperBound...]
      }
    }
    return names
  }

  /// The words with each `{{name}}` replaced by `values[name]`.
  public func filled(_ values: [String: String]) -> FieldWords {
    func fill(_ text: String) -> String {
      values.reduce(text) { $0.replacingOccurrences(of: "{{\($1.key)}}", with: $1.value) }
    }
    return FieldWords(fill(type), default: defaultText.map(fill), fill(meaning))
  }
}

extension Words {
  /// The reference text of the kind named `kind`, or nil for a kind the catalogue lacks.
  public static func kindDoc(_ kind: String) -> KindDoc? { English.kindDocs[kind] }

  /// The kinds the catalogue documents, so a test can compare them with the registered kinds.
  public static var documentedKinds: Set<String> { Set(English.kindDocs.keys) }

  /// The words of a front-matter field, or of `output` (the field every kind takes).
  public static func settingDoc(_ name: String) -> FieldWords? { English.settingDocs[name] }

  /// The settings the catalogue documents, so a test can compare them with the front matter's.
  public static var documentedSettings: Set<String> { Set(English.settingDocs.keys) }
}
