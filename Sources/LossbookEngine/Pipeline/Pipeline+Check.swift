import Foundation
import LossbookSyntax
import LossbookWords

extension Pipeline {
  /// The problems `check` finds after resolve without computing anything: each block's own
  /// check (data files exist, stay inside the allowed folders and have the columns named), in
  /// dependency order, so a block sees the columns of the tables it uses.
  func staticCheck(_ analyzed: AnalyzedNotebook, path: String, options: RenderOptions) -> [Diagnostic] {
    let opener = Self.dataFileOpener(for: path, options: options)
    let byID = Dictionary(analyzed.blocks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var known: [String: [String]] = [:]
    var diagnostics: [Diagnostic] = []
    for index in analyzed.graph.order {
      guard let block = byID[analyzed.graph.ids[index]] else { continue }
      let context = CheckContext(
        blockID: block.id, blockRange: block.syntax.headerRange, params: analyzed.frontMatter.params,
        dataFiles: opener, knownColumns: known)
      let found = block.spec.check(context)
      if let columns = found.columns { known[block.id] = columns }
      for f in found.problems {
        diagnostics.append(
          f.diagnostic(stage: .resolve, block: block))
      }
    }
    diagnostics += inlineColumnProblems(analyzed, known: known)
    return diagnostics
  }

  /// Inline values such as `= d.columns.loss.min` that name a column a data block will not have,
  /// in the words the render stage uses.
  private func inlineColumnProblems(_ analyzed: AnalyzedNotebook, known: [String: [String]]) -> [Diagnostic] {
    let dataBlocks = Set(analyzed.blocks.filter { $0.kind == "data" }.map(\.id))
    var out: [Diagnostic] = []
    // The result of a data block always has these keys (DataResult.json).
    let dataKeys = ["n", "source", "columns", "column_order"]
    for v in analyzed.inlineValues {
      for ref in v.expression.expression.references where ref.path.count >= 2 && dataBlocks.contains(ref.path[0]) {
        let id = ref.path[0]
        if !dataKeys.contains(ref.path[1]) {
          let key = ref.path[1]
          let missing = NotebookProblem.hasNo(
            id, key: key, didYouMean: Diagnostic.didYouMean(key, among: dataKeys), keys: dataKeys)
          out.append(
            Diagnostic(
              ExecuteDiagnostics.inlineValueFailed, .error, .notebook(missing), at: v.expression.range(of: ref),
              stage: .resolve))
          continue
        }
        guard ref.path.count >= 3, ref.path[1] == "columns" else { continue }
        guard let columns = known[id], !columns.contains(ref.path[2]) else { continue }
        let key = ref.path[2]
        let missing = NotebookProblem.hasNo(
          "\(id).columns", key: key, didYouMean: Diagnostic.didYouMean(key, among: columns), keys: columns)
        out.append(
          Diagnostic(
            ExecuteDiagnostics.inlineValueFailed, .error, .notebook(missing), at: v.expression.range(of: ref),
            stage: .resolve))
      }
    }
    return out
  }

  /// The confined opener for a notebook's data files: its folder, then the `--data-root` folders.
  static func dataFileOpener(for path: String, options: RenderOptions) -> DataFileOpener {
    let folder = (path as NSString).deletingLastPathComponent
    let roots = [folder.isEmpty ? "." : folder] + options.dataRoots
    var opener = DataFileOpener(roots: roots.map { ($0 as NSString).standardizingPath }.map(absolute))
    opener.readLog = options.readLog
    return opener
  }

  /// The parameter names a notebook's front matter declares, or nil when it cannot be read.
  public func declaredParameters(_ path: String) -> [String]? {
    guard case .success(let file) = load(path) else { return nil }
    let analyzed = Analyzer(registry: registry).analyze(file)
    return analyzed.frontMatter.params.keys.sorted()
  }
}
