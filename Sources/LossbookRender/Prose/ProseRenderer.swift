internal import CCmark
import Foundation
import LossbookCore
import LossbookWords

/// A heading of the report, for the table of contents.
public struct TOCEntry: Sendable, Equatable {
  public var level: Int
  public var id: String
  /// The heading's text as markup.
  public var html: Markup

  public init(level: Int, id: String, html: Markup) {
    self.level = level
    self.id = id
    self.html = html
  }
}

/// The prose of a notebook rendered to HTML, with its headings.
public struct RenderedProse: Sendable {
  public var html: Markup
  public var toc: [TOCEntry]
  /// The text of the first level-1 heading, if any (the report title when none is given).
  public var firstHeading: String?
}

/// Renders prose through cmark-gfm (CommonMark and GitHub tables) in its safe mode.
///
/// The engine's HTML goes in as custom nodes, which Markdown syntax cannot produce: blocks
/// replace their fenced code, inline values replace their code spans. The author's raw HTML
/// stays inert (`<!-- raw HTML omitted -->`) and `javascript:` links lose their target.
/// A Markdown table goes into the same scrolling box as a block's table (``TableHTML/wrapOpen(label:)``).
public struct ProseRenderer: Sendable {
  /// The report's words: a prose table's accessible name, an image's stand-in.
  public var words: Words

  public init(words: Words = Words(.en)) {
    self.words = words
  }

  /// - Parameters:
  ///   - markdown: the notebook text with the front matter lines blanked, so line numbers match.
  ///   - blocks: HTML for each block, by the file line of its opening fence.
  ///   - inline: the text of each inline value, by the code span's content.
  public func render(markdown: String, blocks: [Int: Markup], inline: [String: InlineValueText]) -> RenderedProse {
    _ = CmarkExtensions.registered
    let options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES | CMARK_OPT_SMART
    guard let parser = cmark_parser_new(options) else { return RenderedProse(html: .empty, toc: [], firstHeading: nil) }
    defer { cmark_parser_free(parser) }
    for name in ["table", "strikethrough", "autolink", "tasklist"] {
      if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
    }
    markdown.withCString { p in cmark_parser_feed(parser, p, strlen(p)) }
    guard let doc = cmark_parser_finish(parser) else { return RenderedProse(html: .empty, toc: [], firstHeading: nil) }
    defer { cmark_node_free(doc) }

    // Collect first, then change the tree: it must not change while an iterator is live.
    var codeBlocks: [OpaquePointer] = []
    var codeSpans: [OpaquePointer] = []
    var headings: [OpaquePointer] = []
    var images: [OpaquePointer] = []
    var softBreaks: [OpaquePointer] = []
    var tables: [OpaquePointer] = []
    if let iter = cmark_iter_new(doc) {
      while true {
        let ev = cmark_iter_next(iter)
        if ev == CMARK_EVENT_DONE { break }
        guard ev == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iter) else { continue }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_CODE_BLOCK: codeBlocks.append(node)
        case CMARK_NODE_CODE: codeSpans.append(node)
        case CMARK_NODE_HEADING: headings.append(node)
        case CMARK_NODE_IMAGE: images.append(node)
        case CMARK_NODE_SOFTBREAK: softBreaks.append(node)
        default:
          if let type = cmark_node_get_type_string(node), String(cString: type) == "table" { tables.append(node) }
        }
      }
      cmark_iter_free(iter)
    }
    EastAsianLineBreaks.remove(softBreaks)

    for node in codeBlocks {
      let line = Int(cmark_node_get_start_line(node))
      guard let html = blocks[line], let custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
      cmark_node_set_on_enter(custom, html.html)
      Self.replace(node, with: custom)
    }
    for node in codeSpans {
      guard let literal = cmark_node_get_literal(node).map({ String(cString: $0) }), let value = inline[literal],
        let custom = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)
      else { continue }
      let markup: Markup =
        value.html
        ?? (value.isError
          ? "<span class=\"lb-value lb-error\">\(value.text)</span>" : "<span class=\"lb-value\">\(value.text)</span>")
      cmark_node_set_on_enter(custom, markup.html)
      if !Self.replace(node, with: custom), let text = cmark_node_new(CMARK_NODE_TEXT) {
        // A GitHub table cell cannot hold custom nodes; plain text (escaped by cmark) can.
        cmark_node_set_literal(text, value.text)
        Self.replace(node, with: text)
      }
    }

    // A report loads nothing: an image that is not an inline data: image becomes its words.
    for node in images {
      let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
      guard !Self.isEmbeddedImage(url) else { continue }
      let alt = Self.plainText(node)
      let text = words[.imageNotShown(alt: alt)]
      guard let custom = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { continue }
      let omitted: Markup = "<span class=\"lb-omitted\">\(text)</span>"
      cmark_node_set_on_enter(custom, omitted.html)
      if !Self.replace(node, with: custom), let plain = cmark_node_new(CMARK_NODE_TEXT) {
        cmark_node_set_literal(plain, text)
        Self.replace(node, with: plain)
      }
    }

    for (i, node) in tables.enumerated() {
      guard let box = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
      cmark_node_set_on_enter(box, TableHTML.wrapOpen(label: words[.proseTable(i + 1)]).html)
      cmark_node_set_on_exit(box, "</div>")
      guard cmark_node_insert_before(node, box) != 0 else {
        cmark_node_free(box)
        continue
      }
      cmark_node_unlink(node)
      if cmark_node_append_child(box, node) == 0 {
        cmark_node_insert_before(box, node)
        cmark_node_free(box)
      }
    }

    var toc: [TOCEntry] = []
    var slugs = SlugSet(reserved: Self.elementIDs(in: blocks.values.lazy.map(\.html)).union(ReportPage.ownIDs))
    var firstHeading: String?
    for node in headings {
      let level = Int(cmark_node_get_heading_level(node))
      let text = Self.plainText(node)
      if level == 1 && firstHeading == nil { firstHeading = text }
      let id = slugs.make(text)
      toc.append(TOCEntry(level: level, id: id, html: .text(text)))
      // Render the heading ourselves so that it carries its id; its inline children move over.
      guard let custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
      let open: Markup = "<h\(level) id=\"\(attribute: id)\">"
      cmark_node_set_on_enter(custom, open.html)
      cmark_node_set_on_exit(custom, "</h\(level)>")
      while let child = cmark_node_first_child(node) {
        cmark_node_unlink(child)
        if cmark_node_append_child(custom, child) == 0 { cmark_node_free(child) }
      }
      Self.replace(node, with: custom)
    }

    guard let out = cmark_render_html(doc, options, cmark_parser_get_syntax_extensions(parser)) else {
      return RenderedProse(html: .empty, toc: toc, firstHeading: firstHeading)
    }
    // cmark-gfm in its safe mode: the author's raw HTML is omitted, text escaped.
    let html = Markup.trusted(String(cString: out))
    free(out)
    return RenderedProse(html: html, toc: toc, firstHeading: firstHeading)
  }

  /// Every `id="…"` value in the engine's HTML (blocks, figures, explorers, their SVG parts),
  /// as written. An id with an escaped character can never equal a heading's slug, so the
  /// values need no unescaping.
  static func elementIDs<S: Sequence<String>>(in html: S) -> Set<String> {
    var ids: Set<String> = []
    let marker = Array(" id=\"".utf8)
    let quote = UInt8(ascii: "\"")
    for text in html {
      let bytes = Array(text.utf8)
      var i = 0
      while i + marker.count <= bytes.count {
        guard bytes[i] == marker[0], bytes[i..<(i + marker.count)].elementsEqual(marker) else {
          i += 1
          continue
        }
        let start = i + marker.count
        var end = start
        while end < bytes.count && bytes[end] != quote { end += 1 }
        ids.insert(String(decoding: bytes[start..<end], as: UTF8.self))
        i = end
      }
    }
    return ids
  }

  /// Puts `new` where `old` is and frees `old`; when the parent cannot hold `new` (cmark
  /// refuses, and `old` stays), frees `new` instead and returns false.
  @discardableResult
  private static func replace(_ old: OpaquePointer, with new: OpaquePointer) -> Bool {
    if cmark_node_replace(old, new) != 0 {
      cmark_node_free(old)
      return true
    }
    cmark_node_free(new)
    return false
  }

  /// Whether a URL is an image embedded in the page (cmark's safe mode allows only these
  /// data: types, and the Content-Security-Policy allows only data: images).
  static func isEmbeddedImage(_ url: String) -> Bool {
    let lower = url.lowercased()
    return ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains { lower.hasPrefix($0) }
  }

  /// The text of a node's inline children (text, code and custom inline values).
  private static func plainText(_ node: OpaquePointer) -> String {
    var s = ""
    guard let iter = cmark_iter_new(node) else { return s }
    while true {
      let ev = cmark_iter_next(iter)
      if ev == CMARK_EVENT_DONE { break }
      guard ev == CMARK_EVENT_ENTER, let n = cmark_iter_get_node(iter) else { continue }
      switch cmark_node_get_type(n) {
      case CMARK_NODE_TEXT, CMARK_NODE_CODE:
        if let l = cmark_node_get_literal(n) { s += String(cString: l) }
      case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
        s += " "
      default: break
      }
    }
    cmark_iter_free(iter)
    return s
  }
}

/// The formatted text of an inline value, or the word for an error.
public struct InlineValueText: Sendable {
  public var text: String
  public var isError: Bool
  /// The engine's own markup for the span (a citation's links); `text` is used where markup
  /// cannot go (a table cell).
  public var html: Markup?

  public init(_ text: String, isError: Bool = false, html: Markup? = nil) {
    self.text = text
    self.isError = isError
    self.html = html
  }
}

/// Registers cmark-gfm's extensions exactly once (the C function is not thread-safe).
enum CmarkExtensions {
  static let registered: Void = { cmark_gfm_core_extensions_ensure_registered() }()
}
