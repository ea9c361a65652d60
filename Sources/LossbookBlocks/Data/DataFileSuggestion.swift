import LossbookEngine
import LossbookSyntax
import LossbookWords

/// The nearest existing path to a data path that was not found, such as `data/scores.csv` for
/// `dta/scores.cvs`: each component is matched against its folder's listing, made through the
/// confined opener, so a suggestion never names anything outside the allowed folders.
enum DataFileSuggestion {
  /// "did you mean 'data/scores.csv'?", or nil when no close path exists.
  static func help(for path: String, opener: DataFileOpener) -> String? {
    let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init).filter { $0 != "." }
    guard !parts.isEmpty else { return nil }
    var folder = ""
    var changed = false
    for part in parts {
      guard let entries = try? opener.list(folder.isEmpty ? "." : folder) else { return nil }
      let names = entries.map(\.name)
      var name = part
      if !names.contains(part) {
        guard let closest = Suggestion.closest(to: part, among: names) else { return nil }
        name = closest
        changed = true
      }
      folder = folder.isEmpty ? name : folder + "/" + name
    }
    return changed ? Words.diagnostic(.data(.didYouMeanPath(folder))) : nil
  }
}
