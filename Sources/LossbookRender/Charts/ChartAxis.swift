import LossbookCore

/// How values map to positions along an axis.
public enum ChartScale: Sendable, Equatable {
  /// Equal differences, equal distances.
  case linear
  /// Equal ratios, equal distances; values ≤ 0 cannot be drawn and are skipped.
  case log10
}

/// One axis, shared by all panels of a chart.
public struct ChartAxis: Sendable {
  /// The axis title, e.g. "pre-training loss (lower is better →)". Empty → none.
  public var label: String
  /// Linear or log10.
  public var scale: ChartScale
  /// When true, values increase right-to-left (x) or top-to-bottom (y); the loss axis of
  /// a loss-versus-score plot is reversed so that "better" reads left to right.
  public var reversed: Bool
  /// The visible range; nil → the data and annotations, padded by 4% of the span on each
  /// side (in log space for log10). A log10 domain with a bound ≤ 0 is ignored.
  public var domain: ClosedRange<Double>?
  /// The tick label style; nil → fixed decimals from the tick step (linear, below 10⁵),
  /// `si` (linear from 10⁵, log10 when a tick reaches 10³), otherwise `automatic`.
  /// `percent(nil)` shows as many decimals as the tick step needs. On log10 axes, powers
  /// of ten that would need the exponent form are labelled 10ⁿ (`10¹⁸`).
  public var format: NumberStyle?

  /// Creates an axis.
  public init(
    label: String, scale: ChartScale = .linear, reversed: Bool = false,
    domain: ClosedRange<Double>? = nil, format: NumberStyle? = nil
  ) {
    self.label = label
    self.scale = scale
    self.reversed = reversed
    self.domain = domain
    self.format = format
  }
}
