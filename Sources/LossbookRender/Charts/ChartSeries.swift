/// One data point.
public struct ChartPoint: Sendable, Equatable {
  /// The horizontal value, in data units.
  public var x: Double
  /// The vertical value, in data units.
  public var y: Double

  public init(x: Double, y: Double) {
    self.x = x
    self.y = y
  }
}

/// One row of a confidence band: at `x`, the interval from `lower` to `upper`.
public struct ChartBandPoint: Sendable, Equatable {
  /// The horizontal value, in data units.
  public var x: Double
  /// The lower limit of the interval.
  public var lower: Double
  /// The upper limit of the interval.
  public var upper: Double

  public init(x: Double, lower: Double, upper: Double) {
    self.x = x
    self.lower = lower
    self.upper = upper
  }
}

/// One histogram bar: the values from `lower` to `upper` and how many there are. A bar with
/// `lower == upper` (every value equal) is drawn `ChartSVG.zeroWidthBar` px wide.
public struct ChartBar: Sendable, Equatable {
  /// The bin's lower edge, in data units.
  public var lower: Double
  /// The bin's upper edge, in data units.
  public var upper: Double
  /// The bar's height: how many values fell in the bin.
  public var count: Double

  public init(lower: Double, upper: Double, count: Double) {
    self.lower = lower
    self.upper = upper
    self.count = count
  }
}

/// How a series is drawn.
public enum ChartMark: Sendable, Equatable {
  /// Markers only (scatter); such series are named in a legend.
  case points
  /// A line through the points in the given order (sort them yourself).
  case line
  /// Both.
  case pointsAndLine

  var hasLine: Bool { self != .points }
  var hasPoints: Bool { self != .line }
}

/// A named set of points with one colour, marker shape and dash pattern.
public struct ChartSeries: Sendable {
  /// The name shown in a direct label or the legend; series with equal names share a style.
  public var name: String
  /// The data.
  public var points: [ChartPoint]
  /// Points, line, or both.
  public var mark: ChartMark
  /// The palette index (colour, marker, dash); nil → the order of first appearance of the
  /// series name in the chart.
  public var style: Int?
  /// A confidence band drawn behind all lines: a polygon filled with the series colour
  /// (`ChartPalette.bandOpacity`) and edged in it; rows in x order.
  public var band: [ChartBandPoint]?
  /// What the series is in every panel ("hinge fit", "data"), for a faceted chart: there the
  /// panel title says which task it belongs to, so the legend names each kind once and series
  /// of one kind share a style. nil → `name`; unused with one panel.
  public var kind: String?

  /// Creates a series.
  public init(
    name: String, points: [ChartPoint], mark: ChartMark = .pointsAndLine, style: Int? = nil,
    band: [ChartBandPoint]? = nil, kind: String? = nil
  ) {
    self.name = name
    self.points = points
    self.mark = mark
    self.style = style
    self.band = band
    self.kind = kind
  }
}
