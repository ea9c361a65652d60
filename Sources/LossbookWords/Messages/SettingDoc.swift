/// The fields of a notebook's front matter, and the `output` field every block kind takes, as
/// `lossbook kinds` documents them. Command-line English, like diagnostics.
public enum SettingDoc: Sendable, Hashable {
  case title, subtitle, author, date, description, lang, seed, params, toc, code, references, bibliography
  case csvFormulas, limits, adjust, output
}

extension Words {
  /// A setting's words: its type, its default when that is said in words (nil when the code
  /// gives it), and its meaning.
  public static func settingDoc(_ key: SettingDoc) -> (type: String, defaultText: String?, meaning: String) {
    English().text(key)
  }
}
