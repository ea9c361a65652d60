import LossbookSyntax
import LossbookWords

/// Checks the citations of the prose against the bibliography: an unknown key is an error with a
/// "did you mean", never text printed as written.
enum CitationResolver {
  /// The citations to render (every key known), cross-references (`@fig-…`, `@tbl-…`) to
  /// numbered blocks among them.
  static func resolve(
    _ citations: [CitationSyntax], bibliography: Bibliography,
    numbers: [String: (element: NumberedElement, number: Int)], diagnostics: inout [Diagnostic]
  ) -> [CitationSyntax] {
    var resolved: [CitationSyntax] = []
    for citation in citations {
      if isCrossReference(citation) {
        if CrossReferences.check(citation.items[0].key, numbers: numbers, diagnostics: &diagnostics) {
          resolved.append(citation)
        }
        continue
      }
      // Without any references, `@name` in a sentence is just text (a handle, an address);
      // a bracketed citation is not, and says what is missing.
      if bibliography.isEmpty && citation.form == .narrative { continue }
      var known = true
      for item in citation.items where bibliography.references[item.key.value] == nil {
        known = false
        let help =
          bibliography.isEmpty
          ? Words.diagnostic(.citation(.noReferencesHelp))
          : Diagnostic.didYouMean(item.key.value, among: bibliography.keys)
            ?? Words.diagnostic(.citation(.keysAre(Array(bibliography.keys.prefix(12)))))
        diagnostics.append(
          Diagnostic(
            CitationDiagnostics.unknownKey, .error, .citation(.noWork(item.key.value)), at: item.key.range, help: help,
            stage: .resolve))
      }
      if known { resolved.append(citation) }
    }
    return resolved
  }

  /// `@fig-ID` and `@tbl-ID`: references to numbered figures and tables, not to works.
  static func isCrossReference(_ citation: CitationSyntax) -> Bool {
    citation.form == .narrative && citation.items.count == 1
      && ["fig-", "tbl-"].contains { citation.items[0].key.value.hasPrefix($0) }
  }
}
