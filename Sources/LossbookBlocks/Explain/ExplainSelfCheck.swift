import Foundation
import LossbookCore
import LossbookWords

/// The statcheck-style self-check (TEACHING.md goal E2): every number in the rendered
/// explanation must be one of its recorded numbers, each recomputed from the results JSON and
/// formatted again, or one of the few numbers the catalogue writes itself. A mismatch is an
/// error.
enum ExplainSelfCheck {
  /// The mismatches; empty when the explanation is consistent with `sources`.
  static func mismatches(text: ExplainText, html: String, sources: ExplainSources) -> [ExplainMismatch] {
    let format = LossbookNumberFormat(language: text.language)
    var out: [ExplainMismatch] = []
    var expected: [String] = []
    for n in text.numbers {
      guard let v = n.derivation.evaluate(in: sources) else {
        out.append(.notInResults(number: n.text, formula: n.derivation.formula))
        continue
      }
      let again = format.format(v, style: n.style)
      if again != n.text { out.append(.shouldRead(number: n.text, again: again, formula: n.derivation.formula)) }
      expected += tokens(n.text)
    }
    for s in text.allSentences {
      for piece in s.pieces {
        switch piece {
        case .literal(let t):
          let found = tokens(t)
          for tok in found where !ExplainCatalog.literalNumbers.contains(tok) {
            out.append(.catalogueWritesNumber(text: t, number: tok))
          }
          expected += found
        case .text(let t): expected += tokens(t)
        case .term(let term): expected += tokens(term.word(text.language)) + tokens(term.definition(text.language))
        default: break
        }
      }
    }
    // Headings and summaries come from the catalogue and hold no digits; the page's numbers
    // must be exactly the expected ones.
    let shown = tokens(visibleText(html))
    let missing = difference(expected, shown)
    let extra = difference(shown, expected)
    if !missing.isEmpty { out.append(.missingFromPage(missing)) }
    if !extra.isEmpty { out.append(.fromNowhere(extra)) }
    return out
  }

  /// The numbers of a text, without signs: `2.17`, `1,000`, `25` of `25%`.
  static func tokens(_ text: String) -> [String] {
    let regex = numberPattern
    let ns = text as NSString
    return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range) }
  }

  nonisolated(unsafe) private static let numberPattern = try! NSRegularExpression(
    pattern: #"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?"#)

  /// The text a reader sees: tags and ruby readings removed, entities decoded.
  static func visibleText(_ html: String) -> String {
    var s = html.replacingOccurrences(of: #"<rt>[^<]*</rt>"#, with: "", options: .regularExpression)
    s = s.replacingOccurrences(of: #"<[^>]*>"#, with: "", options: .regularExpression)
    for (e, c) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
      s = s.replacingOccurrences(of: e, with: c)
    }
    return s
  }

  /// The items of `a` not matched one-to-one in `b`.
  static func difference(_ a: [String], _ b: [String]) -> [String] {
    var counts: [String: Int] = [:]
    for x in b { counts[x, default: 0] += 1 }
    var out: [String] = []
    for x in a {
      if let c = counts[x], c > 0 { counts[x] = c - 1 } else { out.append(x) }
    }
    return out
  }
}
