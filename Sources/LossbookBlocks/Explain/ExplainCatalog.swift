import LossbookCore

/// The template syntax of the explanations' catalogue (`Words.explanations`, in the words
/// module): `{name}` is a value (a number, a range or a word), `[[term]]` a glossary term.
enum ExplainCatalog {
  /// The numbers a template may write itself (not from the results): the loss step 0.1,
  /// "of every 100", the years of citations, the Raftery cut-offs, "-1" of a correlation and
  /// the 0 of the hinge formula.
  /// The self-check allows exactly these outside placeholders.
  static let literalNumbers: Set<String> = ["0", "0.1", "100", "1", "1977", "1995", "1993", "2023", "2", "6", "10"]

  /// The placeholder names of a template, in order of appearance.
  static func placeholders(_ template: String) -> [String] {
    parse(template).compactMap { if case .placeholder(let name) = $0 { return name } else { return nil } }
  }

  /// The glossary terms of a template.
  static func terms(_ template: String) -> [String] {
    parse(template).compactMap { if case .term(let name) = $0 { return name } else { return nil } }
  }

  /// A template's parts.
  enum Part: Equatable {
    case literal(String)
    case placeholder(String)
    case term(String)
  }

  /// Splits a template into literal text, `{placeholders}` and `[[terms]]`.
  static func parse(_ template: String) -> [Part] {
    var parts: [Part] = []
    var literal = ""
    var i = template.startIndex
    func flush() {
      if !literal.isEmpty { parts.append(.literal(literal)) }
      literal = ""
    }
    while i < template.endIndex {
      let rest = template[i...]
      if rest.hasPrefix("[["), let close = rest.range(of: "]]") {
        flush()
        parts.append(.term(String(rest[rest.index(i, offsetBy: 2)..<close.lowerBound])))
        i = close.upperBound
      } else if rest.hasPrefix("{"), let close = rest.firstIndex(of: "}") {
        flush()
        parts.append(.placeholder(String(rest[rest.index(after: i)..<close])))
        i = template.index(after: close)
      } else {
        literal.append(template[i])
        i = template.index(after: i)
      }
    }
    flush()
    return parts
  }
}
