import Foundation
import LossbookCore
import LossbookRender
import LossbookSyntax
import LossbookWords

/// Computes and formats the inline values of the prose after the blocks have run.
struct InlineValueFormatter {
  let notebook: AnalyzedNotebook
  let results: [String: JSONValue]
  let format: LossbookNumberFormat

  /// The text of each inline value, by code span content; failures become diagnostics.
  func values(diagnostics: inout [Diagnostic]) -> [String: InlineValueText] {
    var out: [String: InlineValueText] = [:]
    for v in notebook.inlineValues {
      // In a GitHub table cell cmark hands over the span with `\|` already turned into `|`.
      let keys = [v.syntax.content, v.syntax.content.replacingOccurrences(of: "\\|", with: "|")]
      do {
        let value = InlineValueText(try text(v))
        for k in keys { out[k] = value }
      } catch {
        diagnostics.append(
          Diagnostic(
            ExecuteDiagnostics.inlineValueFailed, .error, error.message, at: v.expression.range(of: error),
            stage: .render))
        for k in keys { out[k] = InlineValueText(Words(format.language)[.error], isError: true) }
      }
    }
    return out
  }

  private func text(_ v: AnalyzedInlineValue) throws(ExpressionError) -> String {
    let params = notebook.frontMatter.params
    let e = v.expression.expression
    try checkBlocksRan(e)
    if v.style == .estimateWithInterval {
      // `ci` needs one reference to a value that has an estimate and an interval.
      guard let ref = e.references.first, e.references.count == 1, e.canonical == ref.dotted,
        let node = results[ref.path[0]]?.value(at: ref.path.dropFirst()),
        let est = node["estimate"]?.number, case .array(let ci)? = node["ci"], ci.count == 2,
        let lo = ci[0].number, let hi = ci[1].number
      else {
        throw ExpressionError(
          message: Words.diagnostic(.notebook(.ciNeedsInterval)), offset: 0, length: max(e.text.count, 1))
      }
      // At least 3 decimals; more when an end would print like the estimate or the other end.
      return format.formatInterval(estimate: est, lower: lo, upper: hi, digits: 3, references: [est])
    }
    let value = try e.evaluate { (ref: ExpressionReference) throws(ExpressionError) -> ExpressionValue in
      try ResultLookup.value(of: ref, params: params, results: { results[$0] })
    }
    switch value {
    case .string(let s): return s
    case .number(let x): return format.format(x, style: v.style ?? .automatic)
    }
  }

  /// Refuses a reference to a block of the notebook that has no result because it failed (or was
  /// skipped after another failed), saying so, rather than "no block" for a block that exists.
  private func checkBlocksRan(_ e: LossbookSyntax.Expression) throws(ExpressionError) {
    let ids = Set(notebook.syntax.blocks.map(\.id.value))
    for ref in e.references where ref.path[0] != "params" && ids.contains(ref.path[0]) && results[ref.path[0]] == nil {
      throw ExpressionError(
        message: Words.diagnostic(.notebook(.blockHasNoValues(ref.path[0]))), offset: ref.offset, length: ref.length)
    }
  }
}
