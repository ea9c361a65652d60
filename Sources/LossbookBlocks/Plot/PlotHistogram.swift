import Foundation
import LossbookEngine
import LossbookRender
import LossbookStats
import LossbookSyntax

/// A plot with `mark: histogram`: the finite values of x counted in equal-width bins
/// (`Histogram`), drawn as bars, with threshold overlays as a line and an interval band.
enum PlotHistogram {
  static func run(_ spec: PlotSpec, context: ExecutionContext) throws(BlockFailure) -> PlotResult {
    let table = try context.table(spec.table)
    let x = try TableColumns.numbers(table, spec.x)
    guard !x.isEmpty else {
      throw BlockFailure(
        PlotDiagnostics.noData, "the table '\(spec.table.value)' has no rows to draw", at: spec.table.range)
    }
    let histogram = Histogram(x, bins: spec.bins ?? PlotSpec.defaultBins)
    guard let lo = histogram.bins.first?.lower, let hi = histogram.bins.last?.upper else {
      throw BlockFailure(
        PlotDiagnostics.noData, "the column '\(spec.x.value)' has no finite values to count", at: spec.x.range,
        help: "a histogram leaves out NaN and infinite values")
    }
    let annotations = try overlays(spec, xRange: lo...hi, context: context)
    let words = ReportWords(context.language)
    let xName = spec.x_label ?? spec.x.value
    let description =
      spec.alt ?? describe(histogram, x: xName, marked: markedLabels(annotations), language: context.language)
    let title = spec.title ?? (context.language == .ja ? "\(spec.x.value)の分布" : "Distribution of \(spec.x.value)")
    let bars = histogram.bins.map { ChartBar(lower: $0.lower, upper: $0.upper, count: Double($0.count)) }
    let chart = ChartSpec(
      id: "fig-\(context.blockID)", title: title, description: description, language: context.language,
      x: PlotBlock.xAxis(spec, language: context.language), y: ChartAxis(label: spec.y_label ?? words.count),
      panels: [ChartPanel(series: [], annotations: annotations, bars: bars)])
    return PlotResult(
      chart: chart, caption: spec.caption, points: histogram.total, tableID: spec.table.value, histogram: histogram)
  }

  /// The overlays a histogram can show: a threshold's line and interval band. Its hinge is a
  /// score, and so is a fit's curve: neither has a place on a count axis.
  static func overlays(
    _ spec: PlotSpec, xRange: ClosedRange<Double>, context: ExecutionContext
  ) throws(BlockFailure) -> [ChartAnnotation] {
    var out: [ChartAnnotation] = []
    for o in spec.overlay ?? [] {
      let upstream = try context.result(o.fit)
      if let threshold = upstream as? ThresholdResult {
        out += ThresholdOverlay.annotations(threshold, xRange: xRange, language: context.language, hinge: false)
      } else if upstream is FitResult {
        throw BlockFailure(
          PlotDiagnostics.fieldNotForMark,
          "a histogram's y axis is a count, so it cannot show the fit '\(o.fit.value)'",
          at: o.fit.range, help: "overlay a threshold block, which marks its threshold and interval")
      } else {
        throw BlockFailure(
          PlotDiagnostics.notAFit, "'\(o.fit.value)' is neither a fit nor a threshold block", at: o.fit.range,
          help: "overlay takes threshold blocks on a histogram")
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
  static func describe(_ h: Histogram, x: String, marked: [String], language: ReportLanguage) -> String {
    let f = LossbookNumberFormat(language: language)
    let lo = h.bins.first?.lower ?? .nan
    let hi = h.bins.last?.upper ?? .nan
    let style = edgeStyle(binWidth: (hi - lo) / Double(max(h.bins.count, 1)))
    func n(_ v: Double) -> String { f.format(v, style: style) }
    let top = h.tallest ?? Histogram.Bin(lower: lo, upper: hi, count: 0)
    let bins = h.bins.count
    // All values equal: one bar of no width, said as such.
    let constant = lo == hi
    if language == .ja {
      var s = "\(x)のヒストグラム"
      if constant {
        s += "（\(h.total)個の値はすべて\(n(lo))で、棒は1本）。"
      } else {
        s += "（\(h.total)個の値、\(n(lo))から\(n(hi))まで等幅\(bins)区間）。"
        s += "最も度数の多い区間は\(n(top.lower))から\(n(top.upper))（\(top.count)個）。"
      }
      if h.nonFinite > 0 { s += "有限でない値\(h.nonFinite)個は除いた。" }
      if !marked.isEmpty { s += "印：\(marked.joined(separator: "、"))。" }
      return s
    }
    let values = "\(h.total) \(h.total == 1 ? "value" : "values")"
    var s = "Histogram of \(x): "
    if constant {
      s += h.total == 1 ? "1 value, \(n(lo)), in one bar." : "all \(values) equal \(n(lo)), in one bar."
    } else {
      s += "\(values) in \(bins) bins from \(n(lo)) to \(n(hi)); "
      s += "the tallest bin, \(n(top.lower)) to \(n(top.upper)), holds \(top.count)."
    }
    if h.nonFinite > 0 {
      s +=
        h.nonFinite == 1
        ? " 1 value that is not a finite number is left out."
        : " \(h.nonFinite) values that are not finite numbers are left out."
    }
    if !marked.isEmpty { s += " Marked: \(marked.joined(separator: "; "))." }
    return s
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
