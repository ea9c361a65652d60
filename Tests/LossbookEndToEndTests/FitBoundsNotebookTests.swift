import Foundation
import Testing

/// `bounds:` and `starts:` on model entries, built-ins and formulas, through notebooks.
@Suite struct FitBoundsNotebookTests {
  /// 80 points of a hinge at 2.2 (flat at 0.25 above it), with a little deterministic wobble.
  static let csv: String = {
    var text = "x,y\n"
    for i in 0..<80 {
      let x = 1.9 + 1.3 * Double(i) / 79
      text += "\(x),\(0.25 + 0.9 * max(2.2 - x, 0) + 0.01 * sin(17 * x))\n"
    }
    return text
  }()

  static func render(models: String) throws -> NotebookRunner.Rendered {
    try NotebookRunner.render(
      """
      ```data d
      path: data.csv
      ```

      ```fit f
      table: d
      x: x
      y: y
      models: \(models)
      ```

      """, files: ["data.csv": csv])
  }

  static func model(_ rendered: NotebookRunner.Rendered, _ name: String) -> [String: Any]? {
    (rendered.result("f")?["models"] as? [String: Any])?[name] as? [String: Any]
  }

  @Test func aBoundOnTheHingeThresholdHoldsItAtTheBoundAndSaysSo() throws {
    let rendered = try Self.render(models: "[linear, {name: hinge, bounds: {eta: [2.4, 3.0]}}]")
    #expect(!rendered.outcome.failed)
    let hinge = try #require(Self.model(rendered, "hinge"))
    #expect(hinge["status"] as? String == "at_bound")
    #expect((hinge["bound"] as? [String: Any])?["side"] as? String == "low")
    let eta = (hinge["params"] as? [String: Any])?["eta"] as? [String: Any]
    #expect(eta?["estimate"] as? Double == 2.4)
    #expect(eta?["se"] is NSNull, "a parameter on its bound has no standard error")
    #expect(rendered.html?.contains("no threshold inside the data") == true)
  }

  @Test func logisticBoundsAndStartsAreUsedAndReported() throws {
    let rendered = try Self.render(
      models: "[{name: logistic, bounds: {width: [0.2, 1]}, starts: [{mid: 2.3, width: 0.5}]}]")
    #expect(!rendered.outcome.failed, "\(rendered.outcome.diagnostics.map(\.message))")
    let logistic = try #require(Self.model(rendered, "logistic"))
    #expect(logistic["status"] as? String == "at_bound")
    let width = (logistic["params"] as? [String: Any])?["width"] as? [String: Any]
    #expect(abs((width?["estimate"] as? Double ?? 0) - 0.2) < 1e-4, "the sharp hinge pushes width to its lower bound")
    #expect((logistic["bounds"] as? [String: Any])?["width"] as? [Double] == [0.2, 1])
    let attempts = try #require(logistic["attempts"] as? [[String: Any]])
    #expect(attempts.count >= 11, "the given start and the model's 10")
    #expect(attempts.contains { $0["chosen"] as? Bool == true })
  }

  @Test func aFormulaTakesBoundsAndExtraStarts() throws {
    let rendered = try Self.render(
      models:
        "[{name: line, formula: \"a + b * x\", start: {a: 1, b: 0.1}, bounds: {b: [-0.1, 0.5]}, starts: [{b: 0.2}]}]")
    #expect(!rendered.outcome.failed)
    let line = try #require(Self.model(rendered, "line"))
    #expect(line["status"] as? String == "at_bound")
    #expect((line["bound"] as? [String: Any])?["param"] as? String == "b")
    #expect((line["attempts"] as? [Any])?.count ?? 0 >= 2)
  }

  @Test func aBoundTheModelCannotUseIsAnErrorAtIt() throws {
    let rendered = try Self.render(models: "[{name: linear, bounds: {b1: [0, 1]}}]")
    #expect(rendered.outcome.failed)
    #expect(
      rendered.outcome.diagnostics.contains { $0.id.rawValue == "fit-bad-option" && $0.message.contains("closed form") }
    )
    let unknown = try Self.render(models: "[{name: logistic, bounds: {witdh: [0, 1]}}]")
    #expect(unknown.outcome.diagnostics.contains { $0.id.rawValue == "fit-unknown-name" })
  }

  @Test func aModelLeftOutWarnsAtItsEntryAndTheReportSaysWhy() throws {
    let rendered = try Self.render(models: "[linear, {name: twice, formula: \"a * b * x\", start: {a: 1.5, b: 0.2}}]")
    #expect(!rendered.outcome.failed)
    let warning = rendered.outcome.diagnostics.first { $0.id.rawValue == "fit-model-left-out" }
    #expect(warning?.message.contains("the twice model is left out of the comparison (unidentified)") == true)
    #expect(rendered.result("f")?["best"] as? String == "linear")
    #expect(rendered.result("f")?["left_out"] as? [String] == ["twice"])
    let html = try #require(rendered.html)
    #expect(html.contains("twice is left out of the comparison (unidentified)"))
    let row = try #require(
      html.components(separatedBy: "<th scope=\"row\">twice</th>").last?.components(separatedBy: "</tr>").first)
    #expect(!row.contains("["), "an unidentified model shows no intervals: \(row)")
  }

  @Test func tooFewPointsForOneModelLeaveItOutNotTheBlock() throws {
    let few = try NotebookRunner.render(
      """
      ```data d
      rows: [{x: 1.9, y: 0.7}, {x: 2.2, y: 0.5}, {x: 2.5, y: 0.35}, {x: 2.8, y: 0.26}]
      ```

      ```fit f
      table: d
      x: x
      y: y
      models: [linear, logistic]
      ```

      """)
    #expect(!few.outcome.failed, "\(few.outcome.diagnostics.map(\.message))")
    #expect(few.result("f")?["best"] as? String == "linear")
    let logistic = (few.result("f")?["models"] as? [String: Any])?["logistic"] as? [String: Any]
    #expect(logistic?["status"] as? String == "unidentified")
  }

  @Test func aJapaneseReportSaysWhatTheBoundMeansInJapanese() throws {
    let rendered = try NotebookRunner.render(
      """
      ---
      title: 境界
      lang: ja
      ---

      ```data d
      path: data.csv
      ```

      ```fit f
      table: d
      x: x
      y: y
      models: [linear, {name: hinge, bounds: {eta: [2.4, 3.0]}}]
      ```

      """, files: ["data.csv": Self.csv])
    let html = try #require(rendered.html)
    #expect(html.contains("データの範囲内にしきい値がない"))
    #expect(html.contains("境界上"))
  }
}
