import Foundation
import LossbookSyntax

extension Pipeline {
  /// The opener for the files a notebook reads (data files, its bibliography): its own folder
  /// and the `--data-root` folders, nothing else.
  func dataFiles(for path: String, options: RenderOptions) -> DataFileOpener {
    Self.dataFileOpener(for: path, options: options)
  }
}

extension Pipeline {
  /// Loads the notebook, expands its `{{< include … >}}` lines, runs `stages` on the result,
  /// and moves every diagnostic in included text to its own file and line.
  func withIncludes(
    _ path: String, options: RenderOptions, _ stages: (SourceFile) -> NotebookOutcome
  ) -> NotebookOutcome {
    let notebook: SourceFile
    switch load(path) {
    case .failure(let d): return NotebookOutcome(file: nil, diagnostics: [d], written: [])
    case .success(let f): notebook = f
    }
    var problems: [Diagnostic] = []
    let includes = NotebookIncludes.expand(
      notebook, files: dataFiles(for: path, options: options), diagnostics: &problems)
    if problems.contains(where: { $0.severity == .error }) {
      return NotebookOutcome(file: notebook, diagnostics: DiagnosticListSort.sorted(problems), written: [])
    }
    var outcome = stages(includes.file)
    outcome.diagnostics = DiagnosticListSort.sorted(problems + includes.remap(outcome.diagnostics))
    outcome.file = notebook
    return outcome
  }
}
