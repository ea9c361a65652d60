import LossbookEngine
import LossbookSyntax
import Testing

@Suite("Dependency graph") struct DependencyGraphTests {
  func node(_ id: String, _ refs: [String], line: Int) -> DependencyGraph.Node {
    DependencyGraph.Node(
      id: Located(id, at: SourceRange(line: line, column: 1, length: id.count)),
      references: refs.map { Located($0, at: SourceRange(line: line + 1, column: 5, length: $0.count)) })
  }

  @Test func ordersByDependencyKeepingDocumentOrder() {
    var d: [Diagnostic] = []
    let g = DependencyGraph.build(
      [
        node("plot", ["fit"], line: 1), node("family", [], line: 5), node("fit", ["family"], line: 9),
        node("other", [], line: 13),
      ],
      diagnostics: &d)
    #expect(d.isEmpty)
    #expect(g.order.map { g.ids[$0] } == ["family", "fit", "plot", "other"])
    #expect(g.dependencies[0] == [2])
  }

  @Test func unknownDuplicateAndCycle() {
    var d: [Diagnostic] = []
    _ = DependencyGraph.build(
      [node("a", ["b"], line: 1), node("b", ["a"], line: 5), node("a", [], line: 9), node("c", ["zz"], line: 13)],
      diagnostics: &d)
    #expect(Set(d.map(\.id.rawValue)) == ["duplicate-id", "dependency-cycle", "unknown-reference"])
    let cycle = d.first { $0.id == "dependency-cycle" }
    #expect(cycle?.message.contains("'a' → 'b' → 'a'") == true)
    #expect(d.first { $0.id == "duplicate-id" }?.notes.first?.range?.start.line == 1)
  }

  @Test func selfReference() {
    var d: [Diagnostic] = []
    _ = DependencyGraph.build([node("a", ["a"], line: 1)], diagnostics: &d)
    #expect(d.map(\.id.rawValue) == ["dependency-cycle"])
  }

  /// Implicit references (a reader of the family of tests waiting for every member) order the
  /// blocks like named ones but are kept apart, so that only a named block can stop a reader.
  @Test func implicitReferencesOrderButAreKeptApart() {
    var d: [Diagnostic] = []
    var table = node("table", ["t1"], line: 1)
    table.implicitReferences = [Located("t2", at: SourceRange(line: 2, column: 5, length: 2))]
    let g = DependencyGraph.build([table, node("t1", [], line: 5), node("t2", [], line: 9)], diagnostics: &d)
    #expect(d.isEmpty)
    #expect(g.order.map { g.ids[$0] } == ["t1", "t2", "table"])
    #expect(g.dependencies[0] == [1, 2])
    #expect(g.implicitDependencies[0] == [2])
  }
}
