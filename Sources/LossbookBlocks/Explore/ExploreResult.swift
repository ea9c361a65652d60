import Foundation
import LossbookCore
import LossbookEngine
import LossbookRender
import LossbookWords

/// An explorer: the static figure, its controls and teaching presets, and the data the page's
/// script redraws from.
struct ExploreResult: BlockResult {
  let spec: ExploreSpec
  /// The task's own state: the report's figure.
  let own: ExploreState
  let controls: [ExploreSpec.Control]
  let presets: [ExplorePresets.Chosen]
  /// The lowest and highest loss the simulation scores from (the presets are computed on it).
  let simulatedLoss: ClosedRange<Double>
  let familyTable: DataTable?
  let taskName: String
  let seed: UInt32
  let blockID: String
  var warnings: [BlockWarning] = []

  var json: JSONValue {
    func state(_ s: ExploreState) -> [(String, JSONValue)] {
      [
        ("shape", .string(s.shape.name)),
        (
          "values",
          .object(s.shape.values.map { ($0.0, .num($0.1)) } + [("items", s.items.map { .number(Double($0)) } ?? .null)])
        ),
      ]
    }
    return .object(
      [("task", .string(taskName)), ("controls", .array(controls.map { .string($0.rawValue) }))] + state(own) + [
        ("presets", .array(presets.map { .object([("name", .string($0.preset.rawValue))] + state($0.state)) }))
      ])
  }

  /// One slider: its name, range, step, starting value and positions.
  struct Slider {
    var control: ExploreSpec.Control
    var min: Double
    var max: Double
    var step: Double
    var value: Double
    /// The value's words, with the control's placeholders: `loss {eta}`.
    var text: String

    /// The slider with its grid moved so that its value is a position: a range input snaps
    /// its value to min + k·step, so a task's own eta of 2.2037 on a grid of 0.01 from 1.90
    /// would be re-simulated at 2.20. Ends are kept to nine decimals, as the page writes them.
    var anchored: Slider {
      func clean(_ x: Double) -> Double { abs(x) < 1e6 ? (x * 1e9).rounded() / 1e9 : x }
      var s = self
      let below = Swift.max(((value - min) / step + 1e-9).rounded(.down), 0)
      s.min = clean(value - below * step)
      let above = Swift.max(((max - value) / step + 1e-9).rounded(.down), 0)
      s.max = clean(value + above * step)
      return s
    }

    /// The anchored slider with its step widened, when need be, to the smallest 1, 2 or 5 × 10^k
    /// that keeps it within `ExploreLimits.sliderPositions` positions (a task's slope of 1e300,
    /// a threshold far outside a loss range near 1e200), and anchored again on the wider grid,
    /// which stays inside its ends; a slider already within the limit is unchanged.
    var withinLimit: Slider {
      // Halved, so that the span of any two finite ends is finite.
      let halfSpan = max / 2 - min / 2
      let intervals = Double(ExploreLimits.sliderPositions - 1)
      guard halfSpan.isFinite, step > 0, halfSpan / step * 2 > intervals else { return self }
      let needed = halfSpan / intervals * 2
      let decade = pow(10, Foundation.log10(needed).rounded(.down))
      var s = self
      s.step = [1.0, 2, 5, 10].map { $0 * decade }.first { $0 >= needed } ?? 10 * decade
      return s.anchored
    }

    /// Every position the browser can give it, min + k·step up to max, in decimal steps; never
    /// more than `ExploreLimits.sliderPositions`.
    var positions: [Double] {
      let intervals = ((max / 2 - min / 2) / step * 2 + 1e-9).rounded(.down)
      let count = Swift.min(Int(exactly: intervals).map { $0 + 1 } ?? 1, ExploreLimits.sliderPositions)
      return (0..<Swift.max(count, 1)).map { k in
        let x = min + Double(k) * step
        return abs(x) < 1e9 ? (x * 1e6).rounded() / 1e6 : x
      }
    }
  }

  func sliders(lossRange: ClosedRange<Double>, words: Words) -> [Slider] {
    let values = Dictionary(uniqueKeysWithValues: own.shape.values)
    return controls.map { c -> Slider in
      switch c {
      case .eta:
        return Slider(
          control: c, min: rounded(lossRange.lowerBound, 0.01), max: rounded(lossRange.upperBound, 0.01), step: 0.01,
          value: values["eta"] ?? 2.2, text: words[.valueTemplate(.eta)])
      case .mid:
        return Slider(
          control: c, min: rounded(lossRange.lowerBound, 0.01), max: rounded(lossRange.upperBound, 0.01), step: 0.01,
          value: values["mid"] ?? 2.4, text: words[.valueTemplate(.mid)])
      case .slope:
        let v = values["slope"] ?? 1
        let top = Swift.min((v * 2 * 20).rounded(.up) / 20, .greatestFiniteMagnitude)
        return Slider(
          control: c, min: 0, max: max(3, top), step: 0.05, value: v,
          text: words[.valueTemplate(.slope)])
      case .width:
        return Slider(
          control: c, min: 0.02, max: 0.5, step: 0.01, value: values["width"] ?? 0.2,
          text: words[.valueTemplate(.width)])
      case .tokens:
        let v = values["tokens"] ?? 5
        return Slider(
          control: c, min: 1, max: max(Double(ExploreLimits.answerTokens), v), step: 1, value: v,
          text: words[.valueTemplate(.tokens)])
      case .items:
        let v = Double(own.items ?? 1000)
        // Not anchored: the grid of tens keeps the few-questions preset's 100 (a task with a
        // count off the grid gets a warning, see ExploreBlock.itemsWarning).
        return Slider(
          control: c, min: 10, max: max(2000, v), step: 10, value: v, text: words[.valueTemplate(.items)])
      }
    }.map { $0.control == .items ? $0 : $0.anchored.withinLimit }
  }

  /// `x` to a multiple of `step`; values too large for a step of 0.01 to matter are kept.
  private func rounded(_ x: Double, _ step: Double) -> Double {
    abs(x) < 1e12 ? (x / step).rounded() / (1 / step) : x
  }

  /// Whether `control` moves the curve of `state` (the number of questions always does).
  static func enabled(_ control: ExploreSpec.Control, in state: ExploreState) -> Bool {
    control == .items || state.shape.controls.contains(control)
  }

  func render(_ context: RenderContext) -> BlockRendering {
    guard let t = familyTable, let loss = t.numbers("loss"), let scores = t.numbers(taskName) else {
      return BlockRendering(html: "")
    }
    let lossTrue = t.numbers("loss_true") ?? loss
    let f = context.format
    let words = context.words
    let exact = own.shape.isExactMatch
    let everyRow = Array(repeating: true, count: t.rowCount)
    // An exact-match task is drawn with both of its scores, each checkpoint once per score:
    // exact match (the task's column) and per-token accuracy (its `_token` column, or the
    // simulator's per-token probability when the family does not keep that column).
    let groups =
      exact
      ? [(words[.exactMatchSeries], everyRow), (words[.perTokenSeries], everyRow)]
      : PlotBlock.groups(
        of: t.column("run") ?? DataColumn("run", text: Array(repeating: "", count: t.rowCount)))
    let tokens = t.numbers("\(taskName)_token") ?? lossTrue.map { own.shape.tokenProbability(loss: $0) ?? .nan }
    let series = groups.enumerated().map { (g, group) in
      let (label, keep) = group
      let ys = exact && g == 1 ? tokens : scores
      return ChartSeries(
        name: t.displayNames[label] ?? label,
        points: (0..<t.rowCount).filter { keep[$0] }.map { ChartPoint(x: loss[$0], y: ys[$0]) },
        mark: .points)
    }
    let chance = own.shape.random
    // Exact match has no guessing level to draw: a guess almost never gets a whole answer right.
    var annotations: [ChartAnnotation] =
      exact
      ? []
      : [
        .horizontalLine(
          y: chance,
          label: words[.chance(f.format(chance, style: .percent(nil)))],
          role: .chance)
      ]
    if let eta = own.shape.threshold { annotations.append(.verticalLine(x: eta, label: "", role: .threshold)) }
    let title = spec.title ?? words[.title(task: taskName)]
    let description =
      exact
      ? words[.descriptionTokens(task: taskName, points: t.rowCount)]
      : words[.description(task: taskName, points: t.rowCount)]
    let chart = ChartSpec(
      id: "fig-\(context.blockID)", title: title, description: description, language: context.language,
      x: ChartAxis(label: words[.lossAxis], reversed: true),
      // The whole 0–100% range, so that redrawn points never leave the plot.
      y: ChartAxis(label: exact ? words[.tokensScoreAxis] : taskName, domain: 0...1, format: .percent(nil)),
      panels: [ChartPanel(series: series, annotations: annotations)])
    // Both layouts (ResponsiveChart); the script redraws each in its own pixel frame.
    let charts = ResponsiveChart(chart)
    guard let wideFrame = charts.wide.frames.first, let narrowFrame = charts.narrow.frames.first else {
      return BlockRendering(html: charts.wide.markup)
    }
    let finite = loss.filter(\.isFinite)
    let range = (finite.min() ?? 2)...(finite.max() ?? 3)
    let sliders = sliders(lossRange: range, words: words)
    let sentence = ExploreSentence(language: context.language, loss: simulatedLoss)
    let ownWords = sentence.words(own)

    let id = context.blockID
    var h: Markup = "<figure class=\"lb-figure\" id=\"figure-\(attribute: id)\">\n\(charts.html)</figure>\n"
    h += "<div class=\"lb-explore\" id=\"explore-\(attribute: id)\">\n"
    for s in sliders {
      let inputID = "\(context.blockID)-\(s.control.rawValue)"
      let valueText = ExploreSentence.fill(s.text, ownWords)
      let label = words[.label(s.control.word)]
      h += "<p class=\"lb-control\"><label for=\"\(attribute: inputID)\">\(label)</label> "
      h +=
        "<input type=\"range\" id=\"\(attribute: inputID)\" name=\"\(s.control.rawValue)\" min=\"\(LossbookNumberFormat.json(s.min))\" "
      h +=
        "max=\"\(LossbookNumberFormat.json(s.max))\" step=\"\(LossbookNumberFormat.json(s.step))\" value=\"\(LossbookNumberFormat.json(s.value))\" "
      // Loss controls run right to left, as the loss axis does: moving right is lower loss.
      h +=
        "aria-valuetext=\"\(attribute: valueText)\"\(s.control == .eta || s.control == .mid ? " dir=\"rtl\"" : "" as Markup)> "
      h += "<output for=\"\(attribute: inputID)\">\(valueText)</output></p>\n"
    }
    h += presetButtons(words, id: "\(context.blockID)-presets")
    h += "<p><button type=\"button\" class=\"lb-explore-reset\">\(words[.reset])</button></p>\n"
    h += "<p class=\"lb-explore-sentence\" aria-live=\"polite\">\(sentence.template(own))</p>\n"
    let json = data(
      frames: [wideFrame, narrowFrame], loss: loss, lossTrue: lossTrue, groups: groups, sliders: sliders,
      sentence: sentence)
    // The JSON writer writes `<` as `\u003c`, so no text of it can close the script element.
    h += "<script type=\"application/json\">\(Markup.trusted(json.serialized()))</script>\n"
    h += "</div>\n"
    return BlockRendering(
      html: h, sideFiles: [SideFile(name: "\(context.blockID).svg", contents: charts.wide.svg + "\n")],
      scripts: [ExplorerScript.source])
  }

  /// The preset buttons, hidden until the script runs: without JavaScript a button that did
  /// nothing would promise what the page cannot do, and the static report stays complete (X1).
  private func presetButtons(_ words: Words, id: String) -> Markup {
    guard !presets.isEmpty else { return "" }
    let f = LossbookNumberFormat(language: words.language)
    var h: Markup = "<p class=\"lb-explore-presets\" role=\"group\" aria-labelledby=\"\(attribute: id)\" hidden>"
    h += "<span id=\"\(attribute: id)\">\(words[.teachingExamples])</span>"
    for p in presets {
      let label: String
      switch p.preset {
      case .emergent: label = words[.presetEmergent]
      case .smooth: label = words[.presetSmooth]
      case .mirage:
        label = words[.presetMirage(tokens: f.format(Double(ExplorePresets.mirageTokens), style: ExplainStyle.count))]
      case .fewQuestions:
        label =
          words[
            .presetFewQuestions(items: f.format(Double(ExplorePresets.fewQuestions), style: ExplainStyle.count))]
      }
      h += " <button type=\"button\" data-preset=\"\(p.preset.rawValue)\">\(label)</button>"
    }
    return h + "</p>\n"
  }

  /// The placeholders the script fills in `state`: those of the sliders that move its curve.
  func live(_ state: ExploreState) -> Set<String> {
    Set(controls.filter { Self.enabled($0, in: state) }.flatMap(ExploreSentence.placeholders))
  }

  /// The data the script redraws from: loss per checkpoint (the x it plots and the loss the
  /// simulation scores from), the rows of each series, the map to pixels of each SVG of the
  /// figure (in page order: the wide layout, then the narrow one), the task's own
  /// state, the words of every slider position, the sentence templates and the presets; for an
  /// exact-match task, `metrics` says which series is drawn from the per-token probability.
  private func data(
    frames: [ChartFrame], loss: [Double], lossTrue: [Double], groups: [(String, [Bool])], sliders: [Slider],
    sentence: ExploreSentence
  ) -> JSONValue {
    func axis(_ a: ChartFrame.Axis) -> JSONValue {
      .object([
        ("lower", .num(a.lower)), ("upper", .num(a.upper)), ("log", .bool(a.log)), ("reversed", .bool(a.reversed)),
        ("start", .num(a.start)), ("end", .num(a.end)),
      ])
    }
    func values(_ s: ExploreState) -> JSONValue { .object(s.shape.values.map { ($0.0, JSONValue.num($0.1)) }) }
    var ownValues = own.shape.values.map { ($0.0, JSONValue.num($0.1)) }
    ownValues.append(("items", .number(Double(own.items ?? 0))))
    // Each slider position's words, by placeholder: the script looks them up by position.
    let text = sliders.map { s -> (String, JSONValue) in
      let positions = s.positions.map { sentence.words(own.setting(s.control, to: $0)) }
      return (
        s.control.rawValue,
        .object(
          ExploreSentence.placeholders(s.control).map { name in
            (name, .array(positions.map { .string($0[name] ?? "") }))
          })
      )
    }
    let presetData = presets.map { p -> JSONValue in
      let set = controls.filter { Self.enabled($0, in: p.state) }.compactMap { c -> (String, JSONValue)? in
        let value = p.state.value(of: c)
        return value == own.value(of: c) ? nil : value.map { (c.rawValue, .num($0)) }
      }
      return .object([
        ("name", .string(p.preset.rawValue)), ("shape", .string(p.state.shape.name)), ("values", values(p.state)),
        ("set", .object(set)),
        ("off", .array(controls.filter { !Self.enabled($0, in: p.state) }.map { .string($0.rawValue) })),
        ("sentence", .string(sentence.template(p.state, live: live(p.state)))),
      ])
    }
    return .object(
      [
        ("figure", .string("figure-\(blockID)")), ("seed", .string("\(seed)|\(blockID)")),
        ("shape", .string(own.shape.name)),
        ("x", .array(loss.map { .number(Self.micro($0)) })), ("loss", .array(lossTrue.map { .number(Self.micro($0)) })),
        (
          "series",
          .array(groups.map { (_, keep) in .array(keep.indices.filter { keep[$0] }.map { .number(Double($0)) }) })
        ),
        ("frames", .array(frames.map { .object([("x", axis($0.x)), ("y", axis($0.y))]) })),
        ("values", .object(ownValues)),
        ("text", .object(text)), ("valueText", .object(sliders.map { ($0.control.rawValue, .string($0.text)) })),
        ("sentence", .string(sentence.template(own, live: live(own)))), ("presets", .array(presetData)),
      ] + (own.shape.isExactMatch ? [("metrics", .array([.string("score"), .string("token")]))] : []))
  }

  /// `x` to six decimals, as the page carries losses; values too large for that to matter are kept.
  static func micro(_ x: Double) -> Double { abs(x) < 1e9 ? (x * 1e6).rounded() / 1e6 : x }
}

extension ExploreSpec.Control {
  /// The slider's key in the catalogue.
  var word: ExploreControl {
    switch self {
    case .eta: .eta
    case .slope: .slope
    case .items: .items
    case .mid: .mid
    case .width: .width
    case .tokens: .tokens
    }
  }
}
