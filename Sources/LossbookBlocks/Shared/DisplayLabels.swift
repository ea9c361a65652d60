import LossbookCore
import LossbookEngine
import LossbookSyntax
import LossbookWords

/// A `labels:` mapping: display names for columns and group values (`{MMLU_brier: "MMLU (Brier
/// score)", err17: "average error over 17 tests"}`), used wherever the page would show the raw
/// name (legends, panel titles, axis titles, descriptions). The results file keeps the names.
struct DisplayLabels: Decodable, Sendable {
  static let unknownLabel: DiagnosticID = "unknown-label"

  var entries: [(name: String, label: Located<String>)]
  /// Names from the table (its family's `labels:`), used where `entries` has none.
  var defaults: [String: String] = [:]

  init(from decoder: Decoder) throws {
    entries = try OrderedFields<Located<String>>(from: decoder).fields.map { ($0.name, $0.value) }
  }

  /// No labels of the block's own, only the table's.
  init(defaults: [String: String]) {
    entries = []
    self.defaults = defaults
  }

  /// The labels as written, by name (the last of a repeated key wins), for a table's
  /// `displayNames`.
  var names: [String: String] { Dictionary(entries.map { ($0.name, $0.label.value) }, uniquingKeysWith: { _, b in b }) }

  /// The display name of `name`: its label, the table's, or the name itself.
  subscript(_ name: String) -> String { entries.first { $0.name == name }?.label.value ?? defaults[name] ?? name }

  /// The labels as written, as they apply to a table: the table's display names beneath.
  static func over(_ table: DataTable, own: DisplayLabels?) -> DisplayLabels? {
    guard !table.displayNames.isEmpty else { return own }
    var labels = own ?? DisplayLabels(defaults: [:])
    labels.defaults = table.displayNames
    return labels
  }

  /// Throws at the first key that names none of `known` (the columns, and the values of the
  /// grouping column), with a "did you mean".
  func check(known: [String], what: LabelKey) throws(BlockFailure) {
    for (name, label) in entries where !known.contains(name) {
      throw BlockFailure(
        Self.unknownLabel, .column(.notALabelKey(name: name, what, known: known)), at: label.range,
        help: Diagnostic.didYouMean(name, among: known) ?? Words.diagnostic(.column(.labelKeyHelp)))
    }
  }
}

extension Optional where Wrapped == DisplayLabels {
  /// The display name of `name`, or the name when there are no labels.
  subscript(display name: String) -> String {
    switch self {
    case .some(let labels): labels[name]
    case .none: name
    }
  }
}
