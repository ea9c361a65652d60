import Foundation
import LossbookRender
import LossbookSyntax
import LossbookWords
import Yams

/// The works a notebook can cite: `references:` in its front matter (CSL YAML, as Pandoc and
/// Quarto accept it) and the file `bibliography:` names (CSL JSON, as Zotero exports it), read
/// through the same confined opener as data files.
struct Bibliography: Sendable {
  /// Every work, by key.
  var references: [String: Reference] = [:]

  var isEmpty: Bool { references.isEmpty }
  var keys: [String] { references.keys.sorted() }

  /// Reads both sources; every problem becomes a diagnostic at its place in the front matter.
  static func load(
    frontMatter: FrontMatterSyntax?, files: DataFileOpener?, diagnostics: inout [Diagnostic]
  ) -> Bibliography {
    var bibliography = Bibliography()
    guard let frontMatter, let root = try? Yams.compose(yaml: frontMatter.yaml), let mapping = root.mapping else {
      return bibliography
    }
    let position = YAMLPosition(firstLine: frontMatter.firstLine, indent: 0)
    for (key, value) in mapping {
      switch key.string {
      case "references":
        guard case .sequence(let items) = value else {
          diagnostics.append(
            Diagnostic(
              CitationDiagnostics.badReference, .error, .citation(.referencesNotAList), at: position.range(of: value),
              help: .citation(.referencesListHelp), stage: .resolve))
          continue
        }
        for item in items {
          bibliography.add(CSLValue(item), at: position.range(of: item), diagnostics: &diagnostics)
        }
      case "bibliography":
        guard let path = value.string else { continue }
        bibliography.read(path, at: position.range(of: value), files: files, diagnostics: &diagnostics)
      default:
        continue
      }
    }
    return bibliography
  }

  /// Reads a CSL JSON file: an array of works.
  private mutating func read(
    _ path: String, at range: SourceRange, files: DataFileOpener?, diagnostics: inout [Diagnostic]
  ) {
    guard let files else { return }
    let bytes: [UInt8]
    do {
      bytes = try files.read(path, maxBytes: 16 << 20)
    } catch {
      diagnostics.append(
        Diagnostic(
          CitationDiagnostics.bibliographyUnreadable, .error,
          .citation(.bibliographyUnreadable(path, reason: error.message)), at: range,
          help: .citation(.bibliographyUnreadableHelp), stage: .resolve))
      return
    }
    guard let parsed = try? JSONSerialization.jsonObject(with: Data(bytes)), let works = parsed as? [Any] else {
      diagnostics.append(
        Diagnostic(
          CitationDiagnostics.bibliographyUnreadable, .error, .citation(.notCSLJSON(path)), at: range,
          help: .citation(.notCSLJSONHelp), stage: .resolve))
      return
    }
    for work in works { add(CSLValue(json: work), at: range, diagnostics: &diagnostics) }
  }

  /// Adds one work; a work without an `id`, or with one already taken, is a diagnostic.
  private mutating func add(_ work: CSLValue, at range: SourceRange, diagnostics: inout [Diagnostic]) {
    guard let key = work["id"]?.text, !key.isEmpty else {
      diagnostics.append(
        Diagnostic(
          CitationDiagnostics.badReference, .error, .citation(.workWithoutID), at: range,
          help: .citation(.workWithoutIDHelp), stage: .resolve))
      return
    }
    guard references[key] == nil else {
      diagnostics.append(
        Diagnostic(
          CitationDiagnostics.badReference, .error, .citation(.idTwice(key)), at: range,
          help: .citation(.idTwiceHelp), stage: .resolve))
      return
    }
    var r = Reference(key: key)
    r.type = work["type"]?.text ?? r.type
    r.authors = (work["author"]?.list ?? work["editor"]?.list ?? []).compactMap(Self.name)
    r.year = work["issued"].map(Self.year) ?? ""
    r.title = work["title"]?.text ?? ""
    r.container = work["container-title"]?.text ?? ""
    r.volume = work["volume"]?.text ?? ""
    r.issue = work["issue"]?.text ?? ""
    r.pages = work["page"]?.text ?? ""
    r.publisher = work["publisher"]?.text ?? ""
    r.url = work["URL"]?.text ?? ""
    r.doi = work["DOI"]?.text ?? ""
    references[key] = r
  }

  /// A CSL name: `{family, given}` or `{literal}` (an organisation), or a plain string.
  private static func name(_ value: CSLValue) -> Reference.Name? {
    if let text = value.text { return Reference.Name(family: text) }
    if let literal = value["literal"]?.text { return Reference.Name(family: literal) }
    guard let family = value["family"]?.text else { return nil }
    return Reference.Name(family: family, given: value["given"]?.text ?? "")
  }

  /// The year of a CSL date: `{date-parts: [[2024, 3]]}`, `{literal: "2024"}`, `{raw: …}`, or a
  /// date written plainly (`2024`, `2024-03-22`).
  private static func year(_ value: CSLValue) -> String {
    if let first = value["date-parts"]?.list?.first?.list?.first?.text { return first }
    let text = value.text ?? value["literal"]?.text ?? value["raw"]?.text ?? ""
    var digits = ""
    for c in text {
      if c.isASCII && c.isNumber {
        digits.append(c)
        if digits.count == 4 { return digits }
      } else {
        digits = ""
      }
    }
    return text
  }
}

/// A CSL value from YAML or JSON: text (numbers as written), a list or a mapping.
enum CSLValue: Sendable {
  case text(String)
  case list([CSLValue])
  case map([String: CSLValue])

  init(_ node: Node) {
    switch node {
    case .scalar(let s): self = .text(s.string)
    case .sequence(let items): self = .list(items.map(CSLValue.init))
    case .mapping(let m):
      var out: [String: CSLValue] = [:]
      for (k, v) in m { if let key = k.string { out[key] = CSLValue(v) } }
      self = .map(out)
    case .alias: self = .text("")
    }
  }

  init(json: Any) {
    switch json {
    case let s as String: self = .text(s)
    case let n as NSNumber: self = .text(n.doubleValue.rounded() == n.doubleValue ? "\(n.int64Value)" : "\(n)")
    case let a as [Any]: self = .list(a.map(CSLValue.init(json:)))
    case let d as [String: Any]: self = .map(d.mapValues(CSLValue.init(json:)))
    default: self = .text("")
    }
  }

  var text: String? { if case .text(let s) = self { s } else { nil } }
  var list: [CSLValue]? { if case .list(let l) = self { l } else { nil } }
  subscript(key: String) -> CSLValue? { if case .map(let m) = self { m[key] } else { nil } }
}

/// The diagnostics of citations and the reference list.
public enum CitationDiagnostics {
  /// A citation names a key that no work in the references has.
  public static let unknownKey: DiagnosticID = "citation-unknown-key"
  /// A work in `references:` is malformed (no id, an id twice, not a list).
  public static let badReference: DiagnosticID = "reference-bad-entry"
  /// The `bibliography:` file is missing, outside the notebook's folder, or not CSL JSON.
  public static let bibliographyUnreadable: DiagnosticID = "bibliography-unreadable"
  /// `@fig-ID` or `@tbl-ID` names no numbered figure or table.
  public static let unknownCrossReference: DiagnosticID = "crossref-unknown"
}
