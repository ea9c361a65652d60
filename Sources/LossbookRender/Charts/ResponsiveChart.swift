/// A chart drawn twice for the page: at its design width and in its narrow layout, so that its
/// text stays ≥ 11 px on a phone (TEACHING F12). The style sheet shows exactly one of the two
/// at any width (the other is `display: none`, so screen readers meet one); the narrow copy's
/// ids end in `-narrow`, so the page's ids stay unique.
public struct ResponsiveChart: Sendable {
  /// The design-width layout: also the figure's side file.
  public let wide: RenderedChart
  /// The `ChartSpec.narrowLayout()` of the same chart.
  public let narrow: RenderedChart

  /// Renders both layouts of `spec`.
  public init(_ spec: ChartSpec) {
    wide = ChartSVG.render(spec)
    narrow = ChartSVG.render(spec.narrowLayout())
  }

  /// Both layouts in the wrappers ReportStyle switches between, for inside a `<figure>`.
  public var html: Markup {
    "<div class=\"lb-chart-wide\">\n\(wide.markup)\n</div>\n<div class=\"lb-chart-narrow\">\n\(narrow.markup)\n</div>\n"
  }
}
