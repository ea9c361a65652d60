import Foundation

/// Maps data values along one axis to pixels.
struct ChartAxisMap {
  /// The visible range of data values.
  var domain: ClosedRange<Double>
  var scale: ChartScale
  /// True: the domain's upper bound sits at `start` instead of `end`.
  var reversed: Bool
  /// The pixel of the domain's lower bound when not reversed (left for x, bottom for y).
  var start: Double
  /// The pixel of the domain's upper bound when not reversed.
  var end: Double

  /// The pixel position of `value`, which may lie outside the domain.
  func pixel(_ value: Double) -> Double {
    let t: Double
    switch scale {
    case .linear:
      // Halved, so that a domain wider than the largest Double still gives a finite share
      // (halving is exact, so other domains map as before).
      t = (value / 2 - domain.lowerBound / 2) / (domain.upperBound / 2 - domain.lowerBound / 2)
    case .log10:
      let lo = Foundation.log10(domain.lowerBound)
      t = (Foundation.log10(value) - lo) / (Foundation.log10(domain.upperBound) - lo)
    }
    let u = reversed ? 1 - t : t
    return start + u * (end - start)
  }

  /// True when `value` can be placed on this scale (finite, and > 0 on log10).
  func canPlace(_ value: Double) -> Bool {
    value.isFinite && (scale == .linear || value > 0)
  }
}

/// Resolves the visible range of an axis.
enum ChartDomain {
  /// The share of the data span added on each side.
  static let padding = 0.04

  /// The explicit domain if usable, else the range of `values` (finite, > 0 on log10)
  /// padded by 4% of the span on each side (in log space for log10); a single value is
  /// widened by 10% of itself (or ±1 around zero; half a decade each way on log10).
  /// Nil when there is nothing to show. With a `floor` (0 under histogram bars) on a linear
  /// scale and no value below it, the padded domain starts exactly at the floor.
  static func resolve(explicit: ClosedRange<Double>?, values: [Double], scale: ChartScale, floor: Double? = nil)
    -> ClosedRange<Double>?
  {
    if let explicit, explicit.lowerBound.isFinite, explicit.upperBound.isFinite,
      explicit.upperBound > explicit.lowerBound, scale == .linear || explicit.lowerBound > 0
    {
      return explicit
    }
    let usable = values.filter { $0.isFinite && (scale == .linear || $0 > 0) }
    guard let lo = usable.min(), let hi = usable.max() else { return nil }
    switch scale {
    case .linear:
      // Halved, so that a span wider than the largest Double pads to a finite domain.
      let pad = hi == lo ? (lo == 0 ? 1 : abs(lo) * 0.1) : (hi / 2 - lo / 2) * (2 * padding)
      let top = finite(hi + pad)
      if let floor, lo >= floor { return floor...top }
      return finite(lo - pad)...top
    case .log10:
      var l = Foundation.log10(lo)
      var h = Foundation.log10(hi)
      if h == l {
        l -= 0.5
        h += 0.5
      } else {
        let pad = (h - l) * padding
        l -= pad
        h += pad
      }
      // Kept inside the positive finite Doubles (denormals, values near the largest Double).
      let lower = max(pow(10, l), .leastNonzeroMagnitude)
      return lower...max(finite(pow(10, h)), lower)
    }
  }

  /// `x`, with an overflow to infinity brought back to the largest finite Double.
  static func finite(_ x: Double) -> Double {
    x.isFinite ? x : (x > 0 ? .greatestFiniteMagnitude : -.greatestFiniteMagnitude)
  }
}
