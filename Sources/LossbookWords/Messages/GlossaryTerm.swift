import LossbookCore

/// The glossary terms of explanations (TEACHING.md section 4.4), each defined at its first use:
/// the catalogue gives each its word and its definition. The points are `checkpoint` or, with
/// `points: models`, `model` (the templates' `.models` sentences use it).
public enum GlossaryTerm: String, CaseIterable, Sendable {
  case emergentAbility = "emergent_ability"
  case loss, threshold, guessing, interval
  case pValue = "p_value"
  case bic, checkpoint, model

  /// The term as written in running text.
  public func word(_ language: ReportLanguage) -> String { Words(language).catalogue.glossary(self).word }

  /// The definition added in brackets at first use (no digits, so the number check stays exact).
  public func definition(_ language: ReportLanguage) -> String {
    Words(language).catalogue.glossary(self).definition
  }

  /// How the term is read, shown at its first use where the script alone may not tell.
  public func reading(_ language: ReportLanguage) -> String? { Words(language).catalogue.reading(self) }
}
