// libFuzzer entry point: one input is either an expression (starting with "=") or a whole
// notebook, which goes through split, decode (YAML) and resolve. Nothing may crash.
// Build and run with Scripts/fuzz (RELIABILITY-NOTES section 1, recipe A).
import LossbookBlocks
import LossbookEngine
import LossbookSyntax

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data, let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) else {
    return 0
  }
  if text.first == "=" {
    if let e = try? LossbookSyntax.Expression(parsing: String(text.dropFirst())) {
      _ = try? e.evaluate { (_: ExpressionReference) throws(ExpressionError) -> ExpressionValue in .number(2.385) }
      _ = e.canonical
    }
  } else {
    let analyzed = Analyzer(registry: standardRegistry).analyze(SourceFile(path: "fuzz.md", text: text))
    _ = DiagnosticFormatter().format(analyzed.diagnostics, in: analyzed.file)
  }
  return 0
}
