import LossbookCore
import LossbookRender
import LossbookWords

extension GlossaryTerm {
  /// The term's HTML: a term with a reading in the report's language (閾値, しきいち) carries
  /// it in ruby at first use (J7).
  func html(_ language: ReportLanguage, first: Bool) -> Markup {
    let word = word(language)
    guard first, let reading = reading(language) else { return .text(word) }
    return "<ruby>\(word)<rt>\(reading)</rt></ruby>"
  }
}
