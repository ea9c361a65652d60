/// A notebook split into its parts, each with the range of text it came from.
public struct NotebookSyntax: Sendable {
  public var file: SourceFile
  public var frontMatter: FrontMatterSyntax?
  public var blocks: [BlockSyntax]
  public var inlineValues: [InlineValueSyntax]
  /// Citations and cross-references in the prose (`[@du2024]`, `@fig-plot1`), in text order.
  public var citations: [CitationSyntax]

  public init(
    file: SourceFile, frontMatter: FrontMatterSyntax?, blocks: [BlockSyntax], inlineValues: [InlineValueSyntax],
    citations: [CitationSyntax] = []
  ) {
    self.file = file
    self.frontMatter = frontMatter
    self.blocks = blocks
    self.inlineValues = inlineValues
    self.citations = citations
  }
}

/// The YAML between the `---` lines at the top of a notebook.
public struct FrontMatterSyntax: Sendable {
  /// The YAML text, without the `---` lines.
  public var yaml: String
  /// The file line of the first YAML line.
  public var firstLine: Int
  /// The file line of the closing `---`.
  public var closingLine: Int
}

/// A fenced code block whose info string is `KIND ID`: a block that the engine runs.
public struct BlockSyntax: Sendable {
  public var kind: Located<String>
  public var id: Located<String>
  /// Words of the info string after the id (reserved for attributes).
  public var extraInfo: [Located<String>]
  /// The line of the opening fence.
  public var fenceLine: Int
  /// The line of the closing fence (the last line of the file if the fence is never closed).
  public var closingLine: Int
  /// The YAML body with the fence's indentation removed.
  public var body: String
  /// The file line of the first body line.
  public var bodyFirstLine: Int
  /// Columns removed from the start of every body line (the fence's indentation).
  public var bodyIndent: Int
  /// The level of the ATX heading (`#`, `##`, …) the block sits under; 1 (the page title)
  /// before any heading.
  public var headingLevel: Int = 1

  /// The range of the info string's first word, where block-level errors point.
  public var headerRange: SourceRange { kind.range }
}

/// An inline code span that begins with `=`: a value computed by the engine.
public struct InlineValueSyntax: Sendable {
  /// The code span's content as CommonMark normalises it; the renderer finds the span by it.
  public var content: String
  /// The expression text (between `=` and `|`), trimmed.
  public var expression: Located<String>
  /// The format after `|`, trimmed; nil when absent.
  public var format: Located<String>?
}
