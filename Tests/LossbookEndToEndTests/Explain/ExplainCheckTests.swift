import Foundation
import LossbookCore
import LossbookEngine
import LossbookRender
import Testing

@testable import LossbookBlocks

/// The self-check (E2), the numbers (E5, E7, E8, E14) and the sentences per reason (E3).
@Suite struct ExplainCheckTests {
  func out(_ json: JSONValue, _ language: ReportLanguage = .en) throws -> ExplainOutput {
    try ExplainOutput.make(threshold: json, fit: nil, options: ExplainFixtures.options(language))
  }

  @Test func aNumberThatDiffersFromTheResultsIsCaught() throws {
    let good = try out(ExplainFixtures.emergent)
    let sources = ExplainSources(
      threshold: ExplainFixtures.emergent, fit: nil, spec: ExplainFixtures.options(.en).specNumbers)
    // The page shows a number that is not in the results.
    let tampered = good.html.html.replacingOccurrences(of: "2.17", with: "2.16")
    #expect(!ExplainSelfCheck.mismatches(text: good.text, html: tampered, sources: sources).isEmpty)
    // The results changed after the text was written.
    var other = sources
    other.threshold = ExplainFixtures.smooth
    #expect(!ExplainSelfCheck.mismatches(text: good.text, html: good.html.html, sources: other).isEmpty)
    #expect(ExplainSelfCheck.mismatches(text: good.text, html: good.html.html, sources: sources) == [])
  }

  @Test(arguments: ExplainFixtures.names)
  func japaneseCarriesTheSameNumbersAsEnglish(_ name: String) throws {
    let en = try ExplainFixtures.output(name, .en).text.numbers.map(\.text).sorted()
    let ja = try ExplainFixtures.output(name, .ja).text.numbers.map(\.text).sorted()
    #expect(en == ja)
  }

  @Test func aPValueAtTheFloorReadsBelowOneOverBPlusOne() throws {
    let text = try out(ExplainFixtures.emergent).rendered
    let all = text.slots.flatMap(\.lines).map(\.plain).joined(separator: "\n")
    #expect(all.contains("p < 0.001"))
    #expect(all.contains("None showed a bend as strong as this one, so the p-value"))
    #expect(all.contains("1,000 data sets with no threshold: a straight-line trend with the same noise"))
    #expect(all.range(of: #"p = 0(?![.0-9])"#, options: .regularExpression) == nil)
  }

  @Test func aPValueAboveTheFloorCountsTheExceedances() throws {
    let all = try out(ExplainFixtures.smooth).rendered.slots.flatMap(\.lines).map(\.plain).joined(separator: "\n")
    #expect(all.contains("380 of them showed a bend at least as strong, so the p-value"))
    #expect(all.contains("is 0.38"))
  }

  @Test func theSlopeReadsInPointsPerTenthOfLoss() throws {
    let found = try out(ExplainFixtures.emergent).rendered.lines(.found).map(\.plain).joined()
    #expect(found.contains("about 9 points (8.5 to 9.5) for every 0.1 drop in loss"))
    #expect(found.contains("A model at loss 2.00 scores about 42%."))
  }

  @Test func theBICWordFollowsRaftery() {
    #expect(ExplainValues.rafteryWord(1.9) == "weak")
    #expect(ExplainValues.rafteryWord(2.1) == "positive")
    #expect(ExplainValues.rafteryWord(6.1) == "strong")
    #expect(ExplainValues.rafteryWord(10.1) == "very_strong")
  }

  @Test func aBICGapBelowTwoCannotChoose() throws {
    let sure = try out(ExplainFixtures.inconclusive).rendered.lines(.howSure).map(\.key)
    #expect(sure.contains("sure.bic.tie"))
  }

  @Test func inconclusiveNamesTheConditionThatFailed() throws {
    let short = try out(ExplainFixtures.inconclusive).rendered.lines(.inShort).map(\.plain).joined(separator: " ")
    #expect(short.contains("borderline (p = 0.071, between 0.05 and 0.1)"))
  }

  @Test func reasonCodesReadInAnySpelling() {
    #expect(ThresholdReasonCode(text: "tooFewPointsOnSide") == .tooFewPointsOnSide)
    #expect(ThresholdReasonCode(text: "too-few-points-on-side") == .tooFewPointsOnSide)
    #expect(ThresholdReasonCode(text: "no such reason") == nil)
  }

  @Test func tooFewPointsSaysHowManyAndHowManyAreNeeded() throws {
    var j = ExplainFixtures.inconclusive
    guard case .object(var m) = j else { return }
    m = m.map { k, v in
      if k == "reasons" { return (k, .array([.string("too_few_points_on_side")])) }
      if k == "above" {
        return (
          k,
          .object([
            ("n", .number(4)), ("mean", .number(0.25)), ("slope", .number(0)),
            ("slope_ci", .array([.number(-0.1), .number(0.1)])),
          ])
        )
      }
      return (k, v)
    }
    j = .object(m)
    let short = try out(j).rendered.lines(.inShort).map(\.plain).joined(separator: " ")
    #expect(
      short.contains(
        "Only 4 checkpoints (snapshots of a model during training) lie on the high-loss side of the threshold; at least 5 are needed."
      ))
  }

  @Test func aResultWithoutVerdictIsRefused() {
    #expect(throws: ExplainWriteError.self) {
      try ExplainOutput.make(
        threshold: .object([("eta", .object([("estimate", .number(2))]))]), fit: nil, options: ExplainOptions())
    }
  }
}
