import LossbookRender
import LossbookWords
import Testing

@testable import LossbookBlocks

/// The catalogues (J10, E3, E14) and the lint (E4, J4, J5) on its own.
@Suite struct ExplainCatalogTests {
  @Test func englishAndJapaneseHaveTheSameKeysAndPlaceholders() {
    #expect(Set(Words(.en).explanations.keys) == Set(Words(.ja).explanations.keys))
    for (key, en) in Words(.en).explanations {
      guard let ja = Words(.ja).explanations[key] else { continue }
      #expect(Set(ExplainCatalog.placeholders(en)) == Set(ExplainCatalog.placeholders(ja)), "placeholders of \(key)")
      #expect(ExplainCatalog.terms(en).allSatisfy { GlossaryTerm(rawValue: $0) != nil }, "terms of \(key)")
      #expect(ExplainCatalog.terms(ja).allSatisfy { GlossaryTerm(rawValue: $0) != nil }, "terms of \(key)")
    }
  }

  @Test func everyReasonHasOneSentencePerLanguage() {
    for code in ThresholdReasonCode.allCases {
      #expect(Words(.en).explanations[code.key] != nil, "no English sentence for \(code)")
      #expect(Words(.ja).explanations[code.key] != nil, "no Japanese sentence for \(code)")
    }
  }

  @Test func theJapaneseCatalogueKeepsItsStyle() {
    for (key, ja) in Words(.ja).explanations {
      let slot: ExplainSlot =
        key.hasPrefix("details.") || key.hasPrefix("headline.") || !ja.contains("。") ? .details : .inShort
      #expect(ExplainLint.japaneseStyle(ja, slot: slot) == [], "\(key)")
    }
  }

  @Test func theLintCatchesTheClassicMisreadings() {
    let bad = [
      "This proves the threshold.", "There is a 95% probability that the threshold lies here.",
      "Bigger models cause the jump.", "The result is significant.", "There is no difference above it.",
      "We accept the null.",
    ]
    for s in bad { #expect(!ExplainLint.problems(s, slot: .inShort, language: .en).isEmpty, "\(s)") }
    #expect(ExplainLint.problems("Accuracy improves steadily.", slot: .inShort, language: .en) == [])
    #expect(ExplainLint.problems("It is statistically significant.", slot: .details, language: .en) == [])
    for s in ["閾値の存在が証明されました。", "有意差なしでした。", "真の値が95%の確率で入ります。", "損失 2.19 です。", "正答率は２５%です。"] {
      #expect(!ExplainLint.problems(s, slot: .inShort, language: .ja).isEmpty, "\(s)")
    }
    #expect(!ExplainLint.problems("正答率は上がる。", slot: .inShort, language: .ja).isEmpty)
  }
}
