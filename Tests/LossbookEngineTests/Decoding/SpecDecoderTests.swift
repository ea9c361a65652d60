import LossbookEngine
import LossbookSyntax
import LossbookTestSupport
import Testing

/// A spec shaped like a block's, to test decoding on its own.
struct Probe: Decodable {
  struct Inner: Decodable {
    var from: SpecNumber
    var checkpoints: Int
  }
  var name: String
  var count: Int?
  var tokens: Inner?
  var eta: SpecNumber?
  var flags: [Bool]?
}

@Suite("Spec decoder") struct SpecDecoderTests {
  /// Decodes a marked body that starts on notebook line 10, indented by 2 columns.
  func decode(_ marked: MarkedSource) -> Result<Probe, SpecDecodingFailure> {
    SpecDecoder(position: YAMLPosition(firstLine: 10, indent: 2)).decode(Probe.self, yaml: marked.text)
  }

  func expectOne(
    _ marked: MarkedSource, id: DiagnosticID, at marker: String, help: String? = nil,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    guard case .failure(let f) = decode(marked) else {
      Issue.record("expected a failure", sourceLocation: sourceLocation)
      return
    }
    #expect(f.errors.count == 1, "\(f.errors.map(\.message))", sourceLocation: sourceLocation)
    guard let e = f.errors.first, let loc = marked.location(marker) else { return }
    #expect(e.id == id, sourceLocation: sourceLocation)
    #expect(e.range?.start.line == 9 + loc.line, sourceLocation: sourceLocation)
    #expect(e.range?.start.column == 2 + loc.column, sourceLocation: sourceLocation)
    if let help { #expect(e.help == help, sourceLocation: sourceLocation) }
  }

  @Test func decodesSizesAndExpressions() throws {
    let r = decode(MarkedSource("name: x\ntokens: {from: 1.5B, checkpoints: 40}\neta: =params.eta * 2\n"))
    let p = try r.get()
    #expect(p.tokens?.from.literal == 1.5e9)
    #expect(p.tokens?.checkpoints == 40)
    guard case .expression(let e)? = p.eta?.value else {
      Issue.record("not an expression")
      return
    }
    #expect(e.expression.references.map(\.dotted) == ["params.eta"])
    #expect(e.range.start == LossbookSyntax.SourceLocation(line: 12, column: 9))
  }

  @Test func typeMismatchPointsAtTheValue() {
    expectOne(MarkedSource("name: x\ntokens: {from: 1B, checkpoints: 1️⃣many}\n"), id: "spec-type-mismatch", at: "1️⃣")
    expectOne(MarkedSource("name: x\nflags: [true, 1️⃣maybe]\n"), id: "spec-type-mismatch", at: "1️⃣")
    expectOne(MarkedSource("name: x\ncount: 1️⃣2.5\n"), id: "spec-type-mismatch", at: "1️⃣")
  }

  @Test func unknownFieldWithSuggestion() {
    expectOne(MarkedSource("name: x\n1️⃣cuont: 3\n"), id: "unknown-field", at: "1️⃣", help: "did you mean 'count'?")
    expectOne(
      MarkedSource("name: x\ntokens: {from: 1B, checkpoints: 3, 1️⃣chekpoints: 4}\n"), id: "unknown-field", at: "1️⃣")
  }

  @Test func missingFieldPointsAtItsMapping() {
    expectOne(
      MarkedSource("name: x\ntokens: 1️⃣{from: 1B}\n"), id: "missing-field", at: "1️⃣", help: "add 'checkpoints: …'")
  }

  @Test func badExpressionPointsInsideIt() {
    expectOne(MarkedSource("name: x\neta: =2 1️⃣* )\n"), id: "bad-expression", at: "1️⃣")
    expectOne(MarkedSource("name: x\neta: \"=2 + 1️⃣lgo(3)\"\n"), id: "bad-expression", at: "1️⃣")
  }

  @Test func yamlSyntaxErrorsArePositioned() {
    guard case .failure(let f) = decode(MarkedSource("name: [x\ncount: 3\n")) else {
      Issue.record("expected a failure")
      return
    }
    #expect(f.errors.first?.id == "yaml-syntax")
    #expect((f.errors.first?.range?.start.line ?? 0) >= 10)
  }

  @Test func duplicateKeysAreSyntaxErrors() {
    guard case .failure(let f) = decode(MarkedSource("name: x\nname: y\n")) else {
      Issue.record("expected a failure")
      return
    }
    #expect(f.errors.first?.id == "yaml-syntax")
  }

  @Test func sizeLiterals() {
    #expect(SizeLiteral.parse("300M") == 3e8)
    #expect(SizeLiteral.parse("1.5B") == 1.5e9)
    #expect(SizeLiteral.parse("2T") == 2e12)
    #expect(SizeLiteral.parse("20K") == 2e4)
    #expect(SizeLiteral.parse("2.385") == 2.385)
    #expect(SizeLiteral.parse("B") == nil)
    #expect(SizeLiteral.parse("1.5b") == nil)
    #expect(SizeLiteral.parse("x1") == nil)
  }
}
