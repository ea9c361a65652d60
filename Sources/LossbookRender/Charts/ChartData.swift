/// A series ready to draw: placeable points only, style resolved.
struct ChartDrawnSeries {
  var name: String
  var style: Int
  var mark: ChartMark
  var points: [ChartPoint]
  var band: [ChartBandPoint]
}

/// A panel ready to draw: placeable series and annotations only.
struct ChartDrawnPanel {
  var title: String
  var series: [ChartDrawnSeries]
  var annotations: [ChartAnnotation]
  var bars: [ChartBar]

  /// Whether the panel has data to draw: points or bars.
  var hasPoints: Bool { series.contains { !$0.points.isEmpty } || !bars.isEmpty }
}

/// A series name as the reader sees it, in a legend entry or a direct label.
struct ChartSeriesKey: Equatable {
  var name: String
  var style: Int
  var hasLine: Bool
  var hasPoints: Bool
}

/// The spec's data with unplaceable values removed and counted, and the legend's names in
/// order of first appearance across panels (which gives each name its style). A series is
/// named by its `name`, or in a faceted chart by its `kind` when it has one.
struct ChartData {
  var panels: [ChartDrawnPanel]
  /// Every distinct non-empty legend name with drawable points, in order of first appearance.
  var keys: [ChartSeriesKey]
  /// The spec's overlay keys whose kind some panel draws (faceted charts only).
  var overlayKeys: [ChartOverlayKey]
  var skippedPoints: Int
  var pointCount: Int
  var barCount: Int

  /// The name a series goes by in the legend and for its default style.
  static func legendName(_ series: ChartSeries, faceted: Bool) -> String {
    faceted ? series.kind ?? series.name : series.name
  }

  init(spec: ChartSpec) {
    let xOK: (Double) -> Bool = { $0.isFinite && (spec.x.scale == .linear || $0 > 0) }
    let yOK: (Double) -> Bool = { $0.isFinite && (spec.y.scale == .linear || $0 > 0) }
    let faceted = spec.isFaceted

    var names: [String] = []
    var nameStyles: [Int] = []
    for panel in spec.panels {
      for series in panel.series {
        let name = Self.legendName(series, faceted: faceted)
        guard !names.contains(name) else { continue }
        nameStyles.append(series.style ?? names.count)
        names.append(name)
      }
    }

    var skipped = 0
    var count = 0
    var barCount = 0
    var keys: [ChartSeriesKey] = []
    panels = spec.panels.map { panel in
      let series = panel.series.map { s -> ChartDrawnSeries in
        let points = s.points.filter { xOK($0.x) && yOK($0.y) }
        skipped += s.points.count - points.count
        count += points.count
        let band = (s.band ?? []).filter { xOK($0.x) && yOK($0.lower) && yOK($0.upper) }
        let name = Self.legendName(s, faceted: faceted)
        let style = s.style ?? nameStyles[names.firstIndex(of: name)!]
        if !name.isEmpty && !points.isEmpty {
          if let k = keys.firstIndex(where: { $0.name == name }) {
            keys[k].hasLine = keys[k].hasLine || s.mark.hasLine
            keys[k].hasPoints = keys[k].hasPoints || s.mark.hasPoints
          } else {
            keys.append(ChartSeriesKey(name: name, style: style, hasLine: s.mark.hasLine, hasPoints: s.mark.hasPoints))
          }
        }
        return ChartDrawnSeries(name: s.name, style: style, mark: s.mark, points: points, band: band)
      }
      let annotations = panel.annotations.compactMap { a -> ChartAnnotation? in
        switch a {
        case .horizontalLine(let y, _, _): return yOK(y) ? a : nil
        case .verticalLine(let x, _, _): return xOK(x) ? a : nil
        case .verticalBand(let from, let to, let label):
          return xOK(from) && xOK(to) ? .verticalBand(from: min(from, to), to: max(from, to), label: label) : nil
        case .text(let x, let y, _): return xOK(x) && yOK(y) ? a : nil
        }
      }
      let bars = panel.bars.filter { xOK($0.lower) && xOK($0.upper) && $0.count >= 0 && yOK($0.count) }
      barCount += bars.count
      return ChartDrawnPanel(title: panel.title ?? "", series: series, annotations: annotations, bars: bars)
    }
    self.keys = keys
    let drawn = panels.flatMap(\.annotations)
    overlayKeys =
      faceted ? spec.overlayKeys.filter { key in !key.label.isEmpty && drawn.contains { key.explains($0) } } : []
    self.skippedPoints = skipped
    self.pointCount = count
    self.barCount = barCount
  }

  /// Whether any panel has bars to draw.
  var hasBars: Bool { barCount > 0 }

  /// Every x the domain must show: points, band rows, bar edges, annotations.
  var xValues: [Double] {
    var values: [Double] = []
    for panel in panels {
      values += panel.bars.flatMap { [$0.lower, $0.upper] }
      for s in panel.series {
        values += s.points.map(\.x)
        values += s.band.map(\.x)
      }
      for a in panel.annotations {
        switch a {
        case .verticalLine(let x, _, _), .text(let x, _, _): values.append(x)
        case .verticalBand(let from, let to, _): values += [from, to]
        case .horizontalLine: break
        }
      }
    }
    return values
  }

  /// Every y the domain must show: points, band limits, bar tops and their baseline 0,
  /// annotations.
  var yValues: [Double] { yValues(of: panels) }

  /// The y values one panel must show (`ChartSpec.freeY`).
  func yValues(panel: Int) -> [Double] { yValues(of: [panels[panel]]) }

  private func yValues(of panels: [ChartDrawnPanel]) -> [Double] {
    var values: [Double] = []
    for panel in panels {
      if !panel.bars.isEmpty { values.append(0) }
      values += panel.bars.map(\.count)
      for s in panel.series {
        values += s.points.map(\.y)
        values += s.band.flatMap { [$0.lower, $0.upper] }
      }
      for a in panel.annotations {
        switch a {
        case .horizontalLine(let y, _, _), .text(_, let y, _): values.append(y)
        case .verticalLine, .verticalBand: break
        }
      }
    }
    return values
  }
}

/// Element ids derived from the chart id.
enum ChartIdentifier {
  /// `id` with every character other than a letter, digit, `-` or `_` replaced by `-`;
  /// `chart` when empty.
  static func sanitized(_ id: String) -> String {
    let cleaned = String(id.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" })
    return cleaned.isEmpty ? "chart" : cleaned
  }
}
