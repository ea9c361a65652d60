import Foundation
import LossbookCore
import LossbookEngine
import LossbookRender
import LossbookStats
import LossbookSyntax
import LossbookWords

/// A plot with `mark: histogram`: the finite values of x counted in equal-width bins
/// (`Histogram`), drawn as bars, with threshold overlays as a line and an interval band.
enum PlotHistogram {
  static func run(_ spec: PlotSpec, context: ExecutionContext) throws(BlockFailure) -> PlotResult {
    let table = try context.table(spec.table)
    let x = try TableColumns.numbers(table, spec.x)
    guard !x.isEmpty else {
      throw BlockFailure(
        PlotDiagnostics.noData, .plot(.noRows(table: spec.table.value)), at: spec.table.range)
    }
    let histogram = Histogram(x, bins: spec.bins ?? PlotSpec.Defaults.bins)
    guard let lo = histogram.bins.first?.lower, let hi = histogram.bins.last?.upper else {
      throw BlockFailure(
        PlotDiagnostics.noData, .plot(.noFiniteValues(column: spec.x.value)), at: spec.x.range,
        help: .plot(.histogramLeavesOutHelp))
    }
    let figure = PlotFigure(
      spec: spec, data: [], groups: 1, panels: [], xRange: lo...hi, overlays: try overlays(spec, context: context),
      chance: nil, points: histogram.total, histogram: histogram)
    return PlotResult(figure: figure)
  }

  /// The histogram drawn in the report's language.
  static func chart(_ figure: PlotFigure, id: String, words: Words) -> ChartSpec {
    let spec = figure.spec
    var annotations: [ChartAnnotation] = []
    for o in figure.overlays {
      if case .threshold(let marks, _, _) = o.mark {
        annotations += ThresholdOverlay.annotations(marks, xRange: figure.xRange, words: words, hinge: false)
      }
    }
    let histogram = figure.histogram ?? Histogram([], bins: 1)
    let xName = spec.x_label ?? spec.x.value
    let description = spec.alt ?? describe(histogram, x: xName, marked: markedLabels(annotations), words: words)
    let bars = histogram.bins.map { ChartBar(lower: $0.lower, upper: $0.upper, count: Double($0.count)) }
    return ChartSpec(
      id: "fig-\(id)", title: spec.title ?? words[.histogramTitle(x: spec.x.value)], description: description,
      language: words.language, x: PlotBlock.xAxis(spec, words: words),
      y: ChartAxis(label: spec.y_label ?? words[.count]),
      panels: [ChartPanel(series: [], annotations: annotations, bars: bars)])
  }

  /// The overlays a histogram can show: a threshold's line and interval band. Its hinge is a
  /// score, and so is a fit's curve: neither has a place on a count axis.
  static func overlays(_ spec: PlotSpec, context: ExecutionContext) throws(BlockFailure) -> [PlotFigure.Overlay] {
    var out: [PlotFigure.Overlay] = []
    for o in spec.overlay ?? [] {
      let upstream = try context.result(o.fit)
      if let marking = upstream as? any ThresholdMarking {
        out.append(
          .init(block: o.fit.value, panel: 0, mark: .threshold(marking.thresholdMarks, hinge: false, best: nil)))
      } else if upstream is any CurveDrawing {
        throw BlockFailure(
          PlotDiagnostics.fieldNotForMark,
          .plot(.histogramCannotShowFit(fit: o.fit.value)),
          at: o.fit.range, help: .plot(.overlayThresholdHelp))
      } else {
        throw BlockFailure(
          PlotDiagnostics.notAFit, .plot(.notFitOrThreshold(block: o.fit.value)), at: o.fit.range,
          help: .plot(.histogramOverlayTakesHelp))
      }
    }
    return out
  }

  /// Bin edges in words: one decimal more than the bin width's first significant digit, so
  /// that edges are not rounded by half a bin (0.035-wide bins: 2.210 to 2.245; 0.0006-wide:
  /// 2.20584 to 2.20645); 4 significant digits when the bin has no width.
  static func edgeStyle(binWidth: Double) -> NumberStyle {
    guard binWidth > 0, binWidth.isFinite else { return .automatic }
    return .fixed(max(0, Int((-log10(binWidth)).rounded(.up)) + 1))
  }

  /// The overlays' words for the description: lines (the threshold) before bands.
  static func markedLabels(_ annotations: [ChartAnnotation]) -> [String] {
    let lines = annotations.filter { if case .verticalLine = $0 { true } else { false } }
    let rest = annotations.filter { if case .verticalLine = $0 { false } else { true } }
    return (lines + rest).compactMap(\.label)
  }

  /// The generated text description: what was counted, over what range, the tallest bin,
  /// what was left out, and what is marked on it.
  static func describe(_ h: Histogram, x: String, marked: [String], words: Words) -> String {
    let f = LossbookNumberFormat(language: words.language)
    let lo = h.bins.first?.lower ?? .nan
    let hi = h.bins.last?.upper ?? .nan
    let style = edgeStyle(binWidth: (hi - lo) / Double(max(h.bins.count, 1)))
    func n(_ v: Double) -> String { f.format(v, style: style) }
    let top = h.tallest ?? Histogram.Bin(lower: lo, upper: hi, count: 0)
    // All values equal: one bar of no width, said as such.
    let tallest = lo == hi ? nil : TallestBin(lower: n(top.lower), upper: n(top.upper), count: top.count)
    return words[
      .histogramDescription(
        x: x, values: h.total, lower: n(lo), upper: n(hi), bins: h.bins.count, tallest: tallest, nonFinite: h.nonFinite,
        marked: marked)]
  }
}

extension ChartAnnotation {
  /// The annotation's words, or nil when it has none.
  var label: String? {
    let text: String
    switch self {
    case .horizontalLine(_, let l, _), .verticalLine(_, let l, _), .verticalBand(_, _, let l), .text(_, _, let l):
      text = l
    }
    return text.isEmpty ? nil : text
  }
}
