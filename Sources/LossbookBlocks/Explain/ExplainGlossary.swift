import LossbookCore
import LossbookRender
import LossbookWords

extension GlossaryTerm {
  /// The term's HTML: a term with a reading in the report's language (閾値, しきいち) carries
  /// it in ruby at first use (J7).
  func html(_ language: ReportLanguage, first: Bool) -> String {
    let word = HTML.escapeText(word(language))
    guard first, let reading = reading(language) else { return word }
    return "<ruby>\(word)<rt>\(HTML.escapeText(reading))</rt></ruby>"
  }
}
