import LossbookCore
import LossbookRender
import LossbookSyntax

/// A notebook after split, decode and resolve: everything needed to run it.
public struct AnalyzedNotebook: Sendable {
  public var syntax: NotebookSyntax
  public var frontMatter: FrontMatter
  public var blocks: [AnalyzedBlock]
  public var graph: DependencyGraph
  public var inlineValues: [AnalyzedInlineValue]
  public var diagnostics: [Diagnostic]
  /// The works the notebook can cite, by key (`references:` and `bibliography:`).
  public var references: [String: Reference] = [:]
  /// The citations of the prose whose every key is known, in text order.
  public var citations: [CitationSyntax] = []
  /// The number of each numbered figure and table, by block id (`@fig-ID`, `@tbl-ID`).
  public var numbers: [String: (element: NumberedElement, number: Int)] = [:]

  public var file: SourceFile { syntax.file }
}

/// One block with its decoded spec.
public struct AnalyzedBlock: Sendable {
  public var syntax: BlockSyntax
  public var spec: any BlockSpec
  /// Whether its output is shown, folded or hidden (the `output` field).
  public var display: BlockDisplay = .show
  public var id: String { syntax.id.value }
  public var kind: String { syntax.kind.value }
}

/// One inline value with its parsed expression and format.
public struct AnalyzedInlineValue: Sendable {
  public var syntax: InlineValueSyntax
  public var expression: SpecExpression
  public var style: NumberStyle?
}
