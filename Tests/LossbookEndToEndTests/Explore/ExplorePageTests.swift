import Foundation
import LossbookCore
import LossbookRender
import LossbookWords
import Testing

@testable import LossbookBlocks

/// The explorer as the page carries it: preset buttons hidden until the script runs (X1, X8),
/// and word lists from which the script's lookups give back exactly the sentences the report
/// writes in Swift (X4, X9).
@Suite struct ExplorePageTests {
  static func notebook(lang: String, presets: String = "") -> String {
    """
    ---
    title: Explorer
    lang: \(lang)
    seed: 2024
    ---

    ```family ladder
    law: chinchilla
    sizes: [300M, 1B, 6B, 32B]
    tokens: {from: 20B, to: 2T, checkpoints: 12, spacing: log}
    loss_noise: 0.005
    tasks:
      - {name: MMLU, shape: hinge, eta: 2.2, random: 0.25, slope: 0.9, items: 1000}
    ```

    ```explore try
    of: ladder
    task: MMLU
    controls: [eta, slope, items]
    \(presets)
    ```
    """
  }

  /// The rendered page, its explorer's data and its sliders (name → (min, step, value)).
  struct Page {
    var html: String
    var data: [String: Any]
    var sliders: [String: (min: Double, step: Double, value: Double)]
    var results: [String: Any]

    init(_ text: String, sliders names: [String] = ["eta", "slope", "items"]) throws {
      let r = try NotebookRunner.render(text)
      html = try #require(r.html, "\(r.outcome.diagnostics)")
      results = try #require(r.result("try"))
      let open = try #require(html.range(of: "<script type=\"application/json\">"))
      let close = try #require(html.range(of: "</script>", range: open.upperBound..<html.endIndex))
      data = try #require(
        try JSONSerialization.jsonObject(with: Data(html[open.upperBound..<close.lowerBound].utf8)) as? [String: Any])
      sliders = [:]
      for name in names {
        func attribute(_ a: String) throws -> Double {
          let input = try #require(html.range(of: "name=\"\(name)\""))
          let start = try #require(html.range(of: " \(a)=\"", range: input.upperBound..<html.endIndex))
          let end = try #require(html[start.upperBound...].firstIndex(of: "\""))
          return try #require(Double(html[start.upperBound..<end]))
        }
        sliders[name] = (try attribute("min"), try attribute("step"), try attribute("value"))
      }
    }

    /// What the script writes for `template` with the sliders at `values`: each slider's
    /// words at its position, as the script looks them up.
    func scriptFill(_ template: String, _ values: [String: Double]) throws -> String {
      let text = try #require(data["text"] as? [String: [String: [String]]])
      var words: [String: String] = [:]
      for (name, s) in sliders {
        let k = Int((((values[name] ?? s.value) - s.min) / s.step).rounded())
        for (placeholder, list) in text[name] ?? [:] { words[placeholder] = list[k] }
      }
      return ExploreSentence.fill(template, words)
    }

    /// The static sentence, as the page shows it.
    var sentence: String {
      get throws {
        let open = try #require(html.range(of: "<p class=\"lb-explore-sentence\" aria-live=\"polite\">"))
        let close = try #require(html.range(of: "</p>", range: open.upperBound..<html.endIndex))
        return String(html[open.upperBound..<close.lowerBound]).replacingOccurrences(of: "&amp;", with: "&")
      }
    }
  }

  @Test func presetButtonsAreHiddenNativeButtonsInTheReportsLanguage() throws {
    let en = try Page(Self.notebook(lang: "en")).html
    #expect(en.contains("<p class=\"lb-explore-presets\" role=\"group\" aria-labelledby=\"try-presets\" hidden>"))
    for label in ["threshold (emergent)", "smooth S-curve", "exact-match mirage (5 tokens)", "fewer questions (100)"] {
      #expect(en.contains("<button type=\"button\" data-preset=\"") && en.contains("\">\(label)</button>"), "\(label)")
    }
    let ja = try Page(Self.notebook(lang: "ja")).html
    for label in ["閾値あり（出現型）", "なめらかなS字曲線", "完全一致の見かけの急変（5トークン）", "問題を減らす（100問）", "元に戻す"] {
      #expect(ja.contains(">\(label)</button>"), "\(label)")
    }
    let none = try Page(Self.notebook(lang: "en", presets: "presets: []")).html
    #expect(!none.contains("<p class=\"lb-explore-presets\""))
  }

  @Test(arguments: ["en", "ja"])
  func theScriptsLookupsGiveTheReportsOwnSentences(_ lang: String) throws {
    let page = try Page(Self.notebook(lang: lang))
    let language: ReportLanguage = lang == "ja" ? .ja : .en
    // The untouched state: the script's words give the sentence the report wrote.
    let template = try #require(page.data["sentence"] as? String)
    #expect(try page.scriptFill(template, [:]) == (try page.sentence))
    // Each preset: the script's words give the sentence Swift writes for the preset's state.
    let presets = try #require(page.data["presets"] as? [[String: Any]])
    #expect(presets.compactMap { $0["name"] as? String } == ["emergent", "smooth", "mirage", "few-questions"])
    let results = try #require(page.results["presets"] as? [[String: Any]])
    let loss = try #require(page.data["loss"] as? [Double])
    let sentence = ExploreSentence(language: language, loss: loss.min()!...loss.max()!)
    let own = ExploreState(shape: .hinge(random: 0.25, eta: 2.2, slope: 0.9, ceiling: 1), items: 1000)
    for (p, r) in zip(presets, results) {
      let name = try #require(p["name"] as? String)
      let set = try #require(p["set"] as? [String: Double])
      let preset = try #require(ExploreSpec.Preset(rawValue: name))
      let state = try ExplorePresets.state(preset, own: own, controls: [.eta, .slope, .items], loss: sentence.loss)
        .get()
      let written = try page.scriptFill(try #require(p["sentence"] as? String), set)
      #expect(written == sentence.template(state), "\(name)")
      #expect(r["shape"] as? String == state.shape.name)
      if name == "few-questions" {
        #expect(set == ["items": 100])
        #expect(written.contains("±8.7"))
      }
      if name == "smooth" || name == "mirage" { #expect(p["off"] as? [String] == ["eta", "slope"]) }
    }
  }

  @Test func everyItemsPositionListsItsBand() throws {
    let page = try Page(Self.notebook(lang: "en"))
    let items = try #require((page.data["text"] as? [String: [String: [String]]])?["items"])
    let counts = try #require(items["items"])
    let bands = try #require(items["band"])
    #expect(counts.count == bands.count)
    #expect(counts.first == "10" && counts.last == "2,000")
    #expect(bands[9] == "8.7" && counts[9] == "100")
    #expect(bands[99] == "2.7" && counts[99] == "1,000")
  }

  @Test func anInapplicablePresetIsAnError() throws {
    let r = try NotebookRunner.render(
      Self.notebook(lang: "en", presets: "presets: [emergent, few-questions]").replacingOccurrences(
        of: "controls: [eta, slope, items]", with: "controls: [eta, slope]"))
    #expect(r.outcome.diagnostics.map(\.id.rawValue) == ["explore-bad-preset"])
  }

  static func exactMatchNotebook(lang: String, explore: String = "controls: [tokens]") -> String {
    """
    ---
    title: Explorer
    lang: \(lang)
    seed: 2024
    ---

    ```family paper
    law: chinchilla
    sizes: [300M, 1B, 6B, 32B]
    tokens: {from: 20B, to: 2T, checkpoints: 12, spacing: log}
    loss_noise: 0.005
    tasks:
      - {name: Arithmetic, shape: exact-match, tokens: 8, rate: 1.3, floor: 1.85, items: 1000, metrics: [token]}
    ```

    ```explore try
    of: paper
    task: Arithmetic
    \(explore)
    ```
    """
  }

  /// An exact-match task: one figure with its two scores (the task's column and its `_token`
  /// column), a slider for the answer length whose every position's words give back the
  /// sentence Swift writes for that length, and no teaching preset (none applies).
  @Test(arguments: ["en", "ja"])
  func anExactMatchTaskShowsBothScoresAndTheAnswerLength(_ lang: String) throws {
    let page = try Page(Self.exactMatchNotebook(lang: lang), sliders: ["tokens"])
    let language: ReportLanguage = lang == "ja" ? .ja : .en
    let words = Words(language)
    #expect(page.html.contains(">\(words[.exactMatchSeries])<") && page.html.contains(">\(words[.perTokenSeries])<"))
    #expect(!page.html.contains("class=\"lb-chance\""), "no guessing line for exact match")
    #expect(page.data["metrics"] as? [String] == ["score", "token"])
    #expect((page.data["series"] as? [[Double]])?.count == 2)
    #expect((page.data["presets"] as? [Any])?.isEmpty == true)
    #expect(!page.html.contains("<p class=\"lb-explore-presets\""))
    let tokens = try #require(page.sliders["tokens"])
    #expect(tokens.min == 1 && tokens.step == 1 && tokens.value == 8)
    #expect(page.html.contains("max=\"20\""))
    // Every answer length: the script's words give the sentence Swift writes for that state.
    let template = try #require(page.data["sentence"] as? String)
    #expect(try page.scriptFill(template, [:]) == (try page.sentence))
    let loss = try #require(page.data["loss"] as? [Double])
    let sentence = ExploreSentence(language: language, loss: loss.min()!...loss.max()!)
    let own = ExploreState(shape: .exactMatch(tokens: 8, rate: 1.3, floor: 1.85), items: 1000)
    for m in 1...20 {
      let written = try page.scriptFill(template, ["tokens": Double(m)])
      #expect(written == sentence.template(own.setting(.tokens, to: Double(m))), "\(m) tokens")
    }
    // The results hold the facts: the shape, its values and the control, no words.
    #expect(page.results["shape"] as? String == "exact-match")
    #expect(page.results["controls"] as? [String] == ["tokens"])
  }

  @Test func anExactMatchTaskTakesNoOtherShapesControlOrPreset() throws {
    let control = try NotebookRunner.render(Self.exactMatchNotebook(lang: "en", explore: "controls: [eta]"))
    #expect(control.outcome.diagnostics.map(\.id.rawValue) == ["explore-bad-control"])
    #expect(control.outcome.diagnostics.first?.help?.contains("tokens, items") == true)
    let preset = try NotebookRunner.render(Self.exactMatchNotebook(lang: "en", explore: "presets: [smooth]"))
    #expect(preset.outcome.diagnostics.map(\.id.rawValue) == ["explore-bad-preset"])
    let items = try NotebookRunner.render(Self.exactMatchNotebook(lang: "en", explore: "controls: [tokens, items]"))
    #expect(items.outcome.diagnostics.isEmpty, "\(items.outcome.diagnostics.map(\.message))")
  }
}
