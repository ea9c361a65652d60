import LossbookCore

/// One figure, format-neutral: what to draw, not how. `ChartSVG.render(_:)` turns it into SVG.
///
/// One panel is an ordinary plot; several panels are small multiples (facets) in a grid,
/// with identical axes and domains, each under its own panel title, with the axis labels
/// written once.
public struct ChartSpec: Sendable {
  /// The figure's id, the prefix of every element id (`ID-title`, `ID-desc`, `ID-clip-0`, …).
  /// Characters other than letters, digits, `-` and `_` become `-`.
  public var id: String
  /// The action title, stating the finding; drawn above the plot and put in `<title>`.
  public var title: String
  /// The alternative text, in the report's language; put in `<desc>`.
  public var description: String
  /// The language of the chart's own words ("no data") and of its number units.
  public var language: ReportLanguage
  /// The horizontal axis, shared by all panels.
  public var x: ChartAxis
  /// The vertical axis, shared by all panels (its title and scale always; its range unless
  /// `freeY`).
  public var y: ChartAxis
  /// Each panel its own y range (`scales: free_y`), ticked and labelled in every panel.
  public var freeY = false
  /// The panels: one for an ordinary plot, more for facets.
  public var panels: [ChartPanel]
  /// Facet grid columns; nil → as many as keep each panel at least `ChartLayout.minCellWidth`
  /// wide (1 to 3), balanced over the rows (`ChartLayout.facetColumns`).
  public var columns: Int?
  /// The design width in px (the viewBox width; the SVG itself scales with the page).
  public var width: Double
  /// The height of the plotting area of a single panel in px; a facet's plotting area is
  /// min(panelHeight, max(170, 0.8 × its width)).
  public var panelHeight: Double
  /// Legend entries for the overlays of a faceted chart (its panels repeat the overlays, so the
  /// legend says once what each kind is); an entry is shown when some panel draws its kind.
  /// Unused with one panel, whose overlays are labelled on the plot.
  public var overlayKeys: [ChartOverlayKey]

  /// Creates a chart description.
  public init(
    id: String, title: String, description: String, language: ReportLanguage = .en,
    x: ChartAxis, y: ChartAxis, panels: [ChartPanel], columns: Int? = nil,
    width: Double = 720, panelHeight: Double = 380, overlayKeys: [ChartOverlayKey] = []
  ) {
    self.id = id
    self.title = title
    self.description = description
    self.language = language
    self.x = x
    self.y = y
    self.panels = panels
    self.columns = columns
    self.width = width
    self.panelHeight = panelHeight
    self.overlayKeys = overlayKeys
  }

  /// Whether the chart is small multiples: more than one panel.
  public var isFaceted: Bool { panels.count > 1 }

  /// The design width of the layout for narrow screens: a 375 px phone shows it nearly at
  /// full size, so its 12 px labels stay about 12 px.
  public static let narrowWidth = 340.0

  /// The same chart laid out for narrow screens: `narrowWidth` wide, so facets fall into one
  /// column; its element ids end in `-narrow`, so both layouts can share a page.
  public func narrowLayout() -> ChartSpec {
    var spec = self
    spec.id = id + "-narrow"
    spec.width = Self.narrowWidth
    spec.columns = nil
    return spec
  }
}

/// One panel of a chart: its series and annotations.
public struct ChartPanel: Sendable {
  /// The panel title (for facets), e.g. the task name; nil or empty → none.
  public var title: String?
  /// The data, drawn in order (later series on top).
  public var series: [ChartSeries]
  /// Overlays: chance line, threshold and its interval, segment labels.
  public var annotations: [ChartAnnotation]
  /// Histogram bars, drawn behind the annotations and the series. Bars make the y axis a
  /// count: its domain (when not explicit) starts at 0, so they stand on the axis, and its
  /// ticks fall on whole numbers.
  public var bars: [ChartBar]

  /// Creates a panel.
  public init(
    title: String? = nil, series: [ChartSeries], annotations: [ChartAnnotation] = [], bars: [ChartBar] = []
  ) {
    self.title = title
    self.series = series
    self.annotations = annotations
    self.bars = bars
  }
}

/// The SVG text of a chart and what was left out of it.
public struct RenderedChart: Sendable, Equatable {
  /// The SVG document (also valid inline in HTML).
  public var svg: String
  /// Data points not drawn: a non-finite x or y, or a value ≤ 0 on a log axis.
  /// (Band rows, bars and annotations with such values are dropped too but not counted.)
  public var skippedPoints: Int
  /// Where each panel's data lands in the SVG's coordinates, for scripts that redraw it.
  public var frames: [ChartFrame] = []

  /// The SVG inline in a page: ``SVGBuilder`` wrote it and escaped every text and attribute.
  public var markup: Markup { .trusted(svg) }
}

/// How one panel maps data to the SVG's user units (`pixel = start + u (end - start)`, with
/// `u` the value's share of the domain, on a log10 scale when `log`, from the far end when
/// reversed).
public struct ChartFrame: Sendable, Equatable {
  /// One axis of the map.
  public struct Axis: Sendable, Equatable {
    public var lower: Double
    public var upper: Double
    public var log: Bool
    public var reversed: Bool
    public var start: Double
    public var end: Double
  }
  public var x: Axis
  public var y: Axis
}
