import LossbookCore
import LossbookRender
import LossbookWords

/// A plot's figure drawn in the report's language: series names, legend, marks' labels, the
/// title and the generated description.
enum PlotDrawing {
  static func chart(_ figure: PlotFigure, id: String, words: Words) -> ChartSpec {
    let spec = figure.spec
    let f = LossbookNumberFormat(language: words.language)
    let faceted = !figure.panels.isEmpty
    let mark: ChartMark =
      switch spec.mark?.value ?? PlotSpec.Defaults.mark {
      case .points: .points
      case .line: .line
      case .both: .pointsAndLine
      case .histogram: .points  // drawn by PlotHistogram, never here
      }
    // In facets, ungrouped data are one kind in every panel (the panel title names the column).
    let dataKind = faceted && spec.color == nil ? words[.dataKind] : nil
    let labels = figure.labels
    // The data's names as the page shows them: each part through `labels`.
    let multiY = (spec.y?.names.count ?? 0) > 1 && !faceted
    var series = figure.data.map { d in
      let shown = [multiY ? labels[display: d.y] : "", labels[display: d.group]].filter { !$0.isEmpty }.joined(
        separator: " · ")
      return ChartSeries(
        name: shown.isEmpty ? labels[display: d.name] : shown, points: d.points, mark: mark, kind: dataKind)
    }
    var panelOf = figure.data.map(\.panel)
    // The data's styles are 0 up to their count (one kind in facets without color).
    let dataStyles = faceted ? (spec.color == nil ? 1 : figure.groups) : figure.data.count
    var styles = PlotLineStyles(faceted: faceted, dataStyles: dataStyles)
    var panelAnnotations = [[ChartAnnotation]](repeating: [], count: max(figure.panels.count, 1))
    var curveNames: [String] = []
    var thresholds: [String] = []
    var withInterval: [ThresholdMarks] = []
    // The curves threshold blocks draw instead of a threshold, on top of everything else.
    var bestCurves: [(series: ChartSeries, panel: Int)] = []
    // A fit overlay that already draws the same model of the same column in the same panel
    // stands for the threshold's hinge or best curve (one line, one legend name).
    var fitted = Set<String>()
    for o in figure.overlays {
      if case .curve(let c) = o.mark { fitted.insert("\(o.panel)\u{0}\(c.y)\u{0}\(c.model)") }
    }
    for o in figure.overlays {
      switch o.mark {
      case .threshold(let marks, let hinge, let best):
        var marks = marks
        marks.y = labels[display: marks.y]
        thresholds.append(ThresholdOverlay.describe(marks, words: words, bestDrawn: best != nil))
        if marks.verdict == .emergent && marks.lower != nil { withInterval.append(marks) }
        if marks.verdict == .emergent && hinge && !fitted.contains("\(o.panel)\u{0}\(marks.y)\u{0}hinge") {
          let line = ThresholdOverlay.hinge(
            marks, xRange: figure.xRange, words: words, style: styles.next(kind: "hinge"))
          series.append(line)
          panelOf.append(o.panel)
          curveNames.append(line.name)
        }
        if let best, !fitted.contains("\(o.panel)\u{0}\(best.y)\u{0}\(best.model)") {
          var shown = best
          shown.y = labels[display: best.y]
          let line = ThresholdOverlay.bestCurve(shown, words: words, style: styles.next(kind: "best " + best.model))
          bestCurves.append((line, o.panel))
          curveNames.append(line.name)
        }
        panelAnnotations[o.panel] += ThresholdOverlay.annotations(
          marks, xRange: figure.xRange, words: words, hinge: hinge, compact: faceted)
      case .groupCurves(let source):
        // Per-group curves take their group's colour when the plot colours by that group.
        let earlier = series.count
        for curve in source.overlayCurves(language: words.language) {
          var style: Int?
          if let g = curve.group {
            for i in 0..<earlier where series[i].name == g {
              style = i
              break
            }
          }
          series.append(
            ChartSeries(
              name: curve.name, points: curve.points, mark: .line, style: style ?? styles.next(kind: curve.name)))
          panelOf.append(o.panel)
          curveNames.append(curve.name)
        }
      case .curve(let curve):
        // Two fits of one model and column in one figure are told apart by their blocks.
        let twin = figure.overlays.contains {
          if case .curve(let c) = $0.mark { return $0.block != o.block && c.model == curve.model && c.y == curve.y }
          return false
        }
        let y = labels[display: curve.y]
        let name =
          twin
          ? words[.fitSeriesOfBlock(model: curve.model, y: y, block: o.block)]
          : words[.fitSeries(model: curve.model, y: y)]
        // Fitted curves start at black (palette 4), apart from the data's colours.
        let kind = words[.fitKind(model: curve.model)]
        series.append(
          ChartSeries(
            name: name, points: curve.points, mark: .line, style: styles.next(kind: curve.model), band: curve.band,
            kind: kind))
        panelOf.append(o.panel)
        curveNames.append(name)
      }
    }
    for (line, panel) in bestCurves {
      series.append(line)
      panelOf.append(panel)
    }
    var annotations: [ChartAnnotation] = []
    var chanceLabel: String?
    var chanceText: String?
    if let v = figure.chance {
      // The chance level in the axis's own units: a percentage only on a percentage axis.
      let value =
        spec.y_percent ?? PlotSpec.Defaults.yPercent
        ? f.format(v, style: .percent(nil)) : f.format(v, style: .automatic)
      chanceText = value
      chanceLabel = words[.chance(value)]
      // Facets name the chance line once, in the legend.
      annotations.append(.horizontalLine(y: v, label: faceted ? "" : chanceLabel!, role: .chance))
    }
    let yNames = spec.y?.names.map(\.value) ?? []
    let yLabel = spec.y_label ?? yNames.map { labels[display: $0] }.joined(separator: ", ")
    let description =
      spec.alt
      ?? words[
        .scatterDescription(
          y: yLabel, x: labels[display: spec.x.value], points: figure.points, groups: figure.groups, chance: chanceText,
          curves: curveNames, thresholds: thresholds)]
    let xName = labels[display: spec.x.value]
    var chart = ChartSpec(
      id: "fig-\(id)", title: spec.title ?? words[.title(y: yLabel, x: xName)], description: description,
      language: words.language, x: PlotBlock.xAxis(spec, words: words, label: xName),
      y: ChartAxis(
        label: yLabel, scale: (spec.y_scale?.value ?? PlotSpec.Defaults.yScale) == .log ? .log10 : .linear,
        reversed: false,
        format: spec.y_percent ?? PlotSpec.Defaults.yPercent ? .percent(nil) : nil),
      panels: panelAnnotations.indices.map { i in
        ChartPanel(
          title: faceted ? labels[display: figure.panels[i]] : nil,
          series: series.indices.filter { panelOf[$0] == i }.map { series[$0] },
          annotations: panelAnnotations[i] + annotations)
      },
      overlayKeys: faceted
        ? PlotFacetKeys.overlayKeys(
          chance: chanceLabel, levels: withInterval.map(\.level), methods: withInterval.map { words[$0.method] },
          words: words) : [])
    chart.freeY = faceted && (spec.scales?.value ?? PlotSpec.Defaults.scales) == .free_y
    return chart
  }
}
