import Foundation
import LossbookCore
import LossbookEngine
import LossbookRender
import LossbookStats
import LossbookSyntax
import LossbookWords

/// The `plot` kind: an SVG figure of a table, with fits and a chance line drawn on it, or a
/// histogram of one column (`PlotHistogram`).
enum PlotBlock {
  static let kind = SpecKind(
    "plot", spec: PlotSpec.self, fields: PlotSpec.fields)

  /// What the plot shows, in numbers and names: its data, the curves and thresholds drawn over
  /// them and the chance line. Words come when the page is written (`PlotDrawing`).
  static func run(_ spec: PlotSpec, context: ExecutionContext) throws(BlockFailure) -> PlotResult {
    if spec.isHistogram { return try PlotHistogram.run(spec, context: context) }
    let table = try context.table(spec.table)
    let x = try TableColumns.numbers(table, spec.x)
    let faceted = spec.facet ?? PlotSpec.Defaults.facet
    // Decoding makes y present for every mark but histogram.
    let yColumns = spec.y?.names ?? []
    let yNames = yColumns.map(\.value)
    func panel(for y: String) -> Int { faceted ? (yNames.firstIndex(of: y) ?? 0) : 0 }
    var groups: [(String, [Bool])] = [("", [Bool](repeating: true, count: table.rowCount))]
    if let color = spec.color {
      guard let c = table.column(color.value) else {
        throw DataBlock.unknownColumn(color.value, in: table, at: color.range)
      }
      groups = Self.groups(of: c)
    }
    var data: [PlotFigure.DataSeries] = []
    for (column, yName) in yColumns.enumerated() {
      let y = try TableColumns.numbers(table, yName)
      for (label, keep) in groups {
        let points = (0..<table.rowCount).filter { keep[$0] }.map { ChartPoint(x: x[$0], y: y[$0]) }
        let name = [yColumns.count > 1 && !faceted ? yName.value : "", label].filter { !$0.isEmpty }.joined(
          separator: " · ")
        data.append(
          .init(
            name: name.isEmpty ? yName.value : name, points: points, panel: faceted ? column : 0, y: yName.value,
            group: label))
      }
    }
    try spec.labels?.check(
      known: table.columnNames + groups.map(\.0).filter { !$0.isEmpty }, what: .columnOrGroup)
    // Fitted curves, drawn over the data's x range.
    let finiteX = x.filter(\.isFinite)
    let xRange = (finiteX.min() ?? 0)...(finiteX.max() ?? 1)
    var overlays: [PlotFigure.Overlay] = []
    for o in spec.overlay ?? [] {
      let upstream = try context.result(o.fit)
      if let marking = upstream as? any ThresholdMarking {
        let marks = marking.thresholdMarks
        // Only an emergent verdict has a threshold to draw; otherwise the best model's curve.
        let best = marks.verdict != .emergent && o.hinge ? marking.bestCurve(over: xRange) : nil
        overlays.append(
          .init(block: o.fit.value, panel: panel(for: marks.y), mark: .threshold(marks, hinge: o.hinge, best: best)))
      } else if let source = upstream as? any CurveOverlaying {
        overlays.append(.init(block: o.fit.value, panel: panel(for: source.overlayY), mark: .groupCurves(source)))
      } else if let fit = upstream as? any CurveDrawing {
        if let curve = try Self.curve(o, of: fit, xRange: xRange) {
          overlays.append(.init(block: o.fit.value, panel: panel(for: fit.curveY), mark: .curve(curve)))
        }
      } else {
        throw BlockFailure(
          PlotDiagnostics.notAFit, .plot(.notOverlayable(block: o.fit.value)), at: o.fit.range,
          help: .plot(.overlayTakesHelp))
      }
    }
    let chance = try spec.chance.map { c throws(BlockFailure) in try context.number(c) }
    let points = data.reduce(0) { $0 + $1.points.count }
    guard points > 0 else {
      throw BlockFailure(
        PlotDiagnostics.noData, .plot(.noRows(table: spec.table.value)), at: spec.table.range)
    }
    let figure = PlotFigure(
      spec: spec, data: data, groups: groups.count, panels: faceted ? yNames : [], xRange: xRange, overlays: overlays,
      chance: chance, points: points, labels: DisplayLabels.over(table, own: spec.labels))
    return PlotResult(figure: figure)
  }

  /// The curve an overlay item asks of a fit: its named model (an error when the fit has none)
  /// or its best one; nil when that model cannot be drawn.
  static func curve(_ o: PlotOverlay, of fit: any CurveDrawing, xRange: ClosedRange<Double>) throws(BlockFailure)
    -> FittedCurve?
  {
    let chosen: String
    if let named = o.model {
      let names = fit.curveModels
      guard names.contains(named.value) else {
        throw BlockFailure(
          PlotDiagnostics.unknownModel,
          .plot(.noModel(fit: o.fit.value, model: named.value, models: names)),
          at: named.range, help: Diagnostic.didYouMean(named.value, among: names))
      }
      chosen = named.value
    } else {
      guard let best = fit.defaultCurveModel else { return nil }
      chosen = best
    }
    let level = o.level?.value ?? PlotSpec.Defaults.overlayLevel
    guard level > 0 && level < 1 else {
      throw BlockFailure(PlotDiagnostics.badLevel, .plot(.badLevel), at: o.level?.range)
    }
    return fit.curve(model: chosen, level: level, band: o.band, over: xRange)
  }

  /// The x axis: reversed by default when x is a loss column (TEACHING.md F1), and then titled
  /// "pre-training loss (lower is better →)".
  static func xAxis(_ spec: PlotSpec, words: Words, label: String? = nil) -> ChartAxis {
    let isLoss = spec.x.value.lowercased().contains("loss")
    let reversed = spec.x_reversed ?? isLoss
    // A display name from `labels` comes before the loss axis's own title.
    var named: String? = nil
    // On a loss axis only the plot's own label replaces "pre-training loss (lower is better →)".
    let own = spec.labels?.entries.contains { $0.name == spec.x.value } ?? false
    if let label, label != spec.x.value, own || !(isLoss && reversed) { named = label }
    return ChartAxis(
      label: spec.x_label ?? named ?? (isLoss && reversed ? words[.lossAxis] : spec.x.value),
      scale: (spec.x_scale?.value ?? PlotSpec.Defaults.xScale) == .log ? .log10 : .linear, reversed: reversed)
  }

  /// Rows grouped by a column's values, in order of first appearance.
  static func groups(of c: DataColumn) -> [(String, [Bool])] {
    let labels: [String]
    switch c.values {
    case .text(let v): labels = v
    case .numbers(let v): labels = v.map { LossbookNumberFormat(language: .en).format($0, style: .automatic) }
    }
    var order: [String] = []
    var seen = Set<String>()
    for l in labels where seen.insert(l).inserted { order.append(l) }
    return order.map { g in (g, labels.map { $0 == g }) }
  }
}
