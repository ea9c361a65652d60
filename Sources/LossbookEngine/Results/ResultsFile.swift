import LossbookCore
import LossbookSyntax
import LossbookWords

/// Builds the results file (`Output/<name>.json`), the stable schema of FORMAT.md section 5,
/// written down as a JSON Schema in `docs/results.schema.json`.
public enum ResultsFile {
  /// The version of `docs/results.schema.json` this file follows: raised when a stable name
  /// changes meaning or goes away, not when a field is added.
  public static let schemaVersion = 2

  public static func json(notebook: AnalyzedNotebook, path: String, outcomes: [BlockOutcome?]) -> JSONValue {
    var blocks: [(String, JSONValue)] = []
    for (i, b) in notebook.blocks.enumerated() {
      var entry: [(String, JSONValue)] = [
        ("kind", .string(b.kind)),
        ("line", .number(Double(b.syntax.fenceLine))),
      ]
      switch outcomes[i] {
      case .ok(let r)?:
        entry += [("status", .string("ok")), ("result", r.json)]
      case .failed(let f)?:
        entry += [("status", .string("error")), ("error", .string(f.message))]
      case .skipped(let d)?:
        entry += [("status", .string("skipped")), ("error", .string(Words.diagnostic(.notebook(.notRun(failed: d)))))]
      case nil:
        entry += [("status", .string("skipped"))]
      }
      blocks.append((b.id, .object(entry)))
    }
    return .object([
      ("lossbook", .string(Lossbook.version)),
      ("schema", .number(Double(schemaVersion))),
      ("notebook", .string(path)),
      ("seed", .number(Double(notebook.frontMatter.seed))),
      ("params", .object(notebook.frontMatter.params.map { ($0.key, $0.value.json) })),
      ("blocks", .object(blocks)),
    ])
  }
}
