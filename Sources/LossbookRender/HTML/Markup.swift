/// A piece of a page's HTML that is safe to write as it is: text escapes by construction.
///
/// Build it from a literal, in which every interpolated `String` is escaped and every
/// interpolated `Markup` is kept:
///
///     let cell: Markup = "<td class=\"\(CSSClass.number)\">\(value)</td>"   // value: String, escaped
///     let row: Markup = "<tr>\(cells.joined())</tr>"           // cells: [Markup], kept
///
/// A literal's own text is written by us in the source, so it is trusted. Text made at run time
/// becomes markup without escaping only through ``trusted(_:)``, the one door for markup made by
/// a trusted writer (cmark, the SVG builder, a script constant); `RepositoryRulesTests` lists
/// the files that open it.
public struct Markup: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
  /// The markup, ready for the page.
  public private(set) var html: String

  fileprivate init(html: String) { self.html = html }

  public init(stringLiteral literal: StaticString) {
    html = literal.description
  }

  public init(stringInterpolation: Interpolation) {
    html = stringInterpolation.html
  }

  /// No markup.
  public static let empty = Markup(html: "")

  /// Text shown as it is: `&`, `<`, `>` and quotes escaped.
  public static func text(_ text: some StringProtocol) -> Markup {
    Markup(html: HTML.escapeText(String(text)))
  }

  /// Markup written by a trusted writer (cmark's renderer, ``SVGBuilder``, a script or style
  /// constant), kept as it is. Every caller must say why its text is already safe.
  public static func trusted(_ html: String) -> Markup {
    Markup(html: html)
  }

  /// Words around markup: `words` gets a stand-in for each part and returns the text (a
  /// catalogue's sentence); the text is escaped and each stand-in replaced by its part.
  public static func words(around parts: [Markup], _ words: ([String]) -> String) -> Markup {
    let holes = parts.indices.map { "\u{F8FF}\($0)\u{F8FF}" }
    var html = HTML.escapeText(words(holes))
    for (hole, part) in zip(holes, parts) {
      html = html.replacingOccurrences(of: hole, with: part.html)
    }
    return Markup(html: html)
  }

  public var isEmpty: Bool { html.isEmpty }
  public var description: String { html }

  public static func + (lhs: Markup, rhs: Markup) -> Markup { Markup(html: lhs.html + rhs.html) }

  public static func += (lhs: inout Markup, rhs: Markup) { lhs.html += rhs.html }

  /// Builds markup from a literal: its text kept, `String` values escaped, `Markup` kept.
  public struct Interpolation: StringInterpolationProtocol {
    var html = ""

    public init(literalCapacity: Int, interpolationCount: Int) {
      html.reserveCapacity(literalCapacity + 16 * interpolationCount)
    }

    /// The literal's own text, written in the source.
    public mutating func appendLiteral(_ literal: StaticString) {
      html += literal.description
    }

    /// Text, escaped for an element's content or a double-quoted attribute.
    public mutating func appendInterpolation(_ text: some StringProtocol) {
      html += HTML.escapeText(String(text))
    }

    /// An attribute's value, escaped so that tabs and line feeds survive (`&#9;`, `&#10;`).
    public mutating func appendInterpolation(attribute value: some StringProtocol) {
      html += HTML.escapeAttribute(String(value))
    }

    /// A whole number, which needs no escaping.
    public mutating func appendInterpolation(_ number: some BinaryInteger) {
      html += String(number)
    }

    public mutating func appendInterpolation(_ markup: Markup) {
      html += markup.html
    }

    /// Nothing when nil.
    public mutating func appendInterpolation(_ markup: Markup?) {
      html += markup?.html ?? ""
    }
  }
}

extension Sequence where Element == Markup {
  /// The pieces one after the other, with `separator` between them.
  public func joined(separator: Markup = .empty) -> Markup {
    var out = ""
    var first = true
    for piece in self {
      if !first { out += separator.html }
      out += piece.html
      first = false
    }
    return Markup(html: out)
  }
}
