import LossbookCore

/// The test language `en-XA`: the English catalogue with every string marked by
/// ``PseudoText``. A page rendered in it shows unmarked text only where the author wrote it.
struct Pseudo: Catalogue {
  private let english = English()

  func text(_ key: PageMessage) -> String { PseudoText.mark(english.text(key)) }
  func text(_ key: ThresholdMessage) -> String { PseudoText.mark(english.text(key)) }
  func text(_ key: PlotMessage) -> String { PseudoText.mark(english.text(key)) }
  func text(_ key: FitMessage) -> String { PseudoText.mark(english.text(key)) }
  func text(_ key: BudgetMessage) -> String { PseudoText.mark(english.text(key)) }
  func text(_ key: ExploreMessage) -> String { PseudoText.mark(english.text(key)) }
  func text(_ key: FamilyMessage) -> String { PseudoText.mark(english.text(key)) }
  func text(_ key: DataMessage) -> String { PseudoText.mark(english.text(key)) }
  func text(_ key: SweepMessage) -> String { PseudoText.mark(english.text(key)) }
  func text(_ key: CollapseMessage) -> String { PseudoText.mark(english.text(key)) }
  func text(_ key: PreviewMessage) -> String { PseudoText.mark(english.text(key)) }
  func text(_ key: AssumptionMessage) -> String { PseudoText.mark(english.text(key)) }
  /// Marked, so that an error box on a page shows its text came through the catalogue.
  func text(_ key: DiagnosticMessage) -> String { PseudoText.mark(english.text(key)) }

  func glossary(_ term: GlossaryTerm) -> (word: String, definition: String) {
    let (word, definition) = english.glossary(term)
    return (PseudoText.mark(word), PseudoText.mark(definition))
  }

  func reading(_ term: GlossaryTerm) -> String? {
    nil
  }

  var explanations: [String: String] { Self.markedExplanations }
  var sentenceSeparator: String { english.sentenceSeparator }
  var largeNumberUnits: LargeNumberUnits { english.largeNumberUnits }
  private static let markedExplanations = English.explanations.mapValues(PseudoText.mark)
}
