import LossbookCore
import LossbookEngine
import LossbookRender
import LossbookWords
import Testing

@testable import LossbookBlocks

/// `explain` with a collapse and a budget block (issue 12): "size is not the cause" only on a
/// loss-only verdict, the opposite on size-matters, "tested, not settled" on inconclusive, and
/// "not tested" without a collapse block; the budget's "what would it take" in tokens and
/// compute; every number self-checked against the results, in English and Japanese.
@Suite struct ExplainSizeBudgetTests {
  static func collapse(_ verdict: String) -> JSONValue {
    .object([
      ("verdict", .string(verdict)), ("p", .number(verdict == "size-matters" ? 0.001 : 0.42)),
      ("max_shift", .number(verdict == "size-matters" ? 0.041 : 0.006)), ("max_shift_group", .string("32B")),
      ("reference", .string("300M")), ("tolerance", .number(0.02)), ("equivalence_bound", .number(0.017)),
    ])
  }

  static let budget: JSONValue = .object([
    ("eta", .object([("estimate", .number(2.2)), ("ci", .array([.number(2.18), .number(2.22)]))])),
    ("law", .object([("E", .number(1.69)), ("A", .number(406.4)), ("B", .number(410.7))])),
    ("smallest_size", .number(3.4e8)),
    ("optimal", .object([("N", .number(3.53e9)), ("tokens", .number(2.04e11)), ("flops", .number(4.31e21))])),
  ])

  static func text(_ collapse: JSONValue?, budget: JSONValue?, _ language: ReportLanguage) throws -> ExplainOutput {
    try ExplainOutput.make(
      threshold: ExplainFixtures.emergent, fit: nil, collapse: collapse, budget: budget,
      options: ExplainFixtures.options(language, quiz: false))
  }

  static func all(_ o: ExplainOutput) -> String {
    o.rendered.slots.flatMap { $0.lines.map(\.plain) }.joined(separator: "\n")
  }

  @Test(arguments: ReportLanguage.human)
  func sizeFollowsTheCollapseVerdict(language: ReportLanguage) throws {
    let notCause = language == .en ? "Size is not the cause" : "モデルの大きさは原因ではありません"
    let matters = language == .en ? "Size matters too" : "モデルの大きさも効いています"
    let untested =
      language == .en ? "does not test whether model size matters" : "モデルの大きさが効くかどうかは調べていません"
    for (collapse, expect) in [
      (Self.collapse("loss-only"), notCause), (Self.collapse("size-matters"), matters),
      (Self.collapse("inconclusive"), language == .en ? "cannot settle it" : "決着がつきません"),
    ] {
      let o = try Self.text(collapse, budget: nil, language)
      let t = Self.all(o)
      #expect(t.contains(expect), "\(t)")
      #expect(o.mismatches.isEmpty, "\(o.mismatches)")
      #expect(o.lint.isEmpty, "\(o.lint)")
      if expect != notCause { #expect(!t.contains(notCause)) }
      #expect(!t.contains(untested))
    }
    let none = Self.all(try Self.text(nil, budget: Self.budget, language))
    #expect(!none.contains(notCause) && !none.contains(matters))
    #expect(none.contains(untested))
  }

  @Test(arguments: ReportLanguage.human)
  func budgetSaysWhatItWouldTake(language: ReportLanguage) throws {
    let o = try Self.text(Self.collapse("loss-only"), budget: Self.budget, language)
    let t = Self.all(o)
    #expect(o.mismatches.isEmpty, "\(o.mismatches)")
    #expect(o.lint.isEmpty, "\(o.lint)")
    let f = LossbookNumberFormat(language: language)
    for x in [3.53e9, 2.04e11, 4.31e21, 3.4e8] { #expect(t.contains(f.format(x, style: .si)), "\(x) in \(t)") }
    // A number that differs from the results is caught by the self-check.
    var wrong = Self.budget
    if case .object(var m) = wrong {
      m = m.map { $0.0 == "smallest_size" ? ($0.0, .number(3.5e8)) : $0 }
      wrong = .object(m)
    }
    let sources = ExplainSources(
      threshold: ExplainFixtures.emergent, fit: nil, spec: ExplainFixtures.options(language).specNumbers,
      collapse: Self.collapse("loss-only"), budget: wrong)
    #expect(!ExplainSelfCheck.mismatches(text: o.text, html: o.html.html, sources: sources).isEmpty)
    // Unreachable: no optimum.
    let unreachable: JSONValue = .object([
      ("eta", .object([("estimate", .number(1.6))])), ("law", .object([("E", .number(1.69))])), ("optimal", .null),
    ])
    let u = Self.all(try Self.text(nil, budget: unreachable, language))
    #expect(u.contains(language == .en ? "no model size reaches a loss of 1.60" : "損失1.60には届きません"), "\(u)")
  }
}
