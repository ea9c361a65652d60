/// The report's words around citations: author-year in English, and in Japanese as Japanese
/// papers cite Western authors (Duら（2024）, 参考文献).
extension ReportWords {
  /// The heading of the reference list.
  public var references: String { language == .ja ? "参考文献" : "References" }
  /// After the first author of three or more ("Du et al.", "Duら").
  var etAl: String { language == .ja ? "ら" : " et al." }
  /// Between the two authors of a work with two ("Du and Zeng", "DuとZeng").
  var and: String { language == .ja ? "と" : " and " }
  /// The year of a work without one.
  var noDate: String { language == .ja ? "年不明" : "n.d." }
  /// Parentheses around a citation.
  var open: String { language == .ja ? "（" : "(" }
  var close: String { language == .ja ? "）" : ")" }
  /// Between works cited together.
  var citationSeparator: String { language == .ja ? "；" : "; " }
}
