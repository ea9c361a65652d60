import LossbookCore
import LossbookWords

/// A rectangle in SVG user units.
struct ChartRect: Equatable {
  var x: Double
  var y: Double
  var width: Double
  var height: Double

  var right: Double { x + width }
  var bottom: Double { y + height }
}

/// Tick values with their labels.
struct ChartAxisTicks {
  var values: [Double]
  var labels: [String]
}

/// One panel's place in the figure.
struct ChartCell {
  var plot: ChartRect
  var titleLines: [String]
  var titleBaseline: Double
  var showYTickLabels: Bool
  var x: ChartAxisMap
  var y: ChartAxisMap
  /// The y ticks of this panel (every panel's are the same unless `ChartSpec.freeY`).
  var yTicks: ChartAxisTicks
}

/// What a legend entry's swatch shows: a series' line and marker, or an overlay's stroke.
enum ChartLegendSwatch {
  case series(ChartSeriesKey)
  case overlay(ChartOverlayKey.Mark)
}

/// A legend entry's position: swatch from `x`, vertical centre `y` (of its first line).
struct ChartLegendItem {
  var swatch: ChartLegendSwatch
  /// The label, wrapped when it is too long for a row.
  var lines: [String]
  var x: Double
  var y: Double
}

/// Where everything goes, in SVG user units at the design width.
///
/// From the top: the title (wrapped), the legend (when used), the grid of panels (each
/// with its panel title, plotting area and x tick labels), the x axis title; the y axis
/// title runs up the left edge; direct labels take a column right of the plot.
struct ChartLayout {
  /// Outer padding.
  static let pad = 12.0
  static let titleSize = 16.0
  static let titleLineHeight = 21.0
  static let panelTitleSize = 13.0
  static let axisLabelSize = 13.0
  static let tickSize = 12.0
  static let noteSize = 12.0
  static let noteLineHeight = 15.0
  static let keySize = 13.0
  /// Horizontal gap between facet columns.
  static let columnGap = 18.0
  /// The narrowest facet panel the automatic column count allows: room for a threshold
  /// label beside its line and for the segment labels.
  static let minCellWidth = 250.0
  /// The most facet columns the automatic column count gives.
  static let maxColumns = 3
  /// The widest series name in a direct label before it is shortened.
  static let maxKeyWidth = 170.0
  /// The swatch of a legend entry or direct label.
  static let swatchWidth = 22.0

  var width: Double
  var height: Double
  var titleLines: [String]
  var titleBaseline: Double
  var directLabels: Bool
  var legend: [ChartLegendItem]
  var cells: [ChartCell]
  var xTicks: ChartAxisTicks
  var yTicks: ChartAxisTicks
  var xLabelLines: [String]
  var xLabelX: Double
  var xLabelY: Double
  var yLabelLines: [String]
  var yLabelX: Double
  var yLabelY: Double

  /// `yDomains`: one range for every panel, or one per panel (`ChartSpec.freeY`).
  init(spec: ChartSpec, data: ChartData, xDomain: ClosedRange<Double>, yDomains: [ClosedRange<Double>]) {
    let pad = Self.pad
    let formatter = LossbookNumberFormat(language: spec.language)
    width = max(spec.width, 320)

    titleLines =
      spec.title.isEmpty
      ? [] : ChartText.balancedWrap(spec.title, fontSize: Self.titleSize, maxWidth: width - 2 * pad, bold: true)
    titleBaseline = pad + Self.titleSize
    var cursor = titleLines.isEmpty ? pad : pad + Double(titleLines.count) * Self.titleLineHeight + 2

    let count = max(data.panels.count, 1)
    let free = yDomains.count > 1
    // Direct labels for a single panel of at most 6 named lines; otherwise a legend.
    directLabels = count == 1 && (1...6).contains(data.keys.count) && data.keys.allSatisfy(\.hasLine)

    // The y ticks first: their labels decide the left margin.
    let directBlock =
      directLabels
      ? 8 + Self.swatchWidth + 6 + 2
        + min(Self.maxKeyWidth, data.keys.map { ChartText.width($0.name, fontSize: Self.keySize) }.max() ?? 0)
      : 14
    // With free y every panel labels its own ticks, so the gap between columns holds them.
    let freeGap = free ? 48.0 : 0
    let columns =
      spec.columns.map { min(max($0, 1), count) }
      ?? Self.facetColumns(count: count, span: width - 2 * pad - 80 - directBlock, extraGap: freeGap)
    let rows = (count + columns - 1) / columns
    let roughGap = Self.columnGap + freeGap
    let roughCellWidth = (width - 2 * pad - 80 - directBlock - roughGap * Double(columns - 1)) / Double(columns)
    let cellHeight =
      count == 1 ? max(spec.panelHeight, 80) : min(spec.panelHeight, max(170, roughCellWidth * 0.8))
    let yMax = min(max(Int(cellHeight / 32), 2), 8)
    // Bars are counts: their axis is ticked at whole numbers only.
    let panelTicks = yDomains.map { domain in
      let set = ChartTicks.tickSet(
        domain, scale: spec.y.scale, minCount: min(4, yMax), maxCount: yMax, wholeNumbers: data.hasBars)
      return ChartAxisTicks(values: set.values, labels: ChartTickLabels.labels(set, axis: spec.y, formatter: formatter))
    }
    yTicks = panelTicks[0]
    let yTickWidth =
      panelTicks.flatMap(\.labels).map { ChartText.width($0, fontSize: Self.tickSize) }.max() ?? 0
    let gap = free ? Self.columnGap + yTickWidth + 9 : Self.columnGap

    let gridHeight = Double(rows) * cellHeight
    yLabelLines =
      spec.y.label.isEmpty
      ? [] : Array(ChartText.wrap(spec.y.label, fontSize: Self.axisLabelSize, maxWidth: max(gridHeight, 120)).prefix(2))
    let yLabelRoom = yLabelLines.isEmpty ? 0 : 6 + Double(yLabelLines.count) * 16
    let plotLeft = pad + yLabelRoom + yTickWidth + 9
    let plotRight = width - pad - directBlock
    let cellWidth = max((plotRight - plotLeft - gap * Double(columns - 1)) / Double(columns), 40)

    // The x ticks: as many as fit the cell, thinned if labels would still touch.
    let xMax = min(max(Int(cellWidth / 60), 2), 8)
    let xSet = ChartTicks.tickSet(xDomain, scale: spec.x.scale, minCount: min(4, xMax), maxCount: xMax)
    let xMap = ChartAxisMap(domain: xDomain, scale: spec.x.scale, reversed: spec.x.reversed, start: 0, end: cellWidth)
    xTicks = Self.thinned(
      ChartAxisTicks(values: xSet.values, labels: ChartTickLabels.labels(xSet, axis: spec.x, formatter: formatter)),
      map: xMap)

    // The legend, flowing in rows above the plots: series, then overlays.
    legend = []
    if !directLabels {
      let entries =
        data.keys.map { (ChartLegendSwatch.series($0), $0.name) }
        + data.overlayKeys.map { (ChartLegendSwatch.overlay($0.mark), $0.label) }
      let flow = Self.flowLegend(entries, left: plotLeft, right: width - pad, top: cursor)
      legend = flow.items
      if !legend.isEmpty { cursor = flow.bottom + 6 }
    }

    // The grid of panels.
    let gridTop = cursor + 8
    let panelTitleHeight = data.panels.contains { !$0.title.isEmpty } ? 20.0 : 0
    let rowStride = panelTitleHeight + cellHeight + 26 + 10
    cells = data.panels.indices.map { i in
      let (row, column) = (i / columns, i % columns)
      let top = gridTop + Double(row) * rowStride
      let plot = ChartRect(
        x: plotLeft + Double(column) * (cellWidth + gap), y: top + panelTitleHeight, width: cellWidth,
        height: cellHeight)
      let title = data.panels[i].title
      return ChartCell(
        plot: plot,
        titleLines: title.isEmpty
          ? [] : [ChartText.truncate(title, fontSize: Self.panelTitleSize * ChartText.boldFactor, maxWidth: cellWidth)],
        titleBaseline: top + 14, showYTickLabels: column == 0 || free,
        x: ChartAxisMap(
          domain: xDomain, scale: spec.x.scale, reversed: spec.x.reversed, start: plot.x, end: plot.right),
        y: ChartAxisMap(
          domain: yDomains[free ? i : 0], scale: spec.y.scale, reversed: spec.y.reversed, start: plot.bottom,
          end: plot.y),
        yTicks: panelTicks[free ? i : 0])
    }
    let gridBottom = gridTop + Double(rows - 1) * rowStride + panelTitleHeight + cellHeight
    let spanRight = plotLeft + Double(columns) * cellWidth + Double(columns - 1) * gap

    xLabelLines =
      spec.x.label.isEmpty
      ? [] : ChartText.wrap(spec.x.label, fontSize: Self.axisLabelSize, maxWidth: spanRight - plotLeft)
    xLabelX = (plotLeft + spanRight) / 2
    xLabelY = gridBottom + 22 + 18
    height = xLabelLines.isEmpty ? gridBottom + 26 + pad : xLabelY + Double(xLabelLines.count - 1) * 16 + 6 + pad
    yLabelX = pad + 13
    yLabelY = (gridTop + panelTitleHeight + gridBottom) / 2
  }

  /// The automatic facet column count: as many as keep each panel at least `minCellWidth`
  /// wide within `span` (at most `maxColumns`), then the fewest that need no more rows, so the
  /// rows are as full as possible (6 panels in 720 px: 2 columns of 3 rows).
  static func facetColumns(count: Int, span: Double, extraGap: Double = 0) -> Int {
    guard count > 1 else { return 1 }
    let fitting = Int((span + columnGap + extraGap) / (minCellWidth + columnGap + extraGap))
    let widest = min(max(fitting, 1), maxColumns, count)
    let rows = (count + widest - 1) / widest
    return (count + rows - 1) / rows
  }

  /// The line height of a wrapped legend label.
  static let keyLineHeight = 16.0

  /// Legend entries flowing in rows of 20 px from `left`, wrapping before `right`; a label too
  /// long for a whole row is wrapped (its row grows by `keyLineHeight` a line). `bottom` is the
  /// last row's lower edge.
  static func flowLegend(
    _ entries: [(ChartLegendSwatch, String)], left: Double, right: Double, top: Double
  ) -> (items: [ChartLegendItem], bottom: Double) {
    var items: [ChartLegendItem] = []
    var x = left
    var rowTop = top
    var rowHeight = 20.0
    let room = right - left - swatchWidth - 24
    for (swatch, name) in entries {
      let lines =
        ChartText.width(name, fontSize: keySize) <= room
        ? [name]
        : ChartText.balancedWrap(name, fontSize: keySize, maxWidth: room).map {
          ChartText.truncate($0, fontSize: keySize, maxWidth: room)
        }
      let textWidth = lines.map { ChartText.width($0, fontSize: keySize) }.max() ?? 0
      let itemWidth = swatchWidth + 6 + textWidth + 18
      if x > left && x + itemWidth > right {
        rowTop += rowHeight
        rowHeight = 20
        x = left
      }
      rowHeight = max(rowHeight, 20 + Double(lines.count - 1) * keyLineHeight)
      items.append(ChartLegendItem(swatch: swatch, lines: lines, x: x, y: rowTop + 12))
      x += itemWidth
    }
    return (items, items.isEmpty ? top : rowTop + rowHeight)
  }

  /// Keeps every second tick while neighbouring labels would come closer than 8 px.
  static func thinned(_ ticks: ChartAxisTicks, map: ChartAxisMap) -> ChartAxisTicks {
    var ticks = ticks
    func overlaps() -> Bool {
      guard ticks.values.count > 2 else { return false }
      for i in 1..<ticks.values.count {
        let distance = abs(map.pixel(ticks.values[i]) - map.pixel(ticks.values[i - 1]))
        let needed =
          (ChartText.width(ticks.labels[i], fontSize: tickSize)
            + ChartText.width(ticks.labels[i - 1], fontSize: tickSize))
          / 2 + 8
        if distance < needed { return true }
      }
      return false
    }
    while overlaps() {
      let kept = ticks.values.indices.filter { $0 % 2 == 0 }
      ticks = ChartAxisTicks(values: kept.map { ticks.values[$0] }, labels: kept.map { ticks.labels[$0] })
    }
    return ticks
  }
}
