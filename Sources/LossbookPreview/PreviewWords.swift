import LossbookCore
import LossbookWords

/// The words `lossbook preview` puts on the page, from the catalogue (`PreviewMessage`).
struct PreviewWords: Sendable {
  let words: Words

  init(_ language: ReportLanguage) { words = Words(language) }

  var panel: String { words[.panel] }
  func status(notebook: String, version: Int, time: String) -> String {
    words[.status(notebook: notebook, version: version, time: time)]
  }
  func counts(errors: Int, warnings: Int) -> String { words[.counts(errors: errors, warnings: warnings)] }
  var stale: String { words[.stale] }
  var noReport: String { words[.noReport] }
  var disconnected: String { words[.disconnected] }
}
