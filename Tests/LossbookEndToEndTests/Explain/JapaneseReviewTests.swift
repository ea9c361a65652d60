import Foundation
import LossbookRender
import LossbookTestSupport
import LossbookWords
import Testing

@testable import LossbookBlocks

/// TEACHING.md J10: the Japanese text of explanations is reviewed against a checklist for every
/// change. `docs/ja-review.md` records each review with the fingerprint of the text it covered;
/// a change to the Japanese catalogue or glossary fails this test until a review of the new
/// text is recorded there.
@Suite struct JapaneseReviewTests {
  /// SHA-256 (first 16 hex digits) of the Japanese catalogue and glossary, one `key = text`
  /// line each, sorted.
  static var fingerprint: String {
    var lines = Words(.ja).explanations.map { "\($0.key) = \($0.value)" }
    lines += GlossaryTerm.allCases.map { "term.\($0.rawValue) = \($0.word(.ja))（\($0.definition(.ja))）" }
    let text = lines.sorted().joined(separator: "\n")
    return String(SHA256.hex(SHA256.digest(Array(text.utf8))).prefix(16))
  }

  @Test func theCurrentJapaneseTextHasARecordedReview() throws {
    let record = try String(contentsOfFile: packageRoot + "/docs/ja-review.md", encoding: .utf8)
    #expect(
      record.contains("`\(Self.fingerprint)`"),
      "the Japanese text changed: review it against docs/ja-review.md and add a row with fingerprint \(Self.fingerprint)"
    )
  }
}
