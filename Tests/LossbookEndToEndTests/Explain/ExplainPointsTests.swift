import Foundation
import LossbookCore
import LossbookEngine
import LossbookRender
import LossbookWords
import Testing

@testable import LossbookBlocks

/// `points: checkpoints | models`: with models, no sentence names checkpoints or runs, the
/// independence caveat and the advice fit separate models, and the field decodes like the
/// other word fields.
@Suite struct ExplainPointsTests {
  static let modelCases: [(String, ReportLanguage)] = ExplainFixtures.modelNames.flatMap { n in
    ReportLanguage.human.map { (n, $0) }
  }

  /// Every line a reader can see: the slots (details included) and the quiz.
  func lines(_ out: ExplainOutput) -> [String] {
    out.rendered.slots.flatMap(\.lines).map(\.plain)
      + (out.rendered.quiz.map { [$0.question.plain, $0.answer.plain] } ?? [])
  }

  @Test(arguments: modelCases)
  func modelsAreNeverCalledCheckpointsOrRuns(_ c: (String, ReportLanguage)) throws {
    let (name, language) = c
    let out = try ExplainFixtures.output(name, language)
    for line in lines(out) {
      switch language {
      case .en, .pseudo:
        #expect(
          line.range(of: #"checkpoint|\bruns?\b"#, options: [.regularExpression, .caseInsensitive]) == nil, "\(line)")
      case .ja:
        for word in ["チェックポイント", "学習ラン", "ラン単位", "途中"] { #expect(!line.contains(word), "\(line)") }
      }
    }
    let looked = out.rendered.lines(.lookedAt).map(\.plain).joined()
    let short = out.rendered.lines(.inShort).map(\.plain).joined()
    // The term is defined at its first use, which is in "In short" when a reason names the points.
    let defined = language == .en ? "models (each trained separately)" : "学習済みモデル（別々に学習したもの）"
    #expect((short + looked).contains(defined))
  }

  @Test func checkpointsKeepTheirWords() throws {
    let out = try ExplainFixtures.output("inconclusive", .en)
    let all = lines(out).joined(separator: "\n")
    #expect(all.contains("We analysed 60 checkpoints (snapshots of a model during training) of MMLU"))
    #expect(all.contains("Checkpoints from the same run are not independent"))
    #expect(all.contains("gather more checkpoints first, especially near 2.35"))
  }

  @Test(arguments: ReportLanguage.human)
  func modelsGetTheirOwnCaveatAndAdvice(_ language: ReportLanguage) throws {
    let out = try ExplainFixtures.output("inconclusive-models", language)
    let notMean = out.rendered.lines(.notMean).map(\.plain).joined(separator: "\n")
    let decision = out.rendered.lines(.decision).map(\.plain).joined()
    switch language {
    case .en, .pseudo:
      #expect(notMean.contains("Separately trained models are closer to independent draws."))
      #expect(notMean.contains("the interval assumes they behave like a random sample"))
      #expect(notMean.contains("more models, especially with a loss near 2.35, could settle it"))
      #expect(decision.contains("first train or find more models with a loss near 2.35"))
    case .ja:
      #expect(notMean.contains("別々に学習したモデルどうしは、独立なデータに近いと言えます。"))
      #expect(notMean.contains("無作為な標本のように振る舞うと仮定しています"))
      #expect(decision.contains("損失が2.35付近のモデルを新たに学習するか既存のものから探して"))
    }
  }

  @Test func resamplingGroupsOfModelsIsSaidSo() throws {
    let json = ExplainFixtures.replacing(
      ExplainFixtures.emergent,
      [
        (
          "eta",
          .object([
            ("estimate", .number(2.19)), ("ci", .array([.number(2.15), .number(2.24)])),
            ("ci_method", .string("bootstrap")),
            ("replicates", .number(500)), ("resample", .string("runs")),
          ])
        )
      ])
    let out = try ExplainOutput.make(threshold: json, fit: nil, options: ExplainFixtures.options(.en, points: .models))
    let notMean = out.rendered.lines(.notMean).map(\.plain)
    #expect(
      notMean.contains(
        "Models made with the same recipe can behave alike, so the interval resamples whole groups of them, not single models."
      ))
    #expect(out.mismatches == [] && out.lint == [])
  }

  /// A `.models` sentence replaces its base key, so it must have one, with the same values
  /// (it then appears exactly when the base would).
  @Test func everyModelsVariantHasItsBaseWithTheSamePlaceholders() {
    for table in [Words(.en).explanations, Words(.ja).explanations] {
      for (key, template) in table where key.hasSuffix(ExplainPoints.modelsSuffix) {
        let base = String(key.dropLast(ExplainPoints.modelsSuffix.count))
        guard let original = table[base] else {
          Issue.record("\(key) has no base key \(base)")
          continue
        }
        #expect(Set(ExplainCatalog.placeholders(template)) == Set(ExplainCatalog.placeholders(original)), "\(key)")
        #expect(!template.contains("[[checkpoint]]"), "\(key)")
      }
    }
  }

  /// The glossary definitions hold no digits: the number self-check counts every digit on the page.
  @Test func definitionsHoldNoDigits() {
    for term in GlossaryTerm.allCases {
      for language in ReportLanguage.human {
        #expect(ExplainSelfCheck.tokens(term.definition(language)).isEmpty, "\(term) \(language)")
      }
    }
  }

  // MARK: Through the pipeline

  static let notebook = """
    ```family models
    law: chinchilla
    final_only:
      - {size: 300M, tokens: [6B, 12B, 25B, 50B, 100B, 200B]}
      - {size: 1B, tokens: [20B, 40B, 80B, 160B, 320B, 640B]}
      - {size: 6B, tokens: [120B, 240B, 480B, 960B, 2T]}
    tasks:
      - {name: MMLU, shape: hinge, random: 0.25, eta: 2.3, slope: 0.9, items: 1000}
    ```

    ```threshold t
    table: models
    x: loss
    y: MMLU
    random: 0.25
    tests: [supf]
    bootstrap: 200
    ci: {replicates: 100}
    ```

    ```explain e
    of: t
    task: MMLU
    points: POINTS
    ```
    """

  @Test func theFieldReachesTheExplanation() throws {
    let r = try NotebookRunner.render(Self.notebook.replacingOccurrences(of: "POINTS", with: "models"))
    #expect(!r.outcome.failed, "\(r.outcome.diagnostics.map(\.message))")
    // The results file names the sentence; the page says it.
    let looked = ((r.result("e")?["slots"] as? [String: Any])?["looked_at"] as? [String]) ?? []
    #expect(looked.first == "looked.n.models", "\(looked)")
    #expect(
      r.html?.contains("We analysed 17 models<span class=\"lb-def\"> (each trained separately)</span> on MMLU") == true)
  }

  @Test func anUnknownValueIsReportedWhereItIsWritten() throws {
    let dir = NSTemporaryDirectory() + "lossbook-points-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try Self.notebook.replacingOccurrences(of: "POINTS", with: "model").write(
      toFile: "\(dir)/n.md", atomically: true, encoding: .utf8)
    let diagnostics = Pipeline(registry: standardRegistry).check("\(dir)/n.md").diagnostics
    #expect(diagnostics.count == 1)
    let d = try #require(diagnostics.first)
    #expect(d.id.rawValue == "bad-value")
    #expect(d.message == "'model' is not one of: checkpoints, models")
    #expect(d.help == "did you mean 'models'?")
    #expect(d.range?.start.line == 24 && d.range?.start.column == 9, "\(String(describing: d.range))")
  }
}
