import Foundation
import LossbookBlocks
import LossbookCore
import LossbookEngine
import LossbookTestSupport
import LossbookWords
import Testing

/// Every committed notebook rendered in the pseudo-language `en-XA`: the page shows no word
/// that neither the catalogue (marked `⟦…⟧`) nor the author (the notebook, its includes and
/// data) wrote, so a sentence that bypasses the catalogue fails here; and the results file is
/// the committed one byte for byte, so execution is language-neutral.
@Suite struct PseudoLanguageTests {
  /// A committed notebook rendered in the pseudo-language: its page and results file.
  static func renderPseudo(_ name: String) throws -> (html: String, json: String) {
    let out = NSTemporaryDirectory() + "lossbook-pseudo-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: out) }
    var options = RenderOptions()
    let folder = (name as NSString).deletingLastPathComponent
    options.outputDirectory = folder.isEmpty ? out : out + "/" + folder
    options.notebookLabel = "Notebooks/\(name).md"
    options.language = .pseudo
    let outcome = Pipeline(registry: standardRegistry).render(packageRoot + "/Notebooks/\(name).md", options: options)
    #expect(!outcome.failed, "\(outcome.diagnostics.map(\.message))")
    return (
      try String(contentsOfFile: "\(out)/\(name).html", encoding: .utf8),
      try String(contentsOfFile: "\(out)/\(name).json", encoding: .utf8)
    )
  }

  /// Every word the author wrote: the text of every file under `Notebooks/` (notebooks,
  /// includes, bibliographies, data), as a set of words and as one text for CJK runs.
  static let authorText: (words: Set<String>, text: String) = {
    let root = packageRoot + "/Notebooks"
    var text = ""
    for path in ((try? FileManager.default.subpathsOfDirectory(atPath: root)) ?? []).sorted() {
      if let s = try? String(contentsOfFile: root + "/" + path, encoding: .utf8) { text += s + "\n" }
    }
    return (Set(VisibleText.words(text)), text)
  }()

  @Test(arguments: NotebookGoldenTests.notebooks)
  func everyWordOnThePageIsTheCataloguesOrTheAuthors(_ name: String) throws {
    let page = try Self.renderPseudo(name).html
    // Marks are counted over the whole page: a marked sentence can hold a link.
    let visible = VisibleText.runs(of: page)
    var strays: [String] = []
    for line in VisibleText.unmarked(visible.joined(separator: "\n")).split(separator: "\n") {
      for word in VisibleText.words(String(line)) where !Self.isAuthors(word) {
        strays.append("“\(word)” in “\(line)”")
      }
    }
    let list = strays.prefix(40).joined(separator: "\n")
    #expect(strays.isEmpty, "\(strays.count) words bypass the catalogue:\n\(list)")
  }

  @Test(arguments: NotebookGoldenTests.notebooks)
  func theResultsFileIsTheSameInEveryLanguage(_ name: String) throws {
    let json = try Self.renderPseudo(name).json
    let committed = try String(contentsOfFile: packageRoot + "/Output/\(name).json", encoding: .utf8)
    #expect(json == committed, "the results file of \(name) depends on the report's language")
  }

  /// A range in running text: never a tilde, in either language.
  @Test func rangesInRunningText() {
    #expect(Words(.en)[.range(lower: "2.17", upper: "2.22")] == "2.17 to 2.22")
    #expect(Words(.ja)[.range(lower: "2.17", upper: "2.22")] == "2.17から2.22")
  }

  @Test func pseudoTextMarksLettersAndKeepsNumbers() {
    #expect(PseudoText.mark("Table 3: p = 0.012") == "⟦Ţáƀĺé 3: þ = 0.012 ··⟧")
    #expect(PseudoText.mark("<b>1e-5</b> &amp; x") == "⟦<b>1e-5</b> &amp; ẋ⟧")
    #expect(PseudoText.mark("") == "")
  }

  /// A word the author wrote, or a symbol (one letter, such as x, n or η).
  static func isAuthors(_ word: String) -> Bool {
    if word.count == 1 { return true }
    if word.unicodeScalars.contains(where: VisibleText.isCJK) { return authorText.text.contains(word) }
    return authorText.words.contains(word) || authorText.words.contains(word.lowercased())
      || authorText.words.contains(word.prefix(1).uppercased() + word.dropFirst())
  }
}

/// The text a reader sees on a page: text nodes outside scripts and styles, and the attributes
/// a browser shows or reads aloud.
enum VisibleText {
  /// Every visible run of text of `html`, with character references decoded.
  static func runs(of html: String) -> [String] {
    var out: [String] = []
    var i = html.startIndex
    var text = ""
    func flush() {
      let t = decode(text).trimmingCharacters(in: .whitespacesAndNewlines)
      if !t.isEmpty { out.append(t) }
      text = ""
    }
    while i < html.endIndex {
      if html[i] == "<" {
        guard let end = html[i...].firstIndex(of: ">") else { break }
        let tag = String(html[html.index(after: i)..<end])
        // A line-break opportunity inside a word (a table's `bic_<wbr>logistic`) is no boundary.
        if tag.lowercased() == "wbr" {
          i = html.index(after: end)
          continue
        }
        flush()
        for attribute in ["alt", "aria-label", "title", "placeholder"] {
          if let value = attributeValue(attribute, in: tag) { out.append(decode(value)) }
        }
        i = html.index(after: end)
        let lower = tag.lowercased()
        for raw in ["script", "style"] where lower.hasPrefix(raw) {
          if let close = html.range(of: "</\(raw)>", range: i..<html.endIndex) { i = close.upperBound }
        }
      } else {
        text.append(html[i])
        i = html.index(after: i)
      }
    }
    flush()
    return out
  }

  /// `run` without its marked parts (`⟦…⟧`, nested).
  static func unmarked(_ run: String) -> String {
    var depth = 0
    var out = ""
    for c in run {
      if c == PseudoText.open {
        depth += 1
      } else if c == PseudoText.close {
        depth = max(0, depth - 1)
      } else if depth == 0 {
        out.append(c)
      }
    }
    return out
  }

  /// The words of `text`: runs of letters, leaving out any token with a digit (a number, a unit
  /// such as 1.5B) and splitting CJK runs from Latin ones.
  static func words(_ text: String) -> [String] {
    var out: [String] = []
    for token in text.split(whereSeparator: { $0.isWhitespace }) where !token.contains(where: \.isNumber) {
      var word = ""
      var cjk = false
      for scalar in token.unicodeScalars {
        let letter = CharacterSet.letters.contains(scalar)
        if letter && (word.isEmpty || isCJK(scalar) == cjk) {
          word.unicodeScalars.append(scalar)
          cjk = isCJK(scalar)
        } else {
          if !word.isEmpty { out.append(word) }
          word = letter ? String(scalar) : ""
          cjk = isCJK(scalar)
        }
      }
      if !word.isEmpty { out.append(word) }
    }
    return out
  }

  static func isCJK(_ s: Unicode.Scalar) -> Bool {
    (0x3040...0x30FF).contains(s.value) || (0x4E00...0x9FFF).contains(s.value) || (0xFF00...0xFFEF).contains(s.value)
  }

  private static func attributeValue(_ name: String, in tag: String) -> String? {
    guard let r = tag.range(of: " \(name)=\"") else { return nil }
    guard let end = tag[r.upperBound...].firstIndex(of: "\"") else { return nil }
    return String(tag[r.upperBound..<end])
  }

  private static func decode(_ s: String) -> String {
    s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
      .replacingOccurrences(of: "&nbsp;", with: " ").replacingOccurrences(of: "&amp;", with: "&")
  }
}
