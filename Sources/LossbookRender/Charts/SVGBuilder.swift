import LossbookCore

/// An ordered list of attributes: written in the order given, so output is deterministic.
typealias SVGAttributes = [(String, String)]

/// Writes SVG one element per line. Every attribute value and every text passes through
/// `HTML.escapeAttribute` / `HTML.escapeText`: there is no way to write unescaped user text.
struct SVGBuilder {
  private(set) var output = ""

  /// `<name attrs>`
  mutating func open(_ name: String, _ attributes: SVGAttributes = []) {
    output += "<" + name + Self.attributeText(attributes) + ">\n"
  }

  /// `</name>`
  mutating func close(_ name: String) {
    output += "</" + name + ">\n"
  }

  /// `<name attrs/>`
  mutating func element(_ name: String, _ attributes: SVGAttributes) {
    output += "<" + name + Self.attributeText(attributes) + "/>\n"
  }

  /// `<name attrs>text</name>`
  mutating func element(_ name: String, _ attributes: SVGAttributes, text: String) {
    output += "<" + name + Self.attributeText(attributes) + ">" + HTML.escapeText(text) + "</" + name + ">\n"
  }

  /// A `<text>` of one or more lines (`<tspan>`s `lineHeight` apart, first baseline at `y`).
  mutating func text(
    _ lines: [String], x: Double, y: Double, lineHeight: Double, _ attributes: SVGAttributes = []
  ) {
    let position: SVGAttributes = [("x", Self.number(x)), ("y", Self.number(y))]
    if lines.count == 1 {
      element("text", position + attributes, text: lines[0])
      return
    }
    output += "<text" + Self.attributeText(position + attributes) + ">"
    for (i, line) in lines.enumerated() {
      let attrs: SVGAttributes = [("x", Self.number(x)), ("dy", i == 0 ? "0" : Self.number(lineHeight))]
      output += "<tspan" + Self.attributeText(attrs) + ">" + HTML.escapeText(line) + "</tspan>"
    }
    output += "</text>\n"
  }

  /// A coordinate or length: 2 decimals at most.
  static func number(_ value: Double) -> String {
    LossbookNumberFormat.coordinate(value)
  }

  /// `x1,y1 x2,y2 …` for `points` and `polygon`.
  static func points(_ points: [(Double, Double)]) -> String {
    points.map { number($0.0) + "," + number($0.1) }.joined(separator: " ")
  }

  private static func attributeText(_ attributes: SVGAttributes) -> String {
    var text = ""
    for (name, value) in attributes {
      text += " " + name + "=\"" + HTML.escapeAttribute(value) + "\""
    }
    return text
  }
}
