import LossbookCore
import LossbookRender
import LossbookSyntax
import LossbookWords
import Yams

/// A kind of block (`family`, `fit`, ...): its name, its documented fields and how to decode it.
///
/// Kinds are registered in `LossbookBlocks/AllBlockKinds.swift`; the engine knows this protocol,
/// never the kinds themselves.
public protocol BlockKind: Sendable {
  /// The info-string word, such as `fit`.
  var name: String { get }
  /// One sentence for `lossbook kinds`.
  var summary: String { get }
  /// Every field with its type, default and meaning, for `lossbook kinds KIND`.
  var fields: [FieldDoc] { get }
  /// Where the fields and the words module's text for them disagree; a test expects none.
  var docMismatches: [FieldDocMismatch] { get }
  /// Decodes a YAML body into this kind's spec.
  func decode(_ node: Node, with decoder: SpecDecoder) -> Result<any BlockSpec, SpecDecodingFailure>
}

/// The usual `BlockKind`: a name, its listed fields and a `Decodable` spec type; the summary
/// and the fields' words are the words module's (`Words.kindDoc`).
public struct SpecKind<Spec: BlockSpec & Decodable>: BlockKind {
  public let name: String
  public let summary: String
  public let fields: [FieldDoc]
  public let docMismatches: [FieldDocMismatch]

  public init(_ name: String, spec: Spec.Type, fields: [SpecField]) {
    let doc = Words.kindDoc(name)
    self.name = name
    self.summary = doc?.summary ?? ""
    self.fields = fields.map { FieldDoc($0, words: doc?.fields[$0.name]) }
    self.docMismatches = FieldDocMismatch.find(kind: name, fields)
  }

  /// Decodes the spec, then refuses it if it asks for more than a fixed limit allows.
  public func decode(_ node: Node, with decoder: SpecDecoder) -> Result<any BlockSpec, SpecDecodingFailure> {
    decoder.decode(Spec.self, from: node).flatMap { spec in
      let overLimit = spec.limitErrors
      return overLimit.isEmpty ? .success(spec as any BlockSpec) : .failure(SpecDecodingFailure(overLimit))
    }
  }
}

/// The decoded, typed description of one block: what it needs and how it runs.
public protocol BlockSpec: Sendable {
  /// Ids of other blocks named by fields (such as `table: ladder`), with where they are written.
  var blockReferences: [Located<String>] { get }
  /// Every expression in the spec, so the resolve stage can check its names.
  var expressions: [SpecExpression] { get }
  /// Whether the block's p-values join the notebook's family of tests, adjusted together
  /// (its result is then a ``TestFamilyResult``; see ``TestFamily``).
  var joinsTestFamily: Bool { get }
  /// Whether the block's output is a numbered figure or table (`@fig-ID`, `@tbl-ID`), or neither.
  var numberedAs: NumberedElement? { get }
  /// Runs the block.
  func execute(_ context: ExecutionContext) throws(BlockFailure) -> any BlockResult
  /// The values written in the spec that exceed a fixed limit (`SpecLimit`), found when it is
  /// decoded so that `lossbook check` refuses them; values known only when the block runs
  /// (expressions, other blocks' results) are checked then.
  var limitErrors: [SpecDecodingError] { get }
  /// The columns this block names in the tables of other blocks, for `check`.
  var columnReferences: [ColumnReference] { get }
  /// What `check` can find without computing (files, column names), and the columns of the table
  /// this block will make when they are known. The default checks ``columnReferences``.
  func check(_ context: CheckContext) -> StaticCheck
  /// Limits that depend on the specs of the blocks this one names (an explorer's sliders on its
  /// family's task), checked in the resolve stage with every decoded spec by block id.
  func limitErrors(naming specs: [String: any BlockSpec]) -> [SpecDecodingError]
}

extension BlockSpec {
  public var expressions: [SpecExpression] { [] }
  public var limitErrors: [SpecDecodingError] { [] }
  public var joinsTestFamily: Bool { false }
  public var numberedAs: NumberedElement? { nil }
  public var columnReferences: [ColumnReference] { [] }
  public func check(_ context: CheckContext) -> StaticCheck {
    StaticCheck(problems: context.unknownColumns(columnReferences))
  }
  public func limitErrors(naming specs: [String: any BlockSpec]) -> [SpecDecodingError] { [] }
}

/// What a block computed: numbers for the results file and for expressions, an optional
/// table, and its part of the report.
public protocol BlockResult: Sendable {
  /// The `result` object of the results file; expressions such as `fit1.models.hinge.r2` walk it.
  var json: JSONValue { get }
  /// The table this block makes, if it makes one (written to `<id>.csv`).
  var table: DataTable? { get }
  /// The block's HTML in the report, and any side files (such as `<id>.svg`).
  func render(_ context: RenderContext) -> BlockRendering
  /// Problems that did not stop the block (the pipeline prints them as warnings).
  var warnings: [BlockWarning] { get }
}

extension BlockResult {
  public var table: DataTable? { nil }
  public var warnings: [BlockWarning] { [] }
}

/// A block's part of the report.
public struct BlockRendering: Sendable {
  public var html: Markup
  /// Extra files for `Output/<notebook>/`, by file name (such as `plot1.svg`).
  public var sideFiles: [SideFile]
  /// Constant scripts the page must carry (each once); the page allows exactly their hash.
  public var scripts: [String]

  public init(html: Markup, sideFiles: [SideFile] = [], scripts: [String] = []) {
    self.html = html
    self.sideFiles = sideFiles
    self.scripts = scripts
  }
}

/// A file written next to the report.
public struct SideFile: Sendable {
  public var name: String
  public var contents: String
  public init(name: String, contents: String) {
    self.name = name
    self.contents = contents
  }
}

/// What rendering needs to know: the block, the report's language and the formatter.
public struct RenderContext: Sendable {
  public var blockID: String
  public var language: ReportLanguage
  public var format: LossbookNumberFormat
  public var words: Words
  /// The folder of side files as a relative URL, percent-encoded, e.g. `./quickstart`, for links.
  public var sideFolder: String
  /// The level of the heading the block sits under (1 for the page title), so a block's own
  /// headings continue the outline without skipping a level.
  public var headingLevel: Int
  /// The block's number among the report's figures or tables, in page order (nil: not numbered).
  public var number: Int?
  /// Whether no block of the same kind came before this one on the page, so that a kind's fixed
  /// words (such as what its method assumes) are said once.
  public var firstOfKind = true

  public init(blockID: String, language: ReportLanguage, sideFolder: String, headingLevel: Int = 1) {
    self.blockID = blockID
    self.language = language
    self.format = LossbookNumberFormat(language: language)
    self.words = Words(language)
    self.sideFolder = sideFolder
    self.headingLevel = headingLevel
  }
}

/// A problem a block found but ran through, such as a set-up that cannot show what it is
/// meant to; it becomes a warning diagnostic at `range` (or at the block) and the render
/// still succeeds.
public typealias BlockWarning = BlockProblem

/// Why a block could not run; it becomes a diagnostic at the block (or at `range`).
public typealias BlockFailure = BlockProblem

/// A numbered element of a report: figures and tables are counted separately, in page order.
public enum NumberedElement: String, Sendable {
  case figure = "fig"
  case table = "tbl"
}

extension RenderContext {
  /// A caption led by the element's number ("Figure 3: Scores against loss", "図3：…"); the
  /// number alone when there is no caption text; the text as written when not numbered.
  public func caption(_ text: String?, as element: NumberedElement) -> String? {
    guard let number else { return text }
    let label: NumberedLabel = element == .figure ? .figure : .table
    guard let text, !text.isEmpty else { return words[.numbered(label, number)] }
    return words[.numberedCaption(label, number, caption: text)]
  }
}
