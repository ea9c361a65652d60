import Foundation
import LossbookRender

/// What a `threshold` block adds to a plot (TEACHING.md F3, F4): a vertical line at the
/// threshold, a band for its interval, and the fitted hinge as two straight segments. For a
/// smooth verdict there is no threshold: only a grey line where the best hinge bends, labelled
/// as not a threshold.
enum ThresholdOverlay {
  /// Decimals of the threshold and its interval in labels (2.19, 2.17–2.22), at the least.
  static let labelDecimals = 2

  /// The decimals of the threshold and its interval in labels: ``labelDecimals``, or more when
  /// an end would print like the other or like the threshold.
  static func decimals(_ t: ThresholdResult) -> Int {
    guard let ci = t.interval.interval else { return labelDecimals }
    return LossbookNumberFormat.separatingDecimals(
      lower: ci.lower, upper: ci.upper, references: [t.eta], minimum: labelDecimals)
  }
  /// The loss step in which the hinge's slope is stated ("+9 points per 0.1 loss").
  static let slopeStep = 0.1

  /// The line, the band and (for an emergent verdict, when the hinge is drawn) the segments'
  /// labels. `compact` (facets, whose legend says what the band is) puts the interval in the
  /// line's label, "threshold 2.19 (95% interval 2.17–2.22)", and leaves the band unlabelled.
  static func annotations(
    _ t: ThresholdResult, xRange: ClosedRange<Double>, language: ReportLanguage, hinge: Bool = true,
    compact: Bool = false
  ) -> [ChartAnnotation] {
    let f = LossbookNumberFormat(language: language)
    let ja = language == .ja
    let digits = decimals(t)
    let eta = f.format(t.eta, style: .fixed(digits))
    var out: [ChartAnnotation] = []
    // A smooth verdict has no threshold to show: only where the best hinge bends, said as such.
    if t.verdict == .smooth {
      let label = ja ? "折れ線の曲がり目 \(eta)（閾値ではありません）" : "hinge bend \(eta) (not a threshold: smooth)"
      out.append(.verticalLine(x: t.eta, label: label, role: .reference))
      return out
    }
    var lineLabel = ja ? "閾値 \(eta)" : "threshold \(eta)"
    if let ci = t.interval.interval {
      let level = f.format(t.settings.level, style: .percent(nil))
      let lo = f.format(ci.lower, style: .fixed(digits))
      let hi = f.format(ci.upper, style: .fixed(digits))
      // No-break spaces keep "(profile likelihood)" on one line when the label wraps.
      let method = ThresholdHTML.shortMethod(t.interval.method, ja: ja).replacingOccurrences(of: " ", with: "\u{a0}")
      let bandLabel =
        ja
        ? "\(level)区間（\(method)）\(lo)から\(hi)：閾値がありそうな範囲"
        : "\(level) interval (\(method)) \(lo)–\(hi): where the threshold probably is"
      out.append(.verticalBand(from: ci.lower, to: ci.upper, label: compact ? "" : bandLabel))
      // A no-break space keeps "(95% interval" whole when the label wraps.
      if compact { lineLabel += ja ? "（\(level)区間 \(lo)から\(hi)）" : " (\(level)\u{a0}interval \(lo)–\(hi))" }
    }
    out.append(.verticalLine(x: t.eta, label: lineLabel, role: .threshold))
    if t.verdict == .emergent && hinge {
      let flatX = (t.eta + xRange.upperBound) / 2
      out.append(.text(x: flatX, y: t.hingeLevel, label: ja ? "ランダム推測レベルのまま" : "flat at guessing"))
      let steepX = (t.eta + xRange.lowerBound) / 2
      out.append(
        .text(x: steepX, y: t.hingeLevel + t.hingeSlope * (t.eta - steepX), label: slope(t, language: language)))
    }
    return out
  }

  /// The fitted hinge over the data's x range: steep below the threshold, flat above it.
  static func hinge(_ t: ThresholdResult, xRange: ClosedRange<Double>, language: ReportLanguage, style: Int)
    -> ChartSeries
  {
    let lo = min(xRange.lowerBound, t.eta)
    let hi = max(xRange.upperBound, t.eta)
    let points = [lo, t.eta, hi].map { ChartPoint(x: $0, y: t.hingeLevel + t.hingeSlope * max(t.eta - $0, 0)) }
    let kind = PlotFacetKeys.hingeKind(language)
    let name = language == .ja ? "\(kind)（\(t.y)）" : "\(kind) (\(t.y))"
    return ChartSeries(name: name, points: points, mark: .line, style: style, kind: kind)
  }

  /// The steep segment's label: "+9 points per 0.1 loss".
  static func slope(_ t: ThresholdResult, language: ReportLanguage) -> String {
    let points = LossbookNumberFormat(language: language).format(t.hingeSlope * slopeStep * 100, style: .fixed(0))
    return language == .ja ? "損失0.1あたり+\(points)ポイント" : "+\(points) points per 0.1 loss"
  }

  /// What the overlay shows, for the figure's description (small panels may lack room for the
  /// labels): "MMLU: threshold 2.19 (95% interval 2.17–2.22), flat at guessing at higher loss,
  /// +9 points per 0.1 loss below it", or for a smooth verdict "HellaSwag: no threshold
  /// (smooth; the hinge bends at 2.68)".
  static func describe(_ t: ThresholdResult, language: ReportLanguage) -> String {
    let f = LossbookNumberFormat(language: language)
    let ja = language == .ja
    let digits = decimals(t)
    let eta = f.format(t.eta, style: .fixed(digits))
    if t.verdict == .smooth {
      return ja ? "\(t.y)：閾値なし（なめらか。折れ線の曲がり目は\(eta)）" : "\(t.y): no threshold (smooth; the hinge bends at \(eta))"
    }
    var s = ja ? "\(t.y)：閾値 \(eta)" : "\(t.y): threshold \(eta)"
    if let ci = t.interval.interval {
      let level = f.format(t.settings.level, style: .percent(nil))
      let lo = f.format(ci.lower, style: .fixed(digits))
      let hi = f.format(ci.upper, style: .fixed(digits))
      let method = ThresholdHTML.shortMethod(t.interval.method, ja: ja)
      s += ja ? "（\(level)区間 \(lo)から\(hi)、\(method)）" : " (\(level) interval \(lo)–\(hi), \(method))"
    }
    if t.verdict == .emergent {
      let slope = slope(t, language: language)
      s += ja ? "。損失がそれより高いとランダム推測レベルのまま、低いと\(slope)" : ", flat at guessing at higher loss, \(slope) below it"
    }
    return s
  }
}
