import Foundation
import LossbookCore

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

  /// One label per tick value. On a log10 axis, a power of ten whose label would be in
  /// exponent form is written 10ⁿ with superscript digits (`10¹⁸`, `10⁻⁵`), as in the
  /// papers' figures; other values keep the formatter's ASCII form (`2e18`).
  static func labels(_ set: ChartTickSet, axis: ChartAxis, formatter: LossbookNumberFormat) -> [String] {
    let style = style(set, axis: axis)
    return set.values.map { value in
      let label = formatter.format(value, style: style)
      guard axis.scale == .log10, label.contains("e"), value > 0,
        let power = Int(exactly: Foundation.log10(value).rounded())
      else { return label }
      return value == ChartTicks.decimal(1, power) ? "10" + superscript(power) : label
    }
  }

  /// `n` in Unicode superscript digits, with ⁻ for a negative sign.
  static func superscript(_ n: Int) -> String {
    let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
    let text = String(n.magnitude).map { digits[Int($0.asciiValue! - 48)] }
    return (n < 0 ? "⁻" : "") + String(text)
  }
}
