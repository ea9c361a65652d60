import Foundation
import LossbookCore
import LossbookSyntax
import LossbookWords
import Yams

/// The first three stages: split, decode and resolve. Every problem of all three is reported
/// together; nothing runs if any is an error.
public struct Analyzer: Sendable {
  public let registry: BlockRegistry

  public init(registry: BlockRegistry) { self.registry = registry }

  /// - Parameter files: reads the files the front matter names (`bibliography:`); nil reads none.
  public func analyze(
    _ file: SourceFile, overrides: [(name: String, value: String)] = [], seed: UInt32? = nil,
    files: DataFileOpener? = nil, language: ReportLanguage? = nil
  ) -> AnalyzedNotebook {
    // split
    let (syntax, splitDiagnostics) = NotebookSplitter(kinds: registry.names).split(file)
    var diagnostics = splitDiagnostics

    // decode: the front matter
    var front = FrontMatter()
    if let fm = syntax.frontMatter {
      let decoder = SpecDecoder(position: YAMLPosition(firstLine: fm.firstLine, indent: 0))
      switch decoder.decode(FrontMatter.self, yaml: fm.yaml) {
      case .success(let f): front = f
      case .failure(let failure): diagnostics += failure.diagnostics
      }
    }
    for (name, value) in overrides { front.params[name] = ParamValue(parsing: value) }
    if let seed { front.seed = seed }
    if let language { front.lang = language }

    // decode: the blocks
    var blocks: [AnalyzedBlock] = []
    for b in syntax.blocks {
      guard let kind = registry.kind(named: b.kind.value) else { continue }
      let decoder = SpecDecoder(position: YAMLPosition(firstLine: b.bodyFirstLine, indent: b.bodyIndent))
      switch decoder.compose(b.body) {
      case .failure(let e): diagnostics.append(e.diagnostic(stage: .decode))
      case .success(let node):
        switch BlockDisplay.extract(from: node, decoder: decoder) {
        case .failure(let failure): diagnostics += failure.diagnostics
        case .success(let (display, body)):
          switch kind.decode(body, with: decoder) {
          case .success(let spec): blocks.append(AnalyzedBlock(syntax: b, spec: spec, display: display))
          case .failure(let failure): diagnostics += failure.diagnostics
          }
        }
      }
    }

    // resolve: ids, references, cycles. Blocks that failed to decode keep their ids (with no
    // references), so nothing that names them is reported as unknown.
    let allIDs = Set(syntax.blocks.map(\.id.value))
    let paramNames = front.params.keys.sorted()
    var nodes: [DependencyGraph.Node] = []
    let specs = Dictionary(uniqueKeysWithValues: blocks.map { ($0.syntax.fenceLine, $0.spec) })
    for b in syntax.blocks {
      var refs: [Located<String>] = []
      if let spec = specs[b.fenceLine] {
        refs = spec.blockReferences
        for e in spec.expressions {
          refs += check(e, ids: allIDs, params: front.params, paramNames: paramNames, diagnostics: &diagnostics)
        }
      }
      nodes.append(DependencyGraph.Node(id: b.id, references: refs))
    }
    // A block that reads a member of the family of tests waits for all of them (TestFamily).
    let implicit = TestFamily.implicitReferences(
      syntax.blocks.enumerated().map { (i, b) in
        (b.id.value, specs[b.fenceLine]?.joinsTestFamily ?? false, nodes[i].references)
      })
    for (i, extra) in implicit.enumerated() { nodes[i].implicitReferences = extra }
    let graph = DependencyGraph.build(nodes, diagnostics: &diagnostics)

    // resolve: limits that depend on the blocks a block names (the first block of an id wins).
    var byID: [String: any BlockSpec] = [:]
    for b in blocks where byID[b.syntax.id.value] == nil { byID[b.syntax.id.value] = b.spec }
    for b in blocks {
      diagnostics += b.spec.limitErrors(naming: byID).map { e in
        e.diagnostic(stage: .resolve)
      }
    }

    // resolve: inline values
    var inline: [AnalyzedInlineValue] = []
    for v in syntax.inlineValues {
      var style: NumberStyle?
      if let f = v.format {
        style = LossbookNumberFormat.parseStyle(f.value)
        if style == nil {
          diagnostics.append(
            Diagnostic(
              ResolveDiagnostics.unknownFormat, .error, .engine(.unknownInlineFormat(f.value)), at: f.range,
              help: .engine(.inlineFormatHelp), stage: .resolve))
          continue
        }
      }
      do {
        let e = try LossbookSyntax.Expression(parsing: v.expression.value)
        let se = SpecExpression(expression: e, range: v.expression.range, scope: .global)
        _ = check(se, ids: allIDs, params: front.params, paramNames: paramNames, diagnostics: &diagnostics)
        inline.append(AnalyzedInlineValue(syntax: v, expression: se, style: style))
      } catch {
        let se = SpecExpression(expression: .zero, range: v.expression.range, scope: .global)
        diagnostics.append(
          Diagnostic(DecodeDiagnostics.badExpression, .error, error.message, at: se.range(of: error), stage: .resolve))
      }
    }

    // resolve: citations
    let bibliography = Bibliography.load(frontMatter: syntax.frontMatter, files: files, diagnostics: &diagnostics)
    let numbers = CrossReferences.numbers(blocks)
    let citations = CitationResolver.resolve(
      syntax.citations, bibliography: bibliography, numbers: numbers, diagnostics: &diagnostics)

    return AnalyzedNotebook(
      syntax: syntax, frontMatter: front, blocks: blocks, graph: graph, inlineValues: inline, diagnostics: diagnostics,
      references: bibliography.references, citations: citations, numbers: numbers)
  }

  /// Checks the names of an expression; returns the block ids it depends on.
  private func check(
    _ e: SpecExpression, ids: Set<String>, params: [String: ParamValue], paramNames: [String],
    diagnostics: inout [Diagnostic]
  ) -> [Located<String>] {
    var deps: [Located<String>] = []
    for ref in e.expression.references {
      let head = ref.path[0]
      if head == "params" && ref.path.count == 1 && e.scope == .row {
        // A bare name in a row expression is a column, and a table may have one called params.
        continue
      } else if head == "params" {
        let name = ref.path.dropFirst().joined(separator: ".")
        if ref.path.count != 2 || params[name] == nil {
          let example = paramNames.first.map { "params.\($0)" } ?? "params.eta"
          diagnostics.append(
            Diagnostic(
              ResolveDiagnostics.unknownParameter, .error,
              name.isEmpty ? .engine(.paramsNeedsName(example: example)) : .engine(.noParameter(name)),
              at: e.range(of: ref),
              help: name.isEmpty
                ? Words.diagnostic(
                  paramNames.isEmpty ? .engine(.declareParamsHelp) : .engine(.paramsNameHelp(parameters: paramNames)))
                : Diagnostic.didYouMean(name, among: paramNames) ?? Words.diagnostic(.engine(.declareParamHelp)),
              stage: .resolve))
        }
      } else if ids.contains(head) {
        if ref.path.count == 1 {
          diagnostics.append(
            Diagnostic(
              ResolveDiagnostics.unknownReference, .error,
              .engine(.blockNeedsValue(block: head)),
              at: e.range(of: ref), stage: .resolve))
        }
        let r = e.range(of: ref)
        deps.append(
          Located(
            head,
            at: SourceRange(
              start: r.start, end: SourceLocation(line: r.start.line, column: r.start.column + head.count))))
      } else if e.scope == .global || ref.path.count > 1 {
        diagnostics.append(
          Diagnostic(
            ResolveDiagnostics.unknownReference, .error,
            e.scope == .row && ref.path.count > 1
              ? .engine(.noBlock(id: head)) : .engine(.unknownExpressionName(ref.dotted)),
            at: e.range(of: ref),
            help: Diagnostic.didYouMean(head, among: ids.sorted() + ["params"])
              ?? Words.diagnostic(.engine(.unknownNameHelp)), stage: .resolve))
      }
    }
    return deps
  }
}

extension ResolveDiagnostics {
  public static let unknownFormat: DiagnosticID = "unknown-format"
}
