import Foundation
import LossbookCore
import LossbookRender
import LossbookWords
import Testing

@testable import LossbookBlocks

/// Readability limits (E11) and glossary first use (J7) on every fixture, for checkpoints and
/// for separately trained models.
@Suite struct ExplainReadabilityTests {
  static let cases: [(String, ReportLanguage)] = ExplainFixtures.names.flatMap { n in
    ReportLanguage.human.map { (n, $0) }
  }

  func rendered(_ name: String, _ language: ReportLanguage) throws -> ExplainRendered {
    try ExplainFixtures.output(name, language).rendered
  }

  /// Words (en) or characters without spaces (ja).
  func size(_ s: String, _ language: ReportLanguage) -> Int {
    language == .en ? s.split(whereSeparator: \.isWhitespace).count : s.filter { !$0.isWhitespace }.count
  }

  func sentences(_ s: String, _ language: ReportLanguage) -> [String] {
    let marks: Set<Character> = language == .ja ? ["。"] : [".", "?"]
    var out: [String] = []
    var cur = ""
    var depth = 0  // a full stop inside brackets (a glossary definition) does not end the sentence
    for (i, c) in s.enumerated() {
      cur.append(c)
      if c == "（" || c == "(" { depth += 1 }
      if c == "）" || c == ")" { depth = max(depth - 1, 0) }
      let next = s.dropFirst(i + 1).first
      if depth == 0 && marks.contains(c) && (language == .ja || next == nil || next == " ") {
        out.append(cur)
        cur = ""
      }
    }
    if !cur.trimmingCharacters(in: .whitespaces).isEmpty { out.append(cur) }
    return out
  }

  @Test(arguments: cases)
  func withinTheLimits(_ c: (String, ReportLanguage)) throws {
    let (name, language) = c
    let r = try rendered(name, language)
    let en = language == .en
    let headline = r.lines(.headline).map(\.plain).joined()
    #expect(size(headline, language) <= (en ? 20 : 45), "headline: \(headline)")
    let short = r.lines(.inShort).map(\.plain).joined(separator: " ")
    #expect(size(short, language) <= (en ? 70 : 180), "in short: \(size(short, language))")
    let body = ExplainSlot.allCases.filter { $0 != .headline && $0 != .details }.flatMap { r.lines($0) }.map(\.plain)
    let total = body.map { size($0, language) }.reduce(0, +)
    #expect(total <= (en ? 550 : 1500), "slots 2 to 8: \(total)")
    let all = body.flatMap { sentences($0, language) }
    let longest = all.map { size($0, language) }.max() ?? 0
    let mean = Double(all.map { size($0, language) }.reduce(0, +)) / Double(max(all.count, 1))
    #expect(longest <= (en ? 30 : 80), "longest sentence: \(longest)")
    #expect(mean <= (en ? 18 : 55), "mean sentence: \(mean)")
  }

  /// The glossary definitions added at first use (not counted against the limits of TEACHING).
  func definitionAllowance(_ r: ExplainRendered, _ slot: ExplainSlot, _ language: ReportLanguage) -> Int {
    GlossaryTerm.allCases.filter { t in r.lines(slot).contains { $0.plain.contains(t.definition(language)) } }
      .map { size($0.definition(language), language) + 1 }.reduce(0, +)
  }

  @Test(arguments: cases)
  func everyTermIsDefinedAtItsFirstUseInTheBody(_ c: (String, ReportLanguage)) throws {
    let (name, language) = c
    let r = try rendered(name, language)
    let body = ExplainSlot.allCases.filter { $0 != .headline && $0 != .details }.flatMap { r.lines($0) }.map(\.plain)
      .joined(separator: "\n")
    for term in GlossaryTerm.allCases {
      guard let first = body.range(of: term.word(language)) else { continue }
      let after = body[first.upperBound...]
      let opening = language == .ja ? "（" : " ("
      #expect(after.hasPrefix(opening + term.definition(language)), "\(term) is not defined at its first use")
    }
  }

  @Test(arguments: ExplainFixtures.names)
  func thresholdInJapaneseHasItsReadingAtFirstUse(_ name: String) throws {
    let page = try ExplainFixtures.output(name, .ja).html.html
    // The body after the (folded) quiz: its first 閾値 has the reading, and only that one.
    let html = page.components(separatedBy: "</aside>").last!
    let first = html.range(of: "閾値")!
    #expect(html[..<first.lowerBound].hasSuffix("<ruby>"))
    #expect(html.components(separatedBy: "<rt>しきいち</rt>").count == 2)
  }

  @Test func theRestatementCarriesTheScaleAndTheGradualRise() throws {
    let en = try rendered("emergent", .en).lines(.oneSentence).map(\.plain).joined()
    #expect(en.contains("on this measurement scale") && en.contains("after that it improves gradually"))
    let ja = try rendered("emergent", .ja).lines(.oneSentence).map(\.plain).joined()
    #expect(ja.contains("この尺度で") && ja.contains("その後は着実に"))
  }
}
