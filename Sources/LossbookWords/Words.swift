import LossbookCore

/// The report's own words in one language: `words[.contents]`, `words[.footer(...)]`.
///
/// Blocks and the page ask for a typed key (`PageMessage`, `ThresholdMessage`, ...); the
/// language's catalogue gives the text. Nothing outside this module writes a sentence.
public struct Words: Sendable {
  public let language: ReportLanguage
  let catalogue: any Catalogue

  public init(_ language: ReportLanguage) {
    self.language = language
    switch language {
    case .en: catalogue = English()
    case .ja: catalogue = Japanese()
    case .pseudo: catalogue = Pseudo()
    }
  }

  /// Between two sentences of a paragraph: a space in English, nothing in Japanese.
  public var sentenceSeparator: String { catalogue.sentenceSeparator }

  /// The unit words of the `si` number style.
  public var largeNumberUnits: LargeNumberUnits { catalogue.largeNumberUnits }

  /// Japanese punctuation that must not start a line (kinsoku), whatever the report's
  /// language: chart labels written in Japanese wrap by it.
  public static var japaneseNoLineStart: Set<Unicode.Scalar> { Japanese.noLineStart }

  /// The templates of explanations by key (`English+Explanations.swift`).
  public var explanations: [String: String] { catalogue.explanations }

  public subscript(_ key: PageMessage) -> String { catalogue.text(key) }
  public subscript(_ key: ThresholdMessage) -> String { catalogue.text(key) }
  public subscript(_ key: PlotMessage) -> String { catalogue.text(key) }
  public subscript(_ key: FitMessage) -> String { catalogue.text(key) }
  public subscript(_ key: BudgetMessage) -> String { catalogue.text(key) }
  public subscript(_ key: ExploreMessage) -> String { catalogue.text(key) }
  public subscript(_ key: FamilyMessage) -> String { catalogue.text(key) }
  public subscript(_ key: DataMessage) -> String { catalogue.text(key) }
  public subscript(_ key: SweepMessage) -> String { catalogue.text(key) }
  public subscript(_ key: CollapseMessage) -> String { catalogue.text(key) }
  public subscript(_ key: PreviewMessage) -> String { catalogue.text(key) }
  public subscript(_ key: AssumptionMessage) -> String { catalogue.text(key) }
  /// A diagnostic's text in this report's language: English in all but `en-XA`.
  public subscript(_ key: DiagnosticMessage) -> String { catalogue.text(key) }

  /// A diagnostic's text on the command line, which is English whatever the report's language.
  public static func diagnostic(_ key: DiagnosticMessage) -> String { English().text(key) }
  /// The command line's own words (help, usage errors, progress), English in every language.
  public static func command(_ key: CommandMessage) -> String { English().text(key) }
}

/// One language's text for every key; each requirement is a switch over one key enum, so a
/// catalogue that misses a key does not compile.
protocol Catalogue: Sendable {
  func text(_ key: PageMessage) -> String
  func text(_ key: ThresholdMessage) -> String
  func text(_ key: PlotMessage) -> String
  func text(_ key: FitMessage) -> String
  func text(_ key: BudgetMessage) -> String
  func text(_ key: ExploreMessage) -> String
  func text(_ key: FamilyMessage) -> String
  func text(_ key: DataMessage) -> String
  func text(_ key: SweepMessage) -> String
  func text(_ key: CollapseMessage) -> String
  func text(_ key: PreviewMessage) -> String
  func text(_ key: AssumptionMessage) -> String
  /// A diagnostic's text; the default is English (see ``DiagnosticMessage``).
  func text(_ key: DiagnosticMessage) -> String
  func glossary(_ term: GlossaryTerm) -> (word: String, definition: String)
  func reading(_ term: GlossaryTerm) -> String?
  /// The templates of explanations (`explain`, the explorer's sentence) by key: `{name}` is a
  /// value, `[[term]]` a glossary term.
  var explanations: [String: String] { get }
  var sentenceSeparator: String { get }
  /// The unit words of the `si` number style.
  var largeNumberUnits: LargeNumberUnits { get }
}

extension Catalogue {
  /// Diagnostics are the command line's words and stay English in every report language, as
  /// compilers' do; a catalogue that gives its own (only `Pseudo`, which marks them) says so.
  func text(_ key: DiagnosticMessage) -> String { English().text(key) }
}

extension LossbookNumberFormat {
  /// A formatter for a report in `language`, with the unit words of its catalogue.
  public init(language: ReportLanguage = .en) {
    self.init(language: language, units: Words(language).largeNumberUnits)
  }
}
