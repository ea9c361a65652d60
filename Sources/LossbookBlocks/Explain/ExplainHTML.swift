import LossbookRender

/// The explanation's HTML: the headline, the quiz (folded answer), slots 2 to 8 and the
/// details for statisticians in `<details>` (open for analysts). No script is needed.
enum ExplainHTML {
  static func render(_ r: ExplainRendered, audience: ExplainAudience) -> String {
    let words = ExplainCatalog.table(r.language)
    var h = "<section class=\"lb-explain\" lang=\"\(r.language.rawValue)\">\n"
    for line in r.lines(.headline) { h += "<h3 class=\"lb-explain-headline\">\(line.html)</h3>\n" }
    if let q = r.quiz {
      let gap = r.language == .ja ? "" : " "
      h += "<aside class=\"lb-explain-quiz\"><p><strong>\(HTML.escapeText(words["slot.quiz"]!))</strong>\(gap)\(q.question.html)</p>\n"
      h += "<details><summary>\(HTML.escapeText(words["slot.quiz_answer"]!))</summary><p>\(q.answer.html)</p></details></aside>\n"
    }
    let lists: Set<ExplainSlot> = [.found, .howSure, .notMean]
    for slot in ExplainSlot.allCases where slot != .headline && slot != .details {
      let lines = r.lines(slot)
      let title = HTML.escapeText(words["slot." + slot.rawValue]!)
      h += "<h4 class=\"lb-explain-slot\" data-slot=\"\(slot.rawValue)\">\(title)</h4>\n"
      if lists.contains(slot) {
        h += "<ul>\n" + lines.map { "<li>\($0.html)</li>\n" }.joined() + "</ul>\n"
      } else {
        let sep = r.language == .ja ? "" : " "
        let body = lines.map(\.html).joined(separator: sep)
        h += slot == .oneSentence ? "<p class=\"lb-explain-restate\"><strong>\(body)</strong></p>\n" : "<p>\(body)</p>\n"
      }
    }
    let open = audience == .analyst ? " open" : ""
    h += "<details class=\"lb-explain-details\" data-slot=\"details\"\(open)><summary>\(HTML.escapeText(words["slot.details"]!))</summary>\n<ul>\n"
    h += r.lines(.details).map { "<li>\($0.html)</li>\n" }.joined()
    h += "</ul>\n</details>\n</section>\n"
    return h
  }
}
