import LossbookRender

/// What a `threshold` block adds to a plot (TEACHING.md F3, F4): a vertical line at the
/// threshold, a band for its interval, and the fitted hinge as two straight segments. For a
/// smooth verdict there is no threshold: only a grey line where the best hinge bends, labelled
/// as not a threshold.
enum ThresholdOverlay {
  /// Decimals of the threshold and its interval in labels (2.19, 2.17–2.22).
  static let labelDecimals = 2
  /// The loss step in which the hinge's slope is stated ("+9 points per 0.1 loss").
  static let slopeStep = 0.1

  /// The line, the band and (for an emergent verdict, when the hinge is drawn) the segments'
  /// labels.
  static func annotations(
    _ t: ThresholdResult, xRange: ClosedRange<Double>, language: ReportLanguage, hinge: Bool = true
  ) -> [ChartAnnotation] {
    let f = LossbookNumberFormat(language: language)
    let ja = language == .ja
    let eta = f.format(t.eta, style: .fixed(labelDecimals))
    var out: [ChartAnnotation] = []
    // A smooth verdict has no threshold to show: only where the best hinge bends, said as such.
    if t.verdict == .smooth {
      let label = ja ? "折れ線の曲がり目 \(eta)（閾値ではありません）" : "hinge bend \(eta) (not a threshold: smooth)"
      out.append(.verticalLine(x: t.eta, label: label, role: .reference))
      return out
    }
    if let ci = t.interval.interval {
      let level = f.format(t.settings.level, style: .percent(nil))
      let lo = f.format(ci.lower, style: .fixed(labelDecimals))
      let hi = f.format(ci.upper, style: .fixed(labelDecimals))
      out.append(.verticalBand(
        from: ci.lower, to: ci.upper,
        label: ja ? "\(level)区間 \(lo)から\(hi)：閾値がありそうな範囲" : "\(level) interval \(lo)–\(hi): where the threshold probably is"))
    }
    out.append(.verticalLine(x: t.eta, label: ja ? "閾値 \(eta)" : "threshold \(eta)", role: .threshold))
    if t.verdict == .emergent && hinge {
      let flatX = (t.eta + xRange.upperBound) / 2
      out.append(.text(x: flatX, y: t.hingeLevel, label: ja ? "当て推量のまま" : "flat at guessing"))
      let points = f.format(t.hingeSlope * slopeStep * 100, style: .fixed(0))
      let steepX = (t.eta + xRange.lowerBound) / 2
      out.append(.text(
        x: steepX, y: t.hingeLevel + t.hingeSlope * (t.eta - steepX),
        label: ja ? "損失0.1あたり+\(points)ポイント" : "+\(points) points per 0.1 loss"))
    }
    return out
  }

  /// The fitted hinge over the data's x range: steep below the threshold, flat above it.
  static func hinge(_ t: ThresholdResult, xRange: ClosedRange<Double>, language: ReportLanguage, style: Int) -> ChartSeries {
    let lo = min(xRange.lowerBound, t.eta)
    let hi = max(xRange.upperBound, t.eta)
    let points = [lo, t.eta, hi].map { ChartPoint(x: $0, y: t.hingeLevel + t.hingeSlope * max(t.eta - $0, 0)) }
    let name = language == .ja ? "折れ線モデル（\(t.y)）" : "hinge fit (\(t.y))"
    return ChartSeries(name: name, points: points, mark: .line, style: style)
  }
}
