/// The diagnostics of citations and cross-references (LossbookEngine's `Citations/`).
public enum CitationProblem: Sendable, Hashable {
  case referencesNotAList
  case referencesListHelp
  /// `reason` is the file reader's own words.
  case bibliographyUnreadable(String, reason: String)
  case bibliographyUnreadableHelp
  case notCSLJSON(String)
  case notCSLJSONHelp
  case workWithoutID
  case workWithoutIDHelp
  case idTwice(String)
  case idTwiceHelp
  case noWork(String)
  case noReferencesHelp
  case keysAre([String])
  /// `key` without its `@`.
  case namesNoNumbered(key: String, NumberedLabel)
  case noneNumbered(NumberedLabel)
  case numberedAre(NumberedLabel, [String])
}
