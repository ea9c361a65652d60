import LossbookCore
import LossbookWords

/// One self-contained HTML report: inline CSS and SVG, no scripts, nothing from the network.
///
/// The Content-Security-Policy comes first in `<head>`, so it governs everything after it:
/// no request of any kind can leave the page (RELIABILITY-NOTES section 3).
public struct ReportPage: Sendable {
  public var language: ReportLanguage
  public var title: String
  public var subtitle: String?
  public var author: String?
  public var date: String?
  public var description: String?
  public var toc: [TOCEntry]?
  public var bodyHTML: Markup
  public var footerText: String
  public var generator: String
  /// The page's one inline script, if a block needs it; the policy allows exactly its hash.
  public var script: String?

  public init(
    language: ReportLanguage, title: String, subtitle: String? = nil, author: String? = nil, date: String? = nil,
    description: String? = nil, toc: [TOCEntry]?, bodyHTML: Markup, footerText: String, generator: String,
    script: String? = nil
  ) {
    self.script = script
    self.language = language
    self.title = title
    self.subtitle = subtitle
    self.author = author
    self.date = date
    self.description = description
    self.toc = toc
    self.bodyHTML = bodyHTML
    self.footerText = footerText
    self.generator = generator
  }

  /// The id of the table of contents' heading.
  static let tocTitleID = "lb-toc-title"
  /// The ids the page itself gives elements, which no heading may take.
  public static let ownIDs: Set<String> = [tocTitleID]

  /// The policy: nothing may load, styles only inline, images only from data: URLs, and no
  /// script but the page's own, by its hash.
  public static let contentSecurityPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'"

  /// The policy of this page: the base policy, plus the hash of its script if it has one.
  public var policy: String {
    guard let script else { return Self.contentSecurityPolicy }
    return Self.contentSecurityPolicy + "; script-src " + CSPHash.source(of: script)
  }

  /// The page as a render writes it.
  public func html() -> String { html(policyInMeta: true, bodyStart: .empty, bodyEnd: .empty) }

  /// The page with `bodyStart` first in `<body>` and `bodyEnd` last, and without its
  /// Content-Security-Policy when `policyInMeta` is false (the server then sends one). Only
  /// `lossbook preview` asks for anything but ``html()``: a written report never has these.
  public func html(policyInMeta: Bool, bodyStart: Markup, bodyEnd: Markup) -> String {
    let words = Words(language)
    var h: Markup = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
    // The policy is a constant and a base64 hash; its quotes are the policy's own.
    if policyInMeta { h += "<meta http-equiv=\"Content-Security-Policy\" content=\"\(Markup.trusted(policy))\">\n" }
    h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    h += "<meta name=\"generator\" content=\"\(attribute: generator)\">\n"
    if let description { h += "<meta name=\"description\" content=\"\(attribute: description)\">\n" }
    // The stylesheet and the scripts are the program's own constants.
    h += "<title>\(title)</title>\n<style>\n\(Markup.trusted(ReportStyle.css))</style>\n</head>\n<body>\n"
    h += bodyStart
    h += "<header class=\"lb-header\">\n<h1 class=\"lb-title\">\(title)</h1>\n"
    if let subtitle { h += "<p class=\"lb-subtitle\">\(subtitle)</p>\n" }
    let meta = [author, date].compactMap { $0 }
    if !meta.isEmpty { h += "<p class=\"lb-meta\">\(meta.map { Markup.text($0) }.joined(separator: " · "))</p>\n" }
    h += "</header>\n"
    if let toc, !toc.isEmpty {
      h += "<nav class=\"lb-toc\" aria-labelledby=\"\(Self.tocTitleID)\">\n"
      h += "<h2 id=\"\(Self.tocTitleID)\">\(words[.contents])</h2>\n"
      h += Self.tocList(toc)
      h += "</nav>\n"
    }
    h += "<main>\n\(bodyHTML)</main>\n"
    h += "<footer class=\"lb-footer\"><p>\(footerText)</p></footer>\n"
    if let script { h += "<script>\(Markup.trusted(script))</script>\n" }
    h += bodyEnd
    h += "</body>\n</html>\n"
    return h.html
  }

  /// Nested ordered lists from heading levels.
  static func tocList(_ entries: [TOCEntry]) -> Markup {
    let base = entries.map(\.level).min() ?? 1
    var out = Markup.empty
    var depth = 0
    for e in entries {
      let level = min(e.level - base + 1, 3)
      if level > depth {
        while depth < level {
          out += "<ol>\n"
          depth += 1
        }
      } else {
        out += "</li>\n"
        while depth > level {
          out += "</ol>\n</li>\n"
          depth -= 1
        }
      }
      out += "<li><a href=\"#\(attribute: e.id)\">\(e.html)</a>"
    }
    while depth > 0 {
      out += "</li>\n</ol>\n"
      depth -= 1
    }
    return out
  }
}
