import Foundation
import LossbookCore
import LossbookTestSupport

@testable import LossbookRender

/// Hinge-shaped fake data: flat at 0.25 until the loss falls below `eta`, then rising.
enum ChartFixtures {
  static let eta = 2.2

  static func hingeSeries(
    name: String, from: Double, to: Double, count: Int, seed: UInt64, mark: ChartMark = .pointsAndLine
  ) -> ChartSeries {
    var rng = SplitMix64(state: seed)
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
    .verticalLine(
      x: 2.2, label: "threshold 2.20 (95% interval 2.17–2.24): where the threshold probably is", role: .threshold),
    .text(x: 2.75, y: 0.3, label: "flat at guessing"),
  ]

  static func demo(language: ReportLanguage = .en) -> ChartSpec {
    let ja = language == .ja
    return ChartSpec(
      id: "mmlu-plot",
      title: ja ? "MMLUは損失が2.20を下回るまでランダム推測レベルにとどまる" : "MMLU stays at guessing level until loss falls below 2.20",
      description: ja
        ? "3つのモデルの正答率と事前学習損失。損失2.20（95%区間2.17から2.24）まではランダム推測レベルの25%で平坦、その後上昇する。"
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
              .horizontalLine(y: 0.25, label: "ランダム推測レベル（25%）", role: .chance),
              .verticalLine(x: 2.2, label: "しきい値2.20（95%区間2.17から2.24）：しきい値がありそうな範囲", role: .threshold),
              .text(x: 2.75, y: 0.3, label: "ランダム推測レベルで平坦"),
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

extension ChartFixtures {
  /// The overlay legend entries a faceted plot block supplies.
  static let overlayKeys: [ChartOverlayKey] = [
    ChartOverlayKey(.line(.chance), label: "guessing (25%)"),
    ChartOverlayKey(.line(.threshold), label: "threshold"),
    ChartOverlayKey(.band, label: "95% interval: where the threshold probably is"),
    ChartOverlayKey(.line(.reference), label: "hinge bend (not a threshold: smooth)"),
  ]

  /// A crowded W1-like figure: `count` titled panels, each with its task's points (named by
  /// task, of kind "data"), its hinge fit (and a logistic fit in every second panel), a chance
  /// line, and either a threshold with its band and both segment labels (emergent panels) or
  /// a hinge bend (smooth ones, every third).
  static func crowdedFacets(count: Int = 6, width: Double = 720) -> ChartSpec {
    let tasks = ["MMLU_like", "GSM8K_like", "CEval_like", "TriviaQA_like", "HellaSwag_like", "WinoGrande_like"]
    let panels = (0..<count).map { t -> ChartPanel in
      let task = tasks[t % tasks.count]
      let smooth = t % 3 == 2
      var data = hingeSeries(name: task, from: 2.75, to: 1.95, count: 60, seed: UInt64(50 + t), mark: .points)
      data.kind = "data"
      let hinge = ChartSeries(
        name: "hinge fit (\(task))",
        points: [ChartPoint(x: 2.75, y: 0.25), ChartPoint(x: eta, y: 0.25), ChartPoint(x: 1.95, y: 0.475)],
        mark: .line, style: 4, kind: "hinge fit")
      var series = [data, hinge]
      if t % 2 == 1 {
        let curve = (0...40).map { i -> ChartPoint in
          let x = 1.95 + 0.8 * Double(i) / 40
          return ChartPoint(x: x, y: 0.25 + 0.25 / (1 + exp((x - 2.1) / 0.05)))
        }
        series.append(
          ChartSeries(name: "logistic fit (\(task))", points: curve, mark: .line, style: 2, kind: "logistic fit"))
      }
      var annotations: [ChartAnnotation] = [.horizontalLine(y: 0.25, label: "", role: .chance)]
      if smooth {
        annotations.append(.verticalLine(x: 2.7, label: "hinge bend 2.70 (not a threshold: smooth)", role: .reference))
      } else {
        annotations += [
          .verticalBand(from: 2.19, to: 2.22, label: ""),
          .verticalLine(x: 2.2, label: "threshold 2.20 (95%\u{a0}interval 2.19–2.22)", role: .threshold),
          .text(x: 2.475, y: 0.25, label: "flat at guessing"),
          .text(x: 2.075, y: 0.36, label: "+9 points per 0.1 loss"),
        ]
      }
      return ChartPanel(title: task, series: series, annotations: annotations)
    }
    return ChartSpec(
      id: "crowded", title: "Three tasks wait for the loss to pass a threshold; three improve smoothly",
      description: "Six tasks.", x: ChartAxis(label: "pre-training loss (lower is better →)", reversed: true),
      y: ChartAxis(label: "score"), panels: panels, width: width, overlayKeys: overlayKeys)
  }
}
