import LossbookRender
import LossbookWords

/// The explanation's HTML: the headline, the quiz (folded answer), slots 2 to 8 and the
/// details for statisticians in `<details>` (open for analysts). No script is needed.
enum ExplainHTML {
  /// - Parameter headingLevel: the level of the heading the block sits under; the headline is
  ///   one level below it and the slots two, so the outline never skips a level.
  static func render(_ r: ExplainRendered, audience: ExplainAudience, headingLevel: Int = 1) -> Markup {
    let words = Words(r.language).explanations
    let top = min(headingLevel + 1, 6)
    let sub = min(headingLevel + 2, 6)
    var h: Markup = "<section class=\"lb-explain\" lang=\"\(r.language.rawValue)\">\n"
    for line in r.lines(.headline) { h += "<h\(top) class=\"lb-explain-headline\">\(line.html)</h\(top)>\n" }
    if let q = r.quiz {
      let gap = Words(r.language).sentenceSeparator
      h +=
        "<aside class=\"lb-explain-quiz\"><p><strong>\(words["slot.quiz"]!)</strong>\(gap)\(q.question.html)</p>\n"
      h +=
        "<details><summary>\(words["slot.quiz_answer"]!)</summary><p>\(q.answer.html)</p></details></aside>\n"
    }
    let lists: Set<ExplainSlot> = [.found, .howSure, .notMean]
    for slot in ExplainSlot.allCases where slot != .headline && slot != .details {
      let lines = r.lines(slot)
      // A slot with nothing to say is left out, heading and all (no empty lists).
      guard !lines.isEmpty else { continue }
      let title = words["slot." + slot.rawValue]!
      h += "<h\(sub) class=\"lb-explain-slot\" data-slot=\"\(slot.rawValue)\">\(title)</h\(sub)>\n"
      if lists.contains(slot) {
        h += "<ul>\n\(lines.map { line -> Markup in "<li>\(line.html)</li>\n" }.joined())</ul>\n"
      } else {
        let sep = Words(r.language).sentenceSeparator
        let body = lines.map(\.html).joined(separator: .text(sep))
        h +=
          slot == .oneSentence ? "<p class=\"lb-explain-restate\"><strong>\(body)</strong></p>\n" : "<p>\(body)</p>\n"
      }
    }
    let open: Markup = audience == .analyst ? " open" : ""
    h +=
      "<details class=\"lb-explain-details\" data-slot=\"details\"\(open)><summary>\(words["slot.details"]!)</summary>\n<ul>\n"
    h += r.lines(.details).map { line -> Markup in "<li>\(line.html)</li>\n" }.joined()
    h += "</ul>\n</details>\n</section>\n"
    return h
  }
}
