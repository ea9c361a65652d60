import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A parsed SVG for tests: every element with its own and inherited attributes. Parsing
/// with XMLParser also proves that the output is well-formed XML.
final class SVGTree: NSObject, XMLParserDelegate {
  struct Node {
    var name: String
    var attributes: [String: String]
    /// Own attributes over the inheritable ones of the ancestors (fill, stroke, font-size,
    /// text-anchor), plus `panel`: the index of the enclosing `lb-panel` group.
    var inherited: [String: String]
    /// Character data directly inside this element.
    var text: String
    var parent: Int?

    var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }
    func has(_ cls: String) -> Bool { classes.contains(cls) }
  }

  private(set) var nodes: [Node] = []
  private var stack: [Int] = []
  private(set) var error: Error?

  init(_ svg: String) {
    super.init()
    let parser = XMLParser(data: Data(svg.utf8))
    parser.delegate = self
    if !parser.parse() { error = parser.parserError ?? CocoaError(.coderReadCorrupt) }
  }

  var isWellFormed: Bool { error == nil }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    var inherited: [String: String] = [:]
    if let parent = stack.last {
      for key in ["fill", "stroke", "font-size", "text-anchor", "panel"] {
        if let v = nodes[parent].inherited[key] { inherited[key] = v }
      }
    }
    for (k, v) in attributes { inherited[k] = v }
    if let id = attributes["id"], attributes["class"] == "lb-panel", let n = id.split(separator: "-").last {
      inherited["panel"] = String(n)
    }
    nodes.append(Node(name: elementName, attributes: attributes, inherited: inherited, text: "", parent: stack.last))
    stack.append(nodes.count - 1)
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if let top = stack.last { nodes[top].text += string }
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
  ) {
    stack.removeLast()
  }

  func all(_ name: String) -> [Node] { nodes.filter { $0.name == name } }
  func withClass(_ cls: String) -> [Node] { nodes.filter { $0.has(cls) } }
}

/// WCAG 2.x contrast, written out: relative luminance L = 0.2126 R + 0.7152 G + 0.0722 B of
/// the linearised channels (c ≤ 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055)^2.4), and the
/// ratio (L1 + 0.05) / (L2 + 0.05) with L1 the lighter.
enum WCAGContrast {
  static func luminance(_ hex: String) -> Double? {
    var h = hex.lowercased()
    guard h.hasPrefix("#") else { return h == "white" ? 1 : (h == "black" ? 0 : nil) }
    h.removeFirst()
    if h.count == 3 { h = h.map { "\($0)\($0)" }.joined() }
    guard h.count == 6, let v = Int(h, radix: 16) else { return nil }
    func channel(_ c: Int) -> Double {
      let s = Double(c) / 255
      return s <= 0.04045 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * channel((v >> 16) & 255) + 0.7152 * channel((v >> 8) & 255) + 0.0722 * channel(v & 255)
  }

  /// The contrast of `colour` against white, or nil for `none` and unknown values.
  static func againstWhite(_ colour: String?) -> Double? {
    guard let colour, let l = luminance(colour) else { return nil }
    return 1.05 / (l + 0.05)
  }
}
