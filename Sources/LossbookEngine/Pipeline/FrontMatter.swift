import LossbookCore
import LossbookSyntax
import LossbookWords

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
        throw SpecValueError(.spec(.outputLimit), id: DecodeDiagnostics.badValue)
      }
      outputLimit = bytes
    }
  }

  /// The documented fields, for `lossbook kinds` and the tour; their defaults are `init()`'s.
  public static let fields: [FieldDoc] = [
    SpecField("title"),
    SpecField("subtitle"),
    SpecField("author"),
    SpecField("date"),
    SpecField("description"),
    SpecField("lang", default: FrontMatter().lang.rawValue),
    SpecField("seed", default: "\(FrontMatter().seed)"),
    SpecField("params"),
    SpecField("toc", default: "\(FrontMatter().toc)"),
    SpecField("code", default: FrontMatter().code.rawValue),
    SpecField("references"),
    SpecField("bibliography"),
    SpecField("csv_formulas", default: FrontMatter().csvFormulas.rawValue),
    SpecField("limits", default: "{output: \(Int(FrontMatter().outputLimit / 1e6))M}"),
    SpecField("adjust", default: FrontMatter().adjust.rawValue),
  ].map(FieldDoc.init(setting:))
}

/// A parameter value: a number (sizes such as 1.5B allowed) or text.
public enum ParamValue: Decodable, Sendable, Equatable {
  case number(Double)
  case text(String)

  public init(from decoder: Decoder) throws {
    guard let d = decoder as? PositionedDecoder, let s = d.scalarText else {
      throw SpecValueError(.spec(.parameterNumberOrText), id: DecodeDiagnostics.typeMismatch)
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
        Words.diagnostic(.spec(.notOneOf(s, choices: all))), help: Diagnostic.didYouMean(s, among: all),
        id: DecodeDiagnostics.badValue)
    }
    value = v
  }
}

extension FieldDoc {
  /// A front-matter field (or `output`), with its words from the words module.
  init(setting field: SpecField) {
    self.init(field, words: Words.settingDoc(field.name))
  }
}
