@testable import LossbookRender

/// A tiny deterministic generator (splitmix64) for fake data.
struct ChartDemoRandom {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// Uniform in [-1, 1).
  mutating func symmetric() -> Double {
    Double(next() >> 11) / Double(1 << 53) * 2 - 1
  }
}

/// Hinge-shaped fake data: flat at 0.25 until the loss falls below `eta`, then rising.
enum ChartFixtures {
  static let eta = 2.2

  static func hingeSeries(
    name: String, from: Double, to: Double, count: Int, seed: UInt64, mark: ChartMark = .pointsAndLine
  ) -> ChartSeries {
    var rng = ChartDemoRandom(state: seed)
    let points = (0..<count).map { i -> ChartPoint in
      let loss = from + (to - from) * Double(i) / Double(count - 1)
      let score = 0.25 + 0.9 * max(0, eta - loss) + 0.012 * rng.symmetric()
      return ChartPoint(x: loss, y: score)
    }
    return ChartSeries(name: name, points: points, mark: mark)
  }

  static let annotations: [ChartAnnotation] = [
    .verticalBand(from: 2.17, to: 2.24, label: ""),
    .horizontalLine(y: 0.25, label: "guessing (25%)", role: .chance),
    .verticalLine(x: 2.2, label: "threshold 2.20 (95% interval 2.17–2.24): where the threshold probably is", role: .threshold),
    .text(x: 2.75, y: 0.3, label: "flat at guessing"),
  ]

  static func demo(language: ReportLanguage = .en) -> ChartSpec {
    let ja = language == .ja
    return ChartSpec(
      id: "mmlu-plot",
      title: ja ? "MMLUは損失が2.20を下回るまで当て推量の水準にとどまる" : "MMLU stays at guessing level until loss falls below 2.20",
      description: ja
        ? "3つのモデルの正答率と事前学習損失。損失2.20（95%区間2.17から2.24）までは当て推量の25%で平坦、その後上昇する。"
        : "Accuracy against pre-training loss for three models: flat at the 25% guessing level until loss 2.20 (95% interval 2.17 to 2.24), then rising.",
      language: language,
      x: ChartAxis(label: ja ? "事前学習損失（右ほど低い＝良い →）" : "pre-training loss (lower is better →)", reversed: true),
      y: ChartAxis(label: ja ? "MMLU正答率" : "MMLU accuracy", format: .percent(nil)),
      panels: [
        ChartPanel(
          series: [
            hingeSeries(name: "1.5B", from: 3.3, to: 2.45, count: 40, seed: 1),
            hingeSeries(name: "6B", from: 3.1, to: 2.12, count: 40, seed: 2),
            hingeSeries(name: "32B", from: 2.95, to: 1.9, count: 40, seed: 3),
          ],
          annotations: ja
            ? [
              .verticalBand(from: 2.17, to: 2.24, label: ""),
              .horizontalLine(y: 0.25, label: "当て推量（25%）", role: .chance),
              .verticalLine(x: 2.2, label: "しきい値2.20（95%区間2.17から2.24）：しきい値がありそうな範囲", role: .threshold),
              .text(x: 2.75, y: 0.3, label: "当て推量の水準で平坦"),
            ] : annotations)
      ])
  }

  static func facets(count: Int = 4) -> ChartSpec {
    let tasks = ["MMLU", "C-Eval", "GSM8K", "TriviaQA", "HellaSwag", "RACE"]
    return ChartSpec(
      id: "facets",
      title: "Four tasks: each stays at guessing level until loss falls below about 2.2",
      description: "Small multiples of accuracy against loss for four tasks.",
      x: ChartAxis(label: "pre-training loss (lower is better →)", reversed: true),
      y: ChartAxis(label: "accuracy", format: .percent(nil)),
      panels: (0..<count).map { t in
        ChartPanel(
          title: tasks[t % tasks.count],
          series: [
            hingeSeries(name: "1.5B", from: 3.3, to: 2.45, count: 20, seed: UInt64(10 * t + 1), mark: .points),
            hingeSeries(name: "6B", from: 3.1, to: 2.12, count: 20, seed: UInt64(10 * t + 2), mark: .points),
            hingeSeries(name: "32B", from: 2.95, to: 1.9, count: 20, seed: UInt64(10 * t + 3), mark: .points),
          ],
          annotations: [
            .verticalBand(from: 2.17, to: 2.24, label: ""),
            .horizontalLine(y: 0.25, label: "guessing (25%)", role: .chance),
            .verticalLine(x: 2.2, label: "threshold 2.20", role: .threshold),
          ])
      })
  }
}
