// libFuzzer entry point for lossbook's input parsers. The target is chosen by the environment
// variable LOSSBOOK_FUZZ_TARGET: notebook (split, front matter, decode, resolve), yaml (a block
// body decoded as every kind), expression (parse, evaluate, derivatives), csv (the CSV loader),
// json (the JSON and JSON-lines reader of data files) or inline (inline values in prose,
// formatted). Nothing may crash, hang or leak.
// Build and run with Scripts/fuzz (RELIABILITY-NOTES section 1, recipe A).
import Foundation
import LossbookBlocks
import LossbookCore
import LossbookEngine
import LossbookRender
import LossbookSyntax
import LossbookWords
import Yams

/// Which parser this run exercises, read once.
let fuzzTarget = ProcessInfo.processInfo.environment["LOSSBOOK_FUZZ_TARGET"] ?? "notebook"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data else { return 0 }
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  if fuzzTarget == "csv" {
    if let table = try? CSVReader.parse(bytes) {
      for i in table.header.indices { _ = table.numbers(ofColumn: i) }
    }
    _ = try? CSVReader.columns(bytes)
    _ = try? CSVReader.columns(bytes, delimiter: UInt8(ascii: "\t"))
    return 0
  }
  if fuzzTarget == "json" {
    _ = try? DataFileText.check(bytes)
    _ = try? DataFileJSON.parse(bytes)
    _ = try? DataFileJSON.parseLines(bytes)
    return 0
  }
  guard let text = String(validating: bytes, as: UTF8.self) else { return 0 }
  switch fuzzTarget {
  case "expression": fuzzExpression(text)
  case "yaml": fuzzYAML(text)
  case "inline": fuzzInline(text)
  default:
    let analyzed = Analyzer(registry: standardRegistry).analyze(SourceFile(path: "fuzz.md", text: text))
    _ = DiagnosticFormatter().format(analyzed.diagnostics, in: analyzed.file)
  }
  return 0
}

func fuzzExpression(_ text: String) {
  guard let e = try? LossbookSyntax.Expression(parsing: text) else { return }
  _ = e.canonical
  _ = try? e.evaluate { (_: ExpressionReference) throws(ExpressionError) -> ExpressionValue in .number(2.385) }
  let names = Array(Set(e.references.map(\.dotted))).sorted()
  _ = try? e.evaluateWithGradient(variables: names, values: names.map { _ in 1.5 }) {
    (_: ExpressionReference) throws(ExpressionError) -> Double in 0.5
  }
  _ = try? e.compile { (_: ExpressionReference) throws(ExpressionError) -> Int in 0 }
}

func fuzzYAML(_ text: String) {
  let decoder = SpecDecoder(position: YAMLPosition(firstLine: 2, indent: 0))
  guard case .success(let node) = decoder.compose(text) else { return }
  for kind in standardRegistry.kinds { _ = kind.decode(node, with: decoder) }
  _ = decoder.decode(FrontMatter.self, from: node)
}

func fuzzInline(_ text: String) {
  let (syntax, _) = NotebookSplitter(kinds: standardRegistry.names).split(SourceFile(path: "fuzz.md", text: text))
  let format = LossbookNumberFormat(language: .ja)
  let results: [String: JSONValue] = [
    "f": .object([("eta", .object([("estimate", .number(2.2)), ("ci", .numbers([2.1, 2.3]))]))])
  ]
  for v in syntax.inlineValues {
    let style = v.format.flatMap { LossbookNumberFormat.parseStyle($0.value) } ?? .automatic
    guard let e = try? LossbookSyntax.Expression(parsing: v.expression.value) else { continue }
    let value = try? e.evaluate { (ref: ExpressionReference) throws(ExpressionError) -> ExpressionValue in
      try ResultLookup.value(of: ref, params: ["eta": .number(2.2)], results: { results[$0] })
    }
    if case .number(let x)? = value { _ = Markup.text(format.format(x, style: style)) }
  }
  _ = ProseRenderer().render(markdown: text, blocks: [:], inline: [:])
}
