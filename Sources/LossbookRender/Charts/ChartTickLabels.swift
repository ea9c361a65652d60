/// Tick labels through the one number formatter.
enum ChartTickLabels {
  /// The style for an axis's tick labels; see `ChartAxis.format`.
  static func style(_ set: ChartTickSet, axis: ChartAxis) -> NumberStyle {
    let largest = set.values.map { abs($0) }.max() ?? 0
    if let format = axis.format {
      if case .percent(nil) = format, let decimals = set.decimals {
        return .percent(max(0, decimals - 2))
      }
      return format
    }
    guard axis.scale == .linear, let decimals = set.decimals else {
      return largest >= 1000 ? .si : .automatic
    }
    return largest >= 1e5 ? .si : .fixed(decimals)
  }

  /// One label per tick value.
  static func labels(_ set: ChartTickSet, axis: ChartAxis, formatter: LossbookNumberFormat) -> [String] {
    let style = style(set, axis: axis)
    return set.values.map { formatter.format($0, style: style) }
  }
}
