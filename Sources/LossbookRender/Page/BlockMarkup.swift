/// The class names that markup in more than one file shares with the stylesheet, written once
/// (`RepositoryRulesTests.everyStyledClassIsWritten` checks that every styled class is written).
public enum CSSClass {
  /// A block's section, with `lb-kind-<kind>` beside it.
  public static let block = "lb-block"
  /// The prefix of a block's kind class: `lb-kind-fit`.
  public static let kindPrefix = "lb-kind-"
  /// A block's source listing, shown or folded.
  public static let source = "lb-source"
  /// A block's folded result.
  public static let output = "lb-output"
  /// The box of a block that failed or did not run.
  public static let error = "lb-error"
  /// A number's cell, aligned right in tabular figures.
  public static let number = "lb-num"
  /// A note under a table or figure (and a chart's annotation text).
  public static let note = "lb-note"
  /// The download links under a figure or table.
  public static let links = "lb-links"
  /// A cell whose text must not wrap.
  public static let noWrap = "lb-nowrap"
}

/// The markup around each block of a report, in one place: its section, its source listing
/// (shown or folded), its folded result and the error box.
public enum BlockMarkup {
  /// `<section class="lb-block lb-kind-fit" id="block-fit1">`.
  public static func sectionOpen(kind: String, id: String) -> Markup {
    "<section class=\"\(CSSClass.block) \(CSSClass.kindPrefix)\(kind)\" id=\"block-\(attribute: id)\">\n"
  }

  public static let sectionClose: Markup = "</section>\n"

  /// The block as its disclosures name it: `<code>kind id</code>`.
  public static func label(kind: String, id: String) -> Markup {
    "<code>\(kind) \(id)</code>"
  }

  /// The block's YAML body as a listing.
  public static func listing(_ body: String) -> Markup {
    "<pre><code class=\"language-yaml\">\(body)\n</code></pre>"
  }

  /// A listing shown as it is.
  public static func shownSource(_ listing: Markup) -> Markup {
    "<div class=\"\(CSSClass.source)\">\(listing)</div>\n"
  }

  /// A listing folded behind "Source: kind id".
  public static func foldedSource(_ listing: Markup, summary: Markup) -> Markup {
    "<details class=\"\(CSSClass.source)\"><summary>\(summary)</summary>\(listing)</details>\n"
  }

  /// A block's output folded behind "Result: kind id".
  public static func foldedOutput(_ html: Markup, summary: Markup) -> Markup {
    "<details class=\"\(CSSClass.output)\"><summary>\(summary)</summary>\n\(html)</details>\n"
  }

  /// The box of a block that failed or did not run: a bold word, then the message.
  public static func errorBox(word: String, message: Markup) -> Markup {
    "<div class=\"\(CSSClass.error)\" role=\"alert\"><strong>\(word)</strong> \(message)</div>\n"
  }
}
