import LossbookCore
import LossbookEngine
import LossbookRender
import Testing

@testable import LossbookBlocks

/// Explanations of verdicts made by W1's rule (`verdict_rule: w1`), whose reasons are the sup-F
/// test and the best fit by BIC only: the BIC reason has its own sentence, and the high-loss
/// side is described from its numbers, never called flat at chance when it is not.
@Suite struct ExplainW1RuleTests {
  /// `json` with its top-level member `key` replaced (or added).
  static func replacing(_ json: JSONValue, _ key: String, _ value: JSONValue) -> JSONValue {
    guard case .object(var members) = json else { return json }
    if let i = members.firstIndex(where: { $0.0 == key }) { members[i].1 = value } else { members.append((key, value)) }
    return .object(members)
  }

  /// A W1-rule result: the fixture's numbers, its reasons replaced by W1's two, `above` as given.
  static func w1(_ base: JSONValue, verdict: String, best: String, mean: Double, meanCI: (Double, Double)) -> JSONValue
  {
    var json = replacing(base, "reasons", .array([.string("threshold_detected"), .string("best_by_bic")]))
    json = replacing(json, "verdict", .string(verdict))
    json = replacing(json, "best", .string(best))
    let above = ExplainFixtures.object([
      ("n", .number(38)), ("mean", .number(mean)), ("mean_ci", ExplainFixtures.pair(meanCI.0, meanCI.1)),
      ("slope", .number(0.001)), ("slope_ci", ExplainFixtures.pair(-0.01, 0.012)),
    ])
    return replacing(json, "above", above)
  }

  func text(_ json: JSONValue, _ slot: ExplainSlot, _ language: ReportLanguage = .en) throws -> String {
    let out = try ExplainOutput.make(threshold: json, fit: nil, options: ExplainFixtures.options(language, quiz: false))
    return out.rendered.lines(slot).map(\.plain).joined(separator: " ")
  }

  @Test func aSmoothTaskAboveChanceIsNotCalledFlatAtChance() throws {
    let json = Self.w1(ExplainFixtures.smooth, verdict: "smooth", best: "logistic", mean: 0.401, meanCI: (0.39, 0.412))
    let found = try text(json, .found)
    #expect(found.contains("clearly off the guessing level of 25%"), "\(found)")
    #expect(!found.contains("cannot be told apart from guessing"), "\(found)")
    #expect(try text(json, .inShort).contains("40.1% against 25%"))
    let details = try text(json, .details)
    #expect(details.contains("Of the three fits, the smooth S-shaped curve has the smallest BIC."), "\(details)")
    #expect(try text(json, .details, .ja).contains("三つの当てはめのうち、BICが最小なのはなめらかなS字曲線です。"))
  }

  @Test func anEmergentTaskAtChanceIsFlatAtChance() throws {
    let json = Self.w1(
      ExplainFixtures.emergent, verdict: "emergent", best: "hinge", mean: 0.251, meanCI: (0.247, 0.255))
    let found = try text(json, .found)
    #expect(found.contains("cannot be told apart from guessing"), "\(found)")
    #expect(try text(json, .details).contains("the line with a threshold has the smallest BIC"))
  }

  /// A mean whose interval excludes chance but lies within 0.02 of it is still at chance
  /// (STATS.md section 5's tolerance), and the sentence says it is by the tolerance: "close
  /// enough to count as", never "cannot be told apart", which the interval contradicts.
  @Test func aMeanWithinTheToleranceIsAtChance() throws {
    let json = Self.w1(ExplainFixtures.smooth, verdict: "smooth", best: "logistic", mean: 0.265, meanCI: (0.26, 0.27))
    let found = try text(json, .found)
    #expect(found.contains("close enough to the guessing level of 25% to count as it"), "\(found)")
    #expect(!found.contains("cannot be told apart"), "\(found)")
  }
}
