import LossbookCore
import LossbookWords

/// Writes citations and the reference list in an author-year style (APA's shape): "(Du et al.,
/// 2024, p. 3)" in brackets, "Du et al. (2024)" in the sentence, and one entry per cited work at
/// the end, each citation linking to its entry. Every piece of text is escaped here.
public struct CitationFormatter: Sendable {
  /// One cited work of a citation, with the words around it.
  public struct Cited: Sendable {
    public var reference: Reference
    public var prefix: String
    public var locator: String

    public init(_ reference: Reference, prefix: String = "", locator: String = "") {
      self.reference = reference
      self.prefix = prefix
      self.locator = locator
    }
  }

  let words: Words

  public init(language: ReportLanguage) { words = Words(language) }

  /// The element id of a work's entry in the reference list.
  public static func anchor(_ key: String) -> String { "ref-" + key }

  /// A bracketed citation: "(see Du et al., 2024, p. 3; Wei et al., 2022)", each work linking
  /// to its entry.
  public func parenthetical(_ works: [Cited]) -> Markup {
    let parts = works.map { work -> Markup in
      let cited = link(work.reference, .text(citedText(work)))
      return work.prefix.isEmpty ? cited : "\(work.prefix) \(cited)"
    }
    return .words(around: parts) { words[.parentheticalCitation($0)] }
  }

  /// The bracketed citation as plain text, for a table cell, which cannot hold markup.
  public func parentheticalText(_ works: [Cited]) -> String {
    words[.parentheticalCitation(works.map { ($0.prefix.isEmpty ? "" : $0.prefix + " ") + citedText($0) })]
  }

  /// "Du et al., 2024, p. 3".
  private func citedText(_ work: Cited) -> String {
    var text = authors(work.reference) + ", " + year(work.reference)
    if !work.locator.isEmpty { text += ", " + work.locator }
    return text
  }

  /// A citation in the sentence: "Du et al. (2024)", "Duら（2024）", linking to its entry.
  public func narrative(_ work: Cited) -> Markup {
    link(work.reference, .text(narrativeText(work)))
  }

  /// The citation in the sentence as plain text.
  public func narrativeText(_ work: Cited) -> String {
    var inner = year(work.reference)
    if !work.locator.isEmpty { inner += ", " + work.locator }
    return words[.narrativeCitation(authors: authors(work.reference), inner: inner)]
  }

  /// The reference list: a heading and one entry per work, sorted by first author, year and title.
  public func referenceList(_ references: [Reference], headingID: String) -> Markup {
    let sorted = references.sorted {
      (sortName($0), $0.year, $0.title, $0.key) < (sortName($1), $1.year, $1.title, $1.key)
    }
    var html: Markup = "<section class=\"lb-references\" aria-labelledby=\"\(attribute: headingID)\">\n"
    html += "<h2 id=\"\(attribute: headingID)\">\(words[.references])</h2>\n<ul>\n"
    for reference in sorted {
      html += "<li id=\"\(attribute: Self.anchor(reference.key))\">\(entry(reference))</li>\n"
    }
    return html + "</ul>\n</section>\n"
  }

  /// One entry: "Du, Z., Zeng, A., Dong, Y., &amp; Tang, J. (2024). Title. <i>Container</i>,
  /// <i>7</i>(2), 1–10. Publisher. https://doi.org/…".
  func entry(_ r: Reference) -> Markup {
    var parts: [Markup] = []
    let names = r.authors.map { name -> String in
      let initials = initialsOf(name.given)
      return initials.isEmpty ? name.family : name.family + ", " + initials
    }
    var head = ""
    switch names.count {
    case 0: head = ""
    case 1: head = names[0]
    case 2: head = names[0] + ", & " + names[1]
    default: head = names.dropLast().joined(separator: ", ") + ", & " + names[names.count - 1]
    }
    let dated = (head.isEmpty ? "" : head + " ") + "(" + year(r) + ")."
    parts.append(.text(dated))
    if !r.title.isEmpty { parts.append(.text(Self.sentence(r.title))) }
    if !r.container.isEmpty {
      var source: Markup = "<i>\(r.container)</i>"
      if !r.volume.isEmpty { source += ", <i>\(r.volume)</i>" }
      if !r.issue.isEmpty { source += "(\(r.issue))" }
      if !r.pages.isEmpty { source += ", \(r.pages)" }
      parts.append(source + ".")
    }
    if !r.publisher.isEmpty { parts.append(.text(Self.sentence(r.publisher))) }
    if let target = webAddress(r) {
      parts.append("<a href=\"\(attribute: target)\">\(target)</a>")
    }
    return parts.joined(separator: " ")
  }

  /// The authors as cited in the text: "Du", "Du and Zeng", "Du et al."; the title when none.
  func authors(_ r: Reference) -> String {
    let families = r.authors.map(\.family)
    switch families.count {
    case 0: return r.title.isEmpty ? r.key : r.title
    case 1: return families[0]
    case 2: return words[.twoAuthors(families[0], families[1])]
    default: return words[.etAl(families[0])]
    }
  }

  func year(_ r: Reference) -> String { r.year.isEmpty ? words[.noDate] : r.year }

  /// A DOI as its https address, else the work's own http(s) address; nothing else is linked.
  private func webAddress(_ r: Reference) -> String? {
    if !r.doi.isEmpty { return "https://doi.org/" + r.doi }
    let lower = r.url.lowercased()
    return lower.hasPrefix("https://") || lower.hasPrefix("http://") ? r.url : nil
  }

  private func link(_ r: Reference, _ html: Markup) -> Markup {
    "<a class=\"lb-cite\" href=\"#\(attribute: Self.anchor(r.key))\">\(html)</a>"
  }

  private func sortName(_ r: Reference) -> String { (r.authors.first?.family ?? r.title).lowercased() }

  /// "Zhengxiao" → "Z.", "Jean-Pierre Marie" → "J.-P. M.".
  private func initialsOf(_ given: String) -> String {
    given.split(separator: " ").map { word in
      word.split(separator: "-").compactMap { $0.first.map { "\($0)." } }.joined(separator: "-")
    }.joined(separator: " ")
  }

  /// The text ending in one full stop (a title that ends in "?" or "." keeps its own).
  static func sentence(_ text: String) -> String {
    guard let last = text.last else { return text }
    return ".?!".contains(last) ? text : text + "."
  }
}
