import Foundation
import LossbookCore
import LossbookRender
import LossbookSimulation
import LossbookWords
import Testing

@testable import LossbookBlocks

/// The explorer's live sentence shares `explain`'s templates, words and number styles (TEACHING
/// X4), and says what the number of questions can resolve (X9).
@Suite struct ExploreSentenceTests {
  static let loss = 1.91...2.63
  static let hinge = ExploreState(shape: .hinge(random: 0.25, eta: 2.2, slope: 0.9, ceiling: 0.9), items: 1000)
  static let states: [ExploreState] = [
    hinge, ExploreState(shape: .hinge(random: 0.25, eta: 2.2, slope: 0.9, ceiling: 0.9), items: nil),
    ExploreState(shape: .logistic(random: 0.25, ceiling: 0.9, mid: 2.3, width: 0.15), items: 1000),
    ExploreState(shape: .linear(value: 0.31, at: 2.6, slope: 0.4, random: 0.25, ceiling: 0.95), items: 1000),
    ExploreState(shape: .exactMatch(tokens: 5, rate: 1.1, floor: 1.8), items: 1000),
    ExploreState(shape: .exactMatch(tokens: 1, rate: 1.3, floor: 1.85), items: nil),
    ExploreState(shape: .exactMatch(tokens: 40, rate: 1.3, floor: 1.85), items: 1319),
  ]
  static let allPlaceholders: Set<String> = Set(ExploreSpec.Control.allCases.flatMap(ExploreSentence.placeholders))

  /// The catalogue text of `key` with glossary terms as their words: what explain writes,
  /// before its placeholders are filled.
  static func explainText(_ key: String, _ language: ReportLanguage) -> String {
    ExplainCatalog.parse(Words(language).explanations[key]!).map { part -> String in
      switch part {
      case .literal(let s): s
      case .term(let t): GlossaryTerm(rawValue: t)!.word(language)
      case .placeholder(let p): "{\(p)}"
      }
    }.joined()
  }

  @Test(arguments: [ReportLanguage.en, .ja])
  func theTemplateIsTheExplainCatalogues(_ language: ReportLanguage) {
    let sentence = ExploreSentence(language: language, loss: Self.loss)
    for state in Self.states {
      let keys = ExploreSentence.keys(state)
      for key in keys {
        #expect(
          Words(.en).explanations[key] != nil && Words(.ja).explanations[key] != nil, "\(key) is in both catalogues")
      }
      // With every slider placeholder live, the template is explain's text, sentence by sentence;
      // the other placeholders are filled from the state.
      let live = sentence.template(state, live: Self.allPlaceholders)
      let expected = keys.map { Self.explainText($0, language) }.joined(separator: language == .ja ? "" : " ")
      #expect(
        ExploreSentence.fill(live, sentence.words(state)) == ExploreSentence.fill(expected, sentence.words(state)))
      for name in Self.allPlaceholders where expected.contains("{\(name)}") {
        #expect(live.contains("{\(name)}"), "{\(name)} stays for the script in \(keys)")
      }
    }
  }

  @Test func theHingeSentenceIsTheOneExplainWrites() throws {
    // The emergent fixture: threshold 2.19, slope −0.90 per unit loss below it, chance 0.25.
    for language in [ReportLanguage.en, .ja] {
      let text = try ExplainWriter.write(
        threshold: ExplainFixtures.emergent, fit: nil, options: ExplainFixtures.options(language))
      var state = ExplainRendered.TermState()
      let explain = text.sentences(.inShort).filter {
        $0.key.hasPrefix("short.emergent.flat") || $0.key.hasPrefix("short.emergent.rise")
      }
      .map { ExplainRendered.line($0, language, &state, define: false).plain }
      #expect(explain.count == 2)
      let explorer = ExploreSentence(language: language, loss: Self.loss)
        .template(ExploreState(shape: .hinge(random: 0.25, eta: 2.19, slope: 0.9, ceiling: 1), items: nil))
      #expect(explorer == explain.joined(separator: language == .ja ? "" : " "))
    }
  }

  @Test func theNumbersFollowExplainsStyles() {
    let w = ExploreSentence(language: .en, loss: Self.loss).words(Self.hinge)
    #expect(w["eta"] == "2.20")
    #expect(w["points"] == "9")  // significant(2) of 10 × 0.9, as "about 9 percentage points"
    #expect(w["chance"] == "25%")
    #expect(w["items"] == "1,000")
    let steep = ExploreState(shape: .hinge(random: 0.25, eta: 2.2, slope: 1.25, ceiling: 0.9), items: nil)
    #expect(ExploreSentence(language: .en, loss: Self.loss).words(steep)["points"] == "12")  // 12.5: ties to even
  }

  @Test func theBandAt100And1000Questions() {
    #expect(abs(ExploreSentence.guessingBand(chance: 0.25, items: 100) - 8.660254037844386) < 1e-12)
    let en = ExploreSentence(language: .en, loss: Self.loss)
    let ja = ExploreSentence(language: .ja, loss: Self.loss)
    var few = Self.hinge
    few.items = 100
    #expect(
      en.template(few).hasSuffix(
        "With 100 questions per checkpoint, pure guessing puts accuracy within about ±8.7 percentage points of 25% at 95 of every 100 checkpoints, so a smaller rise cannot be told apart from guessing."
      ))
    #expect(
      en.template(Self.hinge).contains(
        "With 1,000 questions per checkpoint, pure guessing puts accuracy within about ±2.7 percentage points of 25%"))
    #expect(
      ja.template(few).hasSuffix(
        "1回の評価あたり100問では、でたらめに答えるだけでも正答率は100回中95回ほど25%の前後±8.7ポイントの範囲に入ります。これより小さな伸びは、ランダム推測レベルと区別できません。"))
    #expect(ja.template(Self.hinge).contains("1回の評価あたり1,000問では、でたらめに答えるだけでも正答率は100回中95回ほど25%の前後±2.7ポイント"))
  }

  @Test(arguments: [ReportLanguage.en, .ja])
  func everySentencePassesExplainsLint(_ language: ReportLanguage) {
    let sentence = ExploreSentence(language: language, loss: Self.loss)
    for state in Self.states {
      #expect(ExplainLint.problems(sentence.template(state), slot: .inShort, language: language) == [], "\(state)")
    }
  }

  @Test func theMirageGivesItsPerTokenProbabilities() {
    let mirage = ExplorePresets.mirage(ExplorePresets.Rise(chance: 0.25, top: 0.5), loss: Self.loss)
    let text = ExploreSentence(language: .en, loss: Self.loss).template(ExploreState(shape: mirage, items: 100))
    #expect(text.contains("from 25% at the highest loss to 87.1% at the lowest"))  // 0.5^(1/5) = 0.871
    #expect(text.contains("so with 5-token answers exact-match accuracy goes from 0.1% to 50% over the same range"))
    // 0.1^(1/5) = 0.631: exact match reaches 10% only where each token is right 63% of the time.
    #expect(
      text.contains("exact-match accuracy stays below 10%; by then each token is already right 63.1% of the time"))
    #expect(
      text.hasSuffix(
        "With 100 questions per checkpoint, exact-match accuracy below one right answer in 100 mostly reads as 0."))
  }

  /// The exact-match task of metric-mirage: 8 tokens, rate 1.3, floor 1.85.
  static func exact(_ tokens: Int) -> ExploreState {
    ExploreState(shape: .exactMatch(tokens: tokens, rate: 1.3, floor: 1.85), items: nil)
  }

  @Test func theExactMatchSentenceSaysWhereTheScoreLeavesZero() {
    let sentence = ExploreSentence(language: .en, loss: Self.loss)
    let w = sentence.words(Self.exact(8))
    // Per-token accuracy at the two ends of the loss range, and exact match as its 8th power.
    let qHigh = TaskShape.tokenProbability(loss: Self.loss.upperBound, rate: 1.3, floor: 1.85)
    let qLow = TaskShape.tokenProbability(loss: Self.loss.lowerBound, rate: 1.3, floor: 1.85)
    let f = LossbookNumberFormat(language: .en)
    #expect(w["token_high"] == f.format(qHigh, style: .percent(nil)) && w["token_high"] == "36.3%")
    #expect(w["token_low"] == f.format(qLow, style: .percent(nil)) && w["token_low"] == "92.5%")
    #expect(w["exact_high"] == f.format(pow(qHigh, 8), style: .percent(nil)) && w["exact_high"] == "0%")
    #expect(w["exact_low"] == f.format(pow(qLow, 8), style: .percent(nil)) && w["exact_low"] == "53.6%")
    // Exact match is 10% at the loss it names: q(2.07)^8 = 0.1 (to its two decimals).
    #expect(abs(Self.exact(8).shape.probability(loss: 2.0714024) - 0.1) < 1e-6)
    #expect(w["token_onset"] == "75%")
    #expect(w["exact_onset"] == "2.07")
    #expect(
      sentence.template(Self.exact(8)).contains(
        "Until the loss falls to 2.07, exact-match accuracy stays below 10%; by then each token is already right 75% of the time."
      ))
    // One token: the two scores are one. Many: never 10% within the range. A flat rate: 10% from the start.
    #expect(
      sentence.template(Self.exact(1)).contains("With one token per answer the two scores measure the same thing"))
    #expect(
      sentence.template(Self.exact(40)).contains(
        "Over the whole range exact-match accuracy stays below 10%, although each token is right 92.5% of the time at the lowest loss"
      ))
    let flat = ExploreState(shape: .exactMatch(tokens: 3, rate: 0.01, floor: 1.85), items: nil)
    #expect(sentence.template(flat).hasSuffix("Even at the highest loss, exact-match accuracy is already 10% or more."))
    let ja = ExploreSentence(language: .ja, loss: Self.loss).template(Self.exact(8))
    #expect(ja.contains("8トークンの答えの完全一致率は、同じ範囲で0%から53.6%になります。"))
    #expect(ja.contains("完全一致率は10%未満のままです。そのとき1トークンごとの正答率はすでに75%です。"))
  }

  @Test func theOnsetSentenceIsChosenFromTheScoresAtBothEnds() {
    #expect(ExploreSentence.onset(tokens: 1, high: 0.01, low: 0.9) == "one")
    #expect(ExploreSentence.onset(tokens: 5, high: 0.1, low: 0.9) == "early")
    #expect(ExploreSentence.onset(tokens: 5, high: 0.01, low: 0.099) == "never")
    #expect(ExploreSentence.onset(tokens: 5, high: 0.01, low: 0.1) == "late")
  }
}
