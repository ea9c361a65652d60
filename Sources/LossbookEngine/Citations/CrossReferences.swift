import LossbookSyntax
import LossbookWords

/// Figures and tables numbered in page order, and the `@fig-ID` / `@tbl-ID` that point at them
/// (Quarto's cross-references, with a block's id as its label).
enum CrossReferences {
  /// The number of every block whose output is a figure or a table, counted separately in page
  /// order; a block whose output is hidden is not shown, so it takes no number.
  static func numbers(_ blocks: [AnalyzedBlock]) -> [String: (element: NumberedElement, number: Int)] {
    var counts: [NumberedElement: Int] = [:]
    var numbers: [String: (element: NumberedElement, number: Int)] = [:]
    for block in blocks.sorted(by: { $0.syntax.fenceLine < $1.syntax.fenceLine }) {
      guard let element = block.spec.numberedAs, block.display != .hide else { continue }
      counts[element, default: 0] += 1
      numbers[block.id] = (element, counts[element] ?? 0)
    }
    return numbers
  }

  /// The element and block id a cross-reference names (`fig-mmlu_plot` -> figure, `mmlu_plot`).
  static func target(_ key: String) -> (element: NumberedElement, id: String)? {
    for element in [NumberedElement.figure, .table] where key.hasPrefix(element.rawValue + "-") {
      return (element, String(key.dropFirst(element.rawValue.count + 1)))
    }
    return nil
  }

  /// Whether a cross-reference names a numbered block of its element; otherwise a diagnostic
  /// with a "did you mean" among the blocks that are.
  static func check(
    _ key: Located<String>, numbers: [String: (element: NumberedElement, number: Int)],
    diagnostics: inout [Diagnostic]
  ) -> Bool {
    guard let (element, id) = target(key.value) else { return false }
    if numbers[id]?.element == element { return true }
    let label: NumberedLabel = element == .figure ? .figure : .table
    let candidates = numbers.filter { $0.value.element == element }.keys.map { element.rawValue + "-" + $0 }.sorted()
    let help =
      Diagnostic.didYouMean(key.value, among: candidates)
      ?? Words.diagnostic(
        .citation(candidates.isEmpty ? .noneNumbered(label) : .numberedAre(label, Array(candidates.prefix(12)))))
    diagnostics.append(
      Diagnostic(
        CitationDiagnostics.unknownCrossReference, .error, .citation(.namesNoNumbered(key: key.value, label)),
        at: key.range, help: help, stage: .resolve))
    return false
  }
}
