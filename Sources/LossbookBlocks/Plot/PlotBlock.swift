import Foundation
import LossbookEngine
import LossbookRender
import LossbookStats
import LossbookSyntax

/// The `plot` kind: an SVG figure of a table, with fits and a chance line drawn on it, or a
/// histogram of one column (`PlotHistogram`).
enum PlotBlock {
  static let kind = SpecKind(
    "plot", spec: PlotSpec.self,
    summary:
      "An SVG figure: points, lines or a histogram of a table, fitted curves, thresholds and a labelled chance line, with alt text.",
    fields: PlotSpec.fields)

  static func run(_ spec: PlotSpec, context: ExecutionContext) throws(BlockFailure) -> PlotResult {
    if spec.isHistogram { return try PlotHistogram.run(spec, context: context) }
    let table = try context.table(spec.table)
    let x = try TableColumns.numbers(table, spec.x)
    let words = ReportWords(context.language)
    let mark: ChartMark =
      switch spec.mark?.value ?? .points {
      case .points: .points
      case .line: .line
      case .both: .pointsAndLine
      case .histogram: .points  // drawn by PlotHistogram, never here
      }
    var series: [ChartSeries] = []
    // With facet, the panel of each series: the index of its y column.
    var panelOf: [Int] = []
    let faceted = spec.facet == true
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
    // In facets, ungrouped data are one kind in every panel (the panel title names the column).
    let dataKind = faceted && spec.color == nil ? words.data : nil
    for (column, yName) in yColumns.enumerated() {
      let y = try TableColumns.numbers(table, yName)
      for (label, keep) in groups {
        let points = (0..<table.rowCount).filter { keep[$0] }.map { ChartPoint(x: x[$0], y: y[$0]) }
        let name = [yColumns.count > 1 && !faceted ? yName.value : "", label].filter { !$0.isEmpty }.joined(
          separator: " · ")
        series.append(ChartSeries(name: name.isEmpty ? yName.value : name, points: points, mark: mark, kind: dataKind))
        panelOf.append(faceted ? column : 0)
      }
    }
    // Fitted curves, drawn over the data's x range.
    let finiteX = x.filter(\.isFinite)
    let lo = finiteX.min() ?? 0
    let hi = finiteX.max() ?? 1
    var overlays: [String] = []
    var styles = PlotLineStyles(faceted: faceted)
    var thresholds: [ThresholdResult] = []
    var panelAnnotations = [[ChartAnnotation]](repeating: [], count: faceted ? yNames.count : 1)
    for o in spec.overlay ?? [] {
      let upstream = try context.result(o.fit)
      if let threshold = upstream as? ThresholdResult {
        thresholds.append(threshold)
        if o.hinge {
          let style = styles.next(kind: PlotFacetKeys.hingeKind(context.language))
          let hinge = ThresholdOverlay.hinge(threshold, xRange: lo...hi, language: context.language, style: style)
          series.append(hinge)
          panelOf.append(panel(for: threshold.y))
          overlays.append(hinge.name)
        }
        panelAnnotations[panel(for: threshold.y)] += ThresholdOverlay.annotations(
          threshold, xRange: lo...hi, language: context.language, hinge: o.hinge, compact: faceted)
        continue
      }
      if let source = upstream as? any CurveOverlaying {
        // Per-group curves take their group's colour when the plot colours by that group.
        let dataSeries = series.count
        for curve in source.overlayCurves(language: context.language) {
          var style: Int?
          if let g = curve.group {
            for i in 0..<dataSeries where series[i].name == g {
              style = i
              break
            }
          }
          series.append(
            ChartSeries(
              name: curve.name, points: curve.points, mark: .line,
              style: style ?? styles.next(kind: curve.name)))
          panelOf.append(panel(for: source.overlayY))
          overlays.append(curve.name)
        }
        continue
      }
      guard let fit = upstream as? FitResult else {
        throw BlockFailure(
          PlotDiagnostics.notAFit, "'\(o.fit.value)' is not a fit, threshold or collapse block", at: o.fit.range,
          help: "overlay takes fit, threshold and collapse blocks")
      }
      let chosen: String
      if let named = o.model {
        guard fit.fit(named: named.value) != nil else {
          let names = fit.fits.map(\.name)
          throw BlockFailure(
            PlotDiagnostics.unknownModel,
            "the fit '\(o.fit.value)' has no model '\(named.value)' (models: \(names.joined(separator: ", ")))",
            at: named.range, help: Diagnostic.didYouMean(named.value, among: names))
        }
        chosen = named.value
      } else {
        guard let best = fit.best else { continue }
        chosen = best
      }
      // A model left out of the comparison (unidentified, not converged) is not drawn.
      guard let model = fit.fit(named: chosen), model.predictorCount == 1, model.status.isEligible else { continue }
      let level = o.level?.value ?? 0.95
      guard level > 0 && level < 1 else {
        throw BlockFailure(PlotDiagnostics.badLevel, "level must lie strictly between 0 and 1", at: o.level?.range)
      }
      let grid = (0...200).map { lo + (hi - lo) * Double($0) / 200 }
      let curve = grid.map { ChartPoint(x: $0, y: model.predict($0)) }
      let band: [ChartBandPoint]? =
        o.band && model.hasGradient
        ? grid.compactMap { x in
          model.band(at: x, level: level).map { ChartBandPoint(x: x, lower: $0.lower, upper: $0.upper) }
        }
        : nil
      let name =
        context.language == .ja ? "\(PlotFacetKeys.japaneseName(chosen))モデル（\(fit.y)）" : "\(chosen) fit (\(fit.y))"
      // Fitted curves start at black (palette 4), apart from the data's colours.
      let kind = PlotFacetKeys.fitKind(chosen, language: context.language)
      series.append(
        ChartSeries(name: name, points: curve, mark: .line, style: styles.next(kind: kind), band: band, kind: kind))
      panelOf.append(panel(for: fit.y))
      overlays.append(name)
    }
    var annotations: [ChartAnnotation] = []
    var chance: Double?
    var chanceLabel: String?
    if let c = spec.chance {
      let v = try context.number(c)
      chance = v
      let f = LossbookNumberFormat(language: context.language)
      // The chance level in the axis's own units: a percentage only on a percentage axis.
      let pct = spec.y_percent == true ? f.format(v, style: .percent(nil)) : f.format(v, style: .automatic)
      let label = context.language == .ja ? "\(words.guessing)（\(pct)）" : "\(words.guessing) (\(pct))"
      chanceLabel = label
      // Facets name the chance line once, in the legend.
      annotations.append(.horizontalLine(y: v, label: faceted ? "" : label, role: .chance))
    }
    let yLabel = spec.y_label ?? yNames.joined(separator: ", ")
    let title =
      spec.title ?? (context.language == .ja ? "\(yLabel)と\(spec.x.value)" : "\(yLabel) against \(spec.x.value)")
    let points = series.prefix(series.count - overlays.count).reduce(0) { $0 + $1.points.count }
    guard points > 0 else {
      throw BlockFailure(
        PlotDiagnostics.noData, "the table '\(spec.table.value)' has no rows to draw", at: spec.table.range)
    }
    let description =
      spec.alt
      ?? Self.describe(
        y: yLabel, x: spec.x.value, points: points, groups: groups.count, chance: chance, overlays: overlays,
        language: context.language,
        percent: spec.y_percent == true,
        thresholds: thresholds.map { ThresholdOverlay.describe($0, language: context.language) })
    let chart = ChartSpec(
      id: "fig-\(context.blockID)", title: title, description: description, language: context.language,
      x: xAxis(spec, language: context.language),
      y: ChartAxis(
        label: yLabel, scale: spec.y_scale?.value == .log ? .log10 : .linear, reversed: false,
        format: spec.y_percent == true ? .percent(nil) : nil),
      panels: panelAnnotations.indices.map { i in
        ChartPanel(
          title: faceted ? yNames[i] : nil, series: series.indices.filter { panelOf[$0] == i }.map { series[$0] },
          annotations: panelAnnotations[i] + annotations)
      },
      overlayKeys: faceted
        ? PlotFacetKeys.overlayKeys(
          chance: chanceLabel, levels: thresholds.filter { $0.interval.interval != nil }.map(\.settings.level),
          methods: thresholds.filter { $0.interval.interval != nil }.map {
            ThresholdHTML.shortMethod($0.interval.method, ja: context.language == .ja)
          },
          language: context.language) : [])
    return PlotResult(chart: chart, caption: spec.caption, points: points, tableID: spec.table.value)
  }

  /// The x axis: reversed by default when x is a loss column (TEACHING.md F1), and then titled
  /// "pre-training loss (lower is better →)".
  static func xAxis(_ spec: PlotSpec, language: ReportLanguage) -> ChartAxis {
    let words = ReportWords(language)
    let isLoss = spec.x.value.lowercased().contains("loss")
    let reversed = spec.x_reversed ?? isLoss
    let lossLabel =
      language == .ja
      ? "\(words.preTrainingLoss)（\(words.lowerIsBetter)）" : "\(words.preTrainingLoss) (\(words.lowerIsBetter))"
    return ChartAxis(
      label: spec.x_label ?? (isLoss && reversed ? lossLabel : spec.x.value),
      scale: spec.x_scale?.value == .log ? .log10 : .linear, reversed: reversed)
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

  /// The generated text description of the figure (its alt text), with every threshold's
  /// numbers (`thresholds`, already worded), which small panels may not have room to label.
  static func describe(
    y: String, x: String, points: Int, groups: Int, chance: Double?, overlays: [String], language: ReportLanguage,
    percent: Bool, thresholds: [String] = []
  ) -> String {
    let f = LossbookNumberFormat(language: language)
    if language == .ja {
      var s = "\(x)に対する\(y)の散布図（\(points)点"
      if groups > 1 { s += "、\(groups)系列" }
      s += "）。"
      if let chance { s += "破線はランダム推測レベル（\(f.format(chance, style: percent ? .percent(nil) : .automatic))）。" }
      if !overlays.isEmpty { s += "線は当てはめたモデル：\(overlays.joined(separator: "、"))。" }
      if !thresholds.isEmpty { s += thresholds.map { "\($0)。" }.joined() }
      return s
    }
    var s = "Scatter plot of \(y) against \(x), \(points) points"
    if groups > 1 { s += " in \(groups) series" }
    s += "."
    if let chance {
      s += " The dashed line marks guessing (\(f.format(chance, style: percent ? .percent(nil) : .automatic)))."
    }
    if !overlays.isEmpty { s += " Lines show the fitted models: \(overlays.joined(separator: ", "))." }
    if !thresholds.isEmpty { s += " \(thresholds.joined(separator: "; "))." }
    return s
  }
}

/// A figure, ready to draw.
struct PlotResult: BlockResult {
  let chart: ChartSpec
  let caption: String?
  /// The points drawn, or for a histogram the values counted.
  let points: Int
  let tableID: String
  /// A histogram's bins; they are also the block's table (`<id>.csv`).
  var histogram: Histogram? = nil

  var json: JSONValue {
    var members: [(String, JSONValue)] = [
      ("title", .string(chart.title)), ("description", .string(chart.description)), ("points", .number(Double(points))),
      ("table", .string(tableID)), ("series", .array(chart.panels.flatMap(\.series).map { .string($0.name) })),
    ]
    if let histogram {
      members.append(
        (
          "histogram",
          .object([
            ("bins", .number(Double(histogram.bins.count))), ("non_finite", .number(Double(histogram.nonFinite))),
            ("lower", .numbers(histogram.bins.map(\.lower))), ("upper", .numbers(histogram.bins.map(\.upper))),
            ("count", .numbers(histogram.bins.map { Double($0.count) })),
          ])
        ))
    }
    return .object(members)
  }

  /// A histogram's bins: `bin_lower`, `bin_upper`, `count`.
  var table: DataTable? {
    guard let histogram else { return nil }
    return DataTable(columns: [
      DataColumn("bin_lower", numbers: histogram.bins.map(\.lower)),
      DataColumn("bin_upper", numbers: histogram.bins.map(\.upper)),
      DataColumn("count", numbers: histogram.bins.map { Double($0.count) }),
    ])
  }

  func render(_ context: RenderContext) -> BlockRendering {
    // Every figure is written twice, so that its text stays readable on a phone (ResponsiveChart).
    let charts = ResponsiveChart(chart)
    var h = "<figure class=\"lb-figure\" id=\"figure-\(HTML.escapeAttribute(context.blockID))\">\n"
    h += charts.html
    if let caption = context.caption(caption, as: .figure) {
      h += "<figcaption>\(HTML.escapeText(caption))</figcaption>\n"
    }
    h += "</figure>\n"
    let folder = HTML.escapeAttribute(context.sideFolder)
    // A histogram links its own bins; other plots the table they draw.
    let csv = histogram == nil ? tableID : context.blockID
    h +=
      "<p class=\"lb-links\"><a href=\"\(folder)/\(HTML.escapeAttribute(context.blockID)).svg\">\(context.words.downloadSVG)</a> · "
    h += "<a href=\"\(folder)/\(HTML.escapeAttribute(csv)).csv\">\(context.words.downloadCSV)</a></p>\n"
    return BlockRendering(
      html: h, sideFiles: [SideFile(name: "\(context.blockID).svg", contents: charts.wide.svg + "\n")])
  }
}
