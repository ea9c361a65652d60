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
}

/// A legend entry's position: swatch from `x`, vertical centre `y`.
struct ChartLegendItem {
  var key: ChartSeriesKey
  var label: String
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

  init(spec: ChartSpec, data: ChartData, xDomain: ClosedRange<Double>, yDomain: ClosedRange<Double>) {
    let pad = Self.pad
    let formatter = LossbookNumberFormat(language: spec.language)
    width = max(spec.width, 320)

    titleLines =
      spec.title.isEmpty
      ? [] : ChartText.wrap(spec.title, fontSize: Self.titleSize, maxWidth: width - 2 * pad, bold: true)
    titleBaseline = pad + Self.titleSize
    var cursor = titleLines.isEmpty ? pad : pad + Double(titleLines.count) * Self.titleLineHeight + 2

    let count = max(data.panels.count, 1)
    let columns = min(max(spec.columns ?? min(count, 3), 1), count)
    let rows = (count + columns - 1) / columns
    let gap = Self.columnGap
    // Direct labels for a single panel of at most 6 named lines; otherwise a legend.
    directLabels = count == 1 && (1...6).contains(data.keys.count) && data.keys.allSatisfy(\.hasLine)

    // The y ticks first: their labels decide the left margin.
    let directBlock =
      directLabels
      ? 8 + Self.swatchWidth + 6 + 2
        + min(Self.maxKeyWidth, data.keys.map { ChartText.width($0.name, fontSize: Self.keySize) }.max() ?? 0)
      : 14
    let roughCellWidth = (width - 2 * pad - 80 - directBlock - gap * Double(columns - 1)) / Double(columns)
    let cellHeight =
      count == 1 ? max(spec.panelHeight, 80) : min(spec.panelHeight, max(170, roughCellWidth * 0.8))
    let yMax = min(max(Int(cellHeight / 32), 2), 8)
    // Bars are counts: their axis is ticked at whole numbers only.
    let ySet = ChartTicks.tickSet(
      yDomain, scale: spec.y.scale, minCount: min(4, yMax), maxCount: yMax, wholeNumbers: data.hasBars)
    yTicks = ChartAxisTicks(
      values: ySet.values, labels: ChartTickLabels.labels(ySet, axis: spec.y, formatter: formatter))
    let yTickWidth = yTicks.labels.map { ChartText.width($0, fontSize: Self.tickSize) }.max() ?? 0

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

    // The legend, flowing in rows above the plots.
    legend = []
    if !directLabels && !data.keys.isEmpty {
      var x = plotLeft
      var row = 0
      for key in data.keys {
        let label = ChartText.truncate(key.name, fontSize: Self.keySize, maxWidth: width - 2 * pad - 40)
        let itemWidth = Self.swatchWidth + 6 + ChartText.width(label, fontSize: Self.keySize) + 18
        if x > plotLeft && x + itemWidth > width - pad {
          row += 1
          x = plotLeft
        }
        legend.append(ChartLegendItem(key: key, label: label, x: x, y: cursor + 12 + Double(row) * 20))
        x += itemWidth
      }
      cursor += Double(row + 1) * 20 + 6
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
          ? [] : [ChartText.truncate(title, fontSize: Self.panelTitleSize * 1.07, maxWidth: cellWidth)],
        titleBaseline: top + 14, showYTickLabels: column == 0,
        x: ChartAxisMap(
          domain: xDomain, scale: spec.x.scale, reversed: spec.x.reversed, start: plot.x, end: plot.right),
        y: ChartAxisMap(
          domain: yDomain, scale: spec.y.scale, reversed: spec.y.reversed, start: plot.bottom, end: plot.y))
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

  /// Keeps every second tick while neighbouring labels would come closer than 8 px.
  static func thinned(_ ticks: ChartAxisTicks, map: ChartAxisMap) -> ChartAxisTicks {
    var ticks = ticks
    func overlaps() -> Bool {
      guard ticks.values.count > 2 else { return false }
      for i in 1..<ticks.values.count {
        let distance = abs(map.pixel(ticks.values[i]) - map.pixel(ticks.values[i - 1]))
        let needed =
          (ChartText.width(ticks.labels[i], fontSize: tickSize) + ChartText.width(ticks.labels[i - 1], fontSize: tickSize))
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
