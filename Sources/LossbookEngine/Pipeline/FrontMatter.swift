import LossbookCore
import LossbookSyntax

/// The notebook's settings from its YAML front matter.
public struct FrontMatter: Decodable, Sendable {
  /// How block sources appear in the report.
  public enum CodeDisplay: String, Decodable, Sendable, CaseIterable {
    case fold, show, hide
  }

  public var title: String?
  public var subtitle: String?
  public var author: String?
  public var date: String?
  public var description: String?
  public var lang: ReportLanguage
  public var seed: UInt32
  public var params: [String: ParamValue]
  public var toc: Bool
  public var code: CodeDisplay
  /// The most bytes a render may write (report, results and side files together).
  public var outputLimit: Double
  /// The CSL JSON file of works the prose may cite, relative to the notebook.
  public var bibliography: String?
  /// What the exported CSV files do with text cells that look like spreadsheet formulas.
  public var csvFormulas: CSVFormulaCells
  /// How the p-values of the notebook's family of tests are adjusted (`adjust:`).
  public var adjust: PValueAdjustment

  public init() {
    lang = .en
    seed = 1
    params = [:]
    toc = true
    code = .fold
    outputLimit = FrontMatter.defaultOutputLimit
    csvFormulas = .quote
    adjust = .holm
  }

  /// 500 million bytes (500M): far above any real report, low enough to stop a runaway one.
  public static let defaultOutputLimit = 500e6

  enum CodingKeys: String, CodingKey {
    case title, subtitle, author, date, description, lang, seed, params, toc, code, limits, references, bibliography
    case csv_formulas, adjust
  }

  /// `references:`, read here only so that it is a known field; `Bibliography` reads the works
  /// from the YAML itself, with their positions.
  private struct ReferencesField: Decodable {
    init(from decoder: Decoder) throws {}
  }

  /// `limits:` in the front matter.
  struct Limits: Decodable {
    var output: SpecNumber?
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let d = FrontMatter()
    title = try c.decodeIfPresent(String.self, forKey: .title)
    subtitle = try c.decodeIfPresent(String.self, forKey: .subtitle)
    author = try c.decodeIfPresent(String.self, forKey: .author)
    date = try c.decodeIfPresent(String.self, forKey: .date)
    description = try c.decodeIfPresent(String.self, forKey: .description)
    lang = try c.decodeIfPresent(Choice<ReportLanguage>.self, forKey: .lang)?.value ?? d.lang
    seed = try c.decodeIfPresent(UInt32.self, forKey: .seed) ?? d.seed
    params = try c.decodeIfPresent([String: ParamValue].self, forKey: .params) ?? d.params
    toc = try c.decodeIfPresent(Bool.self, forKey: .toc) ?? d.toc
    code = try c.decodeIfPresent(Choice<CodeDisplay>.self, forKey: .code)?.value ?? d.code
    csvFormulas = try c.decodeIfPresent(Choice<CSVFormulaCells>.self, forKey: .csv_formulas)?.value ?? d.csvFormulas
    adjust = try c.decodeIfPresent(Choice<PValueAdjustment>.self, forKey: .adjust)?.value ?? d.adjust
    outputLimit = d.outputLimit
    _ = try c.decodeIfPresent(ReferencesField.self, forKey: .references)
    bibliography = try c.decodeIfPresent(String.self, forKey: .bibliography)
    if let limits = try c.decodeIfPresent(Limits.self, forKey: .limits), let output = limits.output {
      guard let bytes = output.literal, bytes >= 1 else {
        throw SpecValueError(
          "limits.output must be a positive number of bytes, such as 1B (a billion)", id: DecodeDiagnostics.badValue)
      }
      outputLimit = bytes
    }
  }

  /// The documented fields, for `lossbook kinds` and the tour; their defaults are `init()`'s.
  public static let fields: [FieldDoc] = [
    FieldDoc("title", "text", default: "the file name", "the report's title"),
    FieldDoc("subtitle", "text", default: "none", "a line under the title"),
    FieldDoc("author", "text", default: "none", "shown under the title"),
    FieldDoc("date", "text", default: "none", "shown under the title, as written (lossbook never adds today's date)"),
    FieldDoc("description", "text", default: "none", "the page's meta description"),
    FieldDoc(
      "lang", "en | ja", default: FrontMatter().lang.rawValue,
      "the language of the report's own words (en-XA: the pseudo-language of the tests, every word of lossbook's marked)"
    ),
    FieldDoc(
      "seed", "whole number 0 to 4294967295", default: "\(FrontMatter().seed)",
      "every random draw derives from it; --seed overrides it"),
    FieldDoc(
      "params", "mapping of names to numbers or text", default: "none",
      "values that expressions read as params.NAME; --param NAME=VALUE overrides them"),
    FieldDoc("toc", "true | false", default: "\(FrontMatter().toc)", "a table of contents from the headings"),
    FieldDoc(
      "code", "fold | show | hide", default: FrontMatter().code.rawValue, "how block sources appear in the report"),
    FieldDoc(
      "references", "list of works in CSL YAML (id, type, title, author, issued, container-title, …)",
      default: "none", "the works the prose cites as [@id], [@id, p. 3] or @id; listed at the end of the report"),
    FieldDoc(
      "bibliography", "path of a CSL JSON file", default: "none",
      "more works to cite, from a file beside the notebook (Zotero exports CSL JSON)"),
    FieldDoc(
      "csv_formulas", "quote | keep", default: FrontMatter().csvFormulas.rawValue,
      "the CSV files written next to the report: quote starts every text cell that begins with =, +, -, @, a tab or a carriage return (and is not a number) with ', so that a spreadsheet shows it instead of running it as a formula (OWASP's advice); keep writes cells as they are. The report's own tables always show the text as written"
    ),
    FieldDoc(
      "limits", "{output: bytes}", default: "{output: \(Int(FrontMatter().outputLimit / 1e6))M}",
      "the most a render may write (report, results and side files); more is an error, and nothing is written"),
    FieldDoc(
      "adjust", "holm | bh | none", default: FrontMatter().adjust.rawValue,
      "how the p-values of all the notebook's tests (threshold and collapse blocks) are adjusted together: Holm, Benjamini-Hochberg or not at all"
    ),
  ]
}

/// A parameter value: a number (sizes such as 1.5B allowed) or text.
public enum ParamValue: Decodable, Sendable, Equatable {
  case number(Double)
  case text(String)

  public init(from decoder: Decoder) throws {
    guard let d = decoder as? PositionedDecoder, let s = d.scalarText else {
      throw SpecValueError("a parameter should be a number or text", id: DecodeDiagnostics.typeMismatch)
    }
    self = ParamValue(parsing: s, quoted: d.isQuoted)
  }

  /// Reads a value from the command line or YAML: a number if it reads as one, else text.
  public init(parsing s: String, quoted: Bool = false) {
    if !quoted, let x = SizeLiteral.parse(s) { self = .number(x) } else { self = .text(s) }
  }

  public var json: JSONValue {
    switch self {
    case .number(let x): .num(x)
    case .text(let s): .string(s)
    }
  }
}

/// A field whose value is one of a fixed set of words, with a "did you mean" when it is not.
public struct Choice<T: RawRepresentable & CaseIterable & Sendable>: Decodable, Sendable where T.RawValue == String {
  public var value: T

  public init(value: T) { self.value = value }

  public init(from decoder: Decoder) throws {
    let s = try decoder.singleValueContainer().decode(String.self)
    guard let v = T(rawValue: s) else {
      let all = T.allCases.map(\.rawValue)
      throw SpecValueError(
        "'\(s)' is not one of: \(all.joined(separator: ", "))", help: Diagnostic.didYouMean(s, among: all),
        id: DecodeDiagnostics.badValue)
    }
    value = v
  }
}
