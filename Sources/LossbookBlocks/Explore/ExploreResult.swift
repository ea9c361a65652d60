import Foundation
import LossbookEngine
import LossbookRender

/// An explorer: the static figure, its controls, and the data the page's script redraws from.
struct ExploreResult: BlockResult {
  let spec: ExploreSpec
  let shape: ExploreBlock.Shape
  let items: Int?
  let controls: [ExploreSpec.Control]
  let familyTable: DataTable?
  let taskName: String
  let seed: UInt32
  let blockID: String
  let language: ReportLanguage

  var json: JSONValue {
    .object([
      ("task", .string(taskName)), ("shape", .string(shape.name)),
      ("controls", .array(controls.map { .string($0.rawValue) })),
      ("values", .object(shape.values.map { ($0.0, .num($0.1)) } + [("items", items.map { .number(Double($0)) } ?? .null)])),
    ])
  }

  /// One slider: its name, range, step and starting value.
  struct Slider {
    var control: ExploreSpec.Control
    var min: Double
    var max: Double
    var step: Double
    var value: Double
    /// The value's words with `{value}`, and how to show the value (scale, decimals).
    var text: String
    var scale: Double
    var decimals: Int
  }

  func sliders(lossRange: ClosedRange<Double>) -> [Slider] {
    let ja = language == .ja
    let values = Dictionary(uniqueKeysWithValues: shape.values)
    return controls.map { c in
      switch c {
      case .eta:
        return Slider(
          control: c, min: rounded(lossRange.lowerBound, 0.01), max: rounded(lossRange.upperBound, 0.01), step: 0.01,
          value: values["eta"] ?? 2.2, text: ja ? "損失{value}" : "loss {value}", scale: 1, decimals: 2)
      case .mid:
        return Slider(
          control: c, min: rounded(lossRange.lowerBound, 0.01), max: rounded(lossRange.upperBound, 0.01), step: 0.01,
          value: values["mid"] ?? 2.4, text: ja ? "損失{value}" : "loss {value}", scale: 1, decimals: 2)
      case .slope:
        let v = values["slope"] ?? 1
        return Slider(
          control: c, min: 0, max: max(3, (v * 2 * 20).rounded(.up) / 20), step: 0.05, value: v,
          text: ja ? "損失0.1あたり+{value}ポイント" : "+{value} points per 0.1 loss", scale: 10, decimals: 1)
      case .width:
        return Slider(
          control: c, min: 0.02, max: 0.5, step: 0.01, value: values["width"] ?? 0.2,
          text: ja ? "幅{value}" : "width {value}", scale: 1, decimals: 2)
      case .items:
        let v = Double(items ?? 1000)
        return Slider(
          control: c, min: 10, max: max(2000, v), step: 10, value: v, text: ja ? "{value}問" : "{value} questions", scale: 1,
          decimals: 0)
      }
    }
  }

  private func rounded(_ x: Double, _ step: Double) -> Double { (x / step).rounded() * step }

  func render(_ context: RenderContext) -> BlockRendering {
    guard let t = familyTable, let loss = t.numbers("loss"), let scores = t.numbers(taskName) else {
      return BlockRendering(html: "")
    }
    let lossTrue = t.numbers("loss_true") ?? loss
    let ja = language == .ja
    let f = context.format
    let groups = PlotBlock.groups(of: t.column("run") ?? DataColumn("run", text: Array(repeating: "", count: t.rowCount)))
    let series = groups.map { (label, keep) in
      ChartSeries(
        name: label, points: (0..<t.rowCount).filter { keep[$0] }.map { ChartPoint(x: loss[$0], y: scores[$0]) }, mark: .points)
    }
    let chance = shape.random
    var annotations: [ChartAnnotation] = [
      .horizontalLine(
        y: chance, label: ja ? "当て推量（\(f.format(chance, style: .percent(nil)))）" : "guessing (\(f.format(chance, style: .percent(nil))))",
        role: .chance)
    ]
    if let eta = shape.threshold { annotations.append(.verticalLine(x: eta, label: "", role: .threshold)) }
    let words = context.words
    let title = spec.title ?? (ja ? "\(taskName)：つまみを動かして試す" : "\(taskName): move the sliders to try it")
    let description =
      ja
      ? "\(taskName)の正答率と事前学習損失の散布図（\(t.rowCount)点）。つまみで閾値や問題数を変えると、図が描き直されます。"
      : "Scatter plot of \(taskName) against pre-training loss, \(t.rowCount) points. The sliders below re-simulate the task and redraw the points."
    let chart = ChartSpec(
      id: "fig-\(context.blockID)", title: title, description: description, language: language,
      x: ChartAxis(label: ja ? "\(words.preTrainingLoss)（\(words.lowerIsBetter)）" : "\(words.preTrainingLoss) (\(words.lowerIsBetter))", reversed: true),
      // The whole 0–100% range, so that redrawn points never leave the plot.
      y: ChartAxis(label: taskName, domain: 0...1, format: .percent(nil)), panels: [ChartPanel(series: series, annotations: annotations)])
    let rendered = ChartSVG.render(chart)
    guard let frame = rendered.frames.first else { return BlockRendering(html: rendered.svg) }
    let finite = loss.filter(\.isFinite)
    let range = (finite.min() ?? 2)...(finite.max() ?? 3)
    let sliders = sliders(lossRange: range)

    var h = "<figure class=\"lb-figure\" id=\"figure-\(HTML.escapeAttribute(context.blockID))\">\n\(rendered.svg)\n</figure>\n"
    h += "<div class=\"lb-explore\" id=\"explore-\(HTML.escapeAttribute(context.blockID))\">\n"
    for s in sliders {
      let id = "\(context.blockID)-\(s.control.rawValue)"
      let valueText = s.text.replacingOccurrences(of: "{value}", with: f.format(s.value * s.scale, style: s.decimals == 0 ? .integer : .fixed(s.decimals)))
      let label = ja ? Self.labelsJA[s.control] ?? s.control.rawValue : Self.labelsEN[s.control] ?? s.control.rawValue
      h += "<p class=\"lb-control\"><label for=\"\(HTML.escapeAttribute(id))\">\(HTML.escapeText(label))</label> "
      h += "<input type=\"range\" id=\"\(HTML.escapeAttribute(id))\" name=\"\(s.control.rawValue)\" min=\"\(LossbookNumberFormat.json(s.min))\" "
      h += "max=\"\(LossbookNumberFormat.json(s.max))\" step=\"\(LossbookNumberFormat.json(s.step))\" value=\"\(LossbookNumberFormat.json(s.value))\" "
      // Loss controls run right to left, as the loss axis does: moving right is lower loss.
      h += "aria-valuetext=\"\(HTML.escapeAttribute(valueText))\"\(s.control == .eta || s.control == .mid ? " dir=\"rtl\"" : "")> "
      h += "<output for=\"\(HTML.escapeAttribute(id))\">\(HTML.escapeText(valueText))</output></p>\n"
    }
    h += "<p><button type=\"button\" class=\"lb-explore-reset\">\(ja ? "元に戻す" : "Reset")</button></p>\n"
    h += "<p class=\"lb-explore-sentence\" aria-live=\"polite\">\(HTML.escapeText(Self.fill(sentence, words: initialWords(f))))</p>\n"
    h += "<script type=\"application/json\">\(data(frame: frame, loss: loss, lossTrue: lossTrue, groups: groups, sliders: sliders).serialized())</script>\n"
    h += "</div>\n"
    return BlockRendering(
      html: h, sideFiles: [SideFile(name: "\(context.blockID).svg", contents: rendered.svg + "\n")],
      scripts: [ExplorerScript.source])
  }

  static let labelsEN: [ExploreSpec.Control: String] = [
    .eta: "Threshold", .slope: "Rise below the threshold", .items: "Questions per checkpoint", .mid: "Midpoint", .width: "Width",
  ]
  static let labelsJA: [ExploreSpec.Control: String] = [
    .eta: "閾値", .slope: "閾値より下での上がり方", .items: "1回の評価あたりの問題数", .mid: "中央", .width: "幅",
  ]

  /// The live sentence's template; the script fills the same placeholders.
  var sentence: String {
    let ja = language == .ja
    let noise =
      items == nil
      ? "" : (ja ? "1回の評価あたり{n}問なので、当て推量でも正答率は{chance}%の前後±{band}ポイントの範囲でばらつきます。" : "With {n} questions per checkpoint, pure guessing scatters within ±{band} points of {chance}%. ")
    switch shape {
    case .hinge:
      return ja
        ? "閾値を損失{eta}とすると、損失がそれを下回るまで正答率は当て推量の水準にとどまり、その後は損失0.1あたり約{slope}ポイントずつ上がります。" + noise
        : noise + "The score stays at guessing level until the loss falls below {eta}, then rises about {slope} points per 0.1 loss."
    case .logistic:
      return ja
        ? "正答率は損失{mid}のあたりでS字を描いて上がります（幅{width}）。" + noise
        : noise + "The score climbs along an S-curve centred at loss {mid} (width {width})."
    case .linear:
      return ja ? "正答率は損失0.1あたり約{slope}ポイントずつ、なめらかに上がります。" + noise : noise + "The score rises smoothly, about {slope} points per 0.1 loss."
    }
  }

  /// The placeholders at the report's own values, formatted as the script formats them.
  func initialWords(_ f: LossbookNumberFormat) -> [String: String] {
    let v = Dictionary(uniqueKeysWithValues: shape.values)
    let n = Double(items ?? 0)
    let c = shape.random
    let band = n > 0 ? 200 * (c * (1 - c) / n).squareRoot() : 0
    return [
      "eta": f.format(v["eta"] ?? 0, style: .fixed(2)), "mid": f.format(v["mid"] ?? 0, style: .fixed(2)),
      "width": f.format(v["width"] ?? 0, style: .fixed(2)), "n": f.format(n, style: .integer),
      "band": f.format(band, style: .fixed(1)), "chance": f.format(100 * c, style: .fixed(0)),
      "slope": f.format(10 * (v["slope"] ?? 0), style: .fixed(1)),
    ]
  }

  static func fill(_ template: String, words: [String: String]) -> String {
    var out = template
    for key in words.keys.sorted() { out = out.replacingOccurrences(of: "{\(key)}", with: words[key] ?? "") }
    return out
  }

  /// The data the script redraws from: loss per checkpoint (the x it plots and the loss the
  /// simulation scores from), the rows of each series, the map to pixels, the starting values.
  private func data(
    frame: ChartFrame, loss: [Double], lossTrue: [Double], groups: [(String, [Bool])], sliders: [Slider]
  ) -> JSONValue {
    func axis(_ a: ChartFrame.Axis) -> JSONValue {
      .object([
        ("lower", .num(a.lower)), ("upper", .num(a.upper)), ("log", .bool(a.log)), ("reversed", .bool(a.reversed)),
        ("start", .num(a.start)), ("end", .num(a.end)),
      ])
    }
    var values = shape.values.map { ($0.0, JSONValue.num($0.1)) }
    values.append(("items", .number(Double(items ?? 0))))
    return .object([
      ("figure", .string("figure-\(blockID)")), ("seed", .string("\(seed)|\(blockID)")), ("shape", .string(shape.name)),
      ("random", .num(shape.random)), ("ceiling", .num(shape.ceiling)),
      ("x", .array(loss.map { .number(($0 * 1e6).rounded() / 1e6) })),
      ("loss", .array(lossTrue.map { .number(($0 * 1e6).rounded() / 1e6) })),
      ("series", .array(groups.map { (_, keep) in .array(keep.indices.filter { keep[$0] }.map { .number(Double($0)) }) })),
      ("frame", .object([("x", axis(frame.x)), ("y", axis(frame.y))])), ("values", .object(values)),
      ("valueText", .object(sliders.map { s in
        (s.control.rawValue, .object([("t", .string(s.text)), ("scale", .num(s.scale)), ("dp", .number(Double(s.decimals)))]))
      })),
      ("sentence", .string(sentence)),
    ])
  }
}
