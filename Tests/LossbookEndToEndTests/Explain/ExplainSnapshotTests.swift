import Foundation
import LossbookCore
import LossbookEngine
import LossbookRender
import LossbookTestSupport
import Testing

@testable import LossbookBlocks

/// Golden snapshots of {emergent, smooth, inconclusive} × {checkpoints, models} × {en, ja} (E1),
/// plus the real models of real-data.md, with the slots in order, the self-check and the lint
/// clean on each.
@Suite struct ExplainSnapshotTests {
  static let golden = packageRoot + "/Tests/LossbookEndToEndTests/ExplainGolden"

  static func make(_ json: JSONValue, _ language: ReportLanguage, quiz: Bool = true) throws -> ExplainOutput {
    try ExplainOutput.make(threshold: json, fit: nil, options: ExplainFixtures.options(language, quiz: quiz))
  }

  @Test(arguments: ExplainFixtures.names, ReportLanguage.human)
  func snapshot(_ name: String, _ language: ReportLanguage) throws {
    let out = try ExplainFixtures.output(name, language)
    #expect(out.mismatches == [])
    #expect(out.lint == [])
    Golden.check(out.html.html, against: "\(Self.golden)/\(name)-\(language.rawValue).html")
    // A whole page, to look at in a browser.
    let page = ReportPage(
      language: language, title: "explain: \(name)", toc: nil, bodyHTML: out.html, footerText: "", generator: "test")
    try? page.html().write(
      toFile: NSTemporaryDirectory() + "explain-\(name)-\(language.rawValue).html", atomically: true, encoding: .utf8)
  }

  @Test(arguments: ExplainFixtures.names, ReportLanguage.human)
  func everySlotInOrder(_ name: String, _ language: ReportLanguage) throws {
    let out = try ExplainFixtures.output(name, language)
    #expect(out.text.slots.map(\.slot) == ExplainSlot.allCases)
    for (slot, sentences) in out.text.slots { #expect(!sentences.isEmpty, "slot \(slot) is empty") }
    var last = out.html.html.startIndex
    for slot in ExplainSlot.allCases where slot != .headline {
      let r = out.html.html.range(of: "data-slot=\"\(slot.rawValue)\"")
      #expect(r != nil, "no \(slot) heading")
      if let r {
        #expect(r.lowerBound > last)
        last = r.lowerBound
      }
    }
    #expect(out.html.html.contains("<details class=\"lb-explain-details\" data-slot=\"details\">"))
  }

  @Test func analystsSeeTheDetailsOpen() throws {
    var o = ExplainFixtures.options(.en)
    o.audience = .analyst
    let out = try ExplainOutput.make(threshold: ExplainFixtures.emergent, fit: nil, options: o)
    #expect(out.html.html.contains("data-slot=\"details\" open>"))
  }

  @Test func theQuizFoldsItsAnswer() throws {
    let out = try Self.make(ExplainFixtures.emergent, .en)
    #expect(out.html.html.contains("<strong>Before you look:</strong> What accuracy would you expect at loss 2.29?"))
    #expect(out.html.html.contains("<details><summary>Show the answer</summary><p>About 25%, the guessing level"))
    #expect(try !Self.make(ExplainFixtures.emergent, .en, quiz: false).html.html.contains("lb-explain-quiz"))
  }
}
