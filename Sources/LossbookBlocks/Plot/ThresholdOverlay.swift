import Foundation
import LossbookCore
import LossbookRender
import LossbookWords

/// What a threshold adds to a plot (TEACHING.md F3, F4). Only an `emergent` verdict has a
/// threshold to show: a vertical line at it, a band for its interval, and the fitted hinge as
/// two straight segments. An `inconclusive` verdict shows no line: its band, labelled as where a
/// threshold might be, and the curve of the model with the smallest BIC. A `smooth` verdict
/// shows only that curve.
enum ThresholdOverlay {
  /// Decimals of the threshold and its interval in labels (2.19, 2.17–2.22), at the least.
  static let labelDecimals = 2

  /// The decimals of the threshold and its interval in labels: ``labelDecimals``, or more when
  /// an end would print like the other or like the threshold.
  static func decimals(_ t: ThresholdMarks) -> Int {
    guard let lower = t.lower, let upper = t.upper else { return labelDecimals }
    return LossbookNumberFormat.separatingDecimals(
      lower: lower, upper: upper, references: [t.eta], minimum: labelDecimals)
  }
  /// The loss step in which the hinge's slope is stated ("+9 points per 0.1 loss").
  static let slopeStep = 0.1

  /// The interval in words, when the threshold has one.
  static func interval(_ t: ThresholdMarks, words: Words) -> IntervalWords? {
    guard let lower = t.lower, let upper = t.upper else { return nil }
    let f = LossbookNumberFormat(language: words.language)
    let digits = decimals(t)
    return IntervalWords(
      level: f.format(t.level, style: .percent(nil)), lower: f.format(lower, style: .fixed(digits)),
      upper: f.format(upper, style: .fixed(digits)), method: words[t.method])
  }

  /// The line, the band and (for an emergent verdict, when the hinge is drawn) the segments'
  /// labels. `compact` (facets, whose legend says what the band is) puts the interval in the
  /// line's label, "threshold 2.19 (95% interval 2.17–2.22)", and leaves the band unlabelled.
  /// A smooth verdict adds nothing (its best curve is a series); an inconclusive one only its
  /// band, labelled as where a threshold might be.
  static func annotations(
    _ t: ThresholdMarks, xRange: ClosedRange<Double>, words: Words, hinge: Bool = true, compact: Bool = false
  ) -> [ChartAnnotation] {
    let f = LossbookNumberFormat(language: words.language)
    let eta = f.format(t.eta, style: .fixed(decimals(t)))
    switch t.verdict {
    case .smooth: return []
    case .inconclusive:
      guard let i = interval(t, words: words), let lower = t.lower, let upper = t.upper else { return [] }
      let method = i.method.replacingOccurrences(of: " ", with: "\u{a0}")
      return [
        .verticalBand(
          from: lower, to: upper,
          label: words[.thresholdBandTentative(level: i.level, method: method, lower: i.lower, upper: i.upper)])
      ]
    case .emergent: break
    }
    var out: [ChartAnnotation] = []
    var lineLabel = words[.thresholdLine(eta: eta)]
    if let i = interval(t, words: words), let lower = t.lower, let upper = t.upper {
      // No-break spaces keep "(profile likelihood)" on one line when the label wraps.
      let method = i.method.replacingOccurrences(of: " ", with: "\u{a0}")
      let band = words[.thresholdBand(level: i.level, method: method, lower: i.lower, upper: i.upper)]
      out.append(.verticalBand(from: lower, to: upper, label: compact ? "" : band))
      if compact {
        lineLabel = words[.thresholdLineWithInterval(eta: eta, level: i.level, lower: i.lower, upper: i.upper)]
      }
    }
    out.append(.verticalLine(x: t.eta, label: lineLabel, role: .threshold))
    if hinge {
      let flatX = (t.eta + xRange.upperBound) / 2
      out.append(.text(x: flatX, y: t.hingeLevel, label: words[.flatAtGuessing]))
      let steepX = (t.eta + xRange.lowerBound) / 2
      out.append(.text(x: steepX, y: t.hingeLevel + t.hingeSlope * (t.eta - steepX), label: slope(t, words: words)))
    }
    return out
  }

  /// The fitted hinge over the data's x range: steep below the threshold, flat above it.
  static func hinge(_ t: ThresholdMarks, xRange: ClosedRange<Double>, words: Words, style: Int) -> ChartSeries {
    let lo = min(xRange.lowerBound, t.eta)
    let hi = max(xRange.upperBound, t.eta)
    let points = [lo, t.eta, hi].map { ChartPoint(x: $0, y: t.hingeLevel + t.hingeSlope * max(t.eta - $0, 0)) }
    return ChartSeries(
      name: words[.fitSeries(model: "hinge", y: t.y)], points: points, mark: .line, style: style,
      kind: words[.fitKind(model: "hinge")])
  }

  /// The steep segment's label: "+9 points per 0.1 loss".
  static func slope(_ t: ThresholdMarks, words: Words) -> String {
    let points = LossbookNumberFormat(language: words.language).format(t.hingeSlope * slopeStep * 100, style: .fixed(0))
    return words[.slopePer01(points: points)]
  }

  /// The curve drawn instead of a threshold (a verdict other than emergent), as a series.
  static func bestCurve(_ curve: FittedCurve, words: Words, style: Int) -> ChartSeries {
    ChartSeries(
      name: words[.bestFitSeries(model: curve.model, y: curve.y)], points: curve.points, mark: .line, style: style,
      kind: words[.bestFitKind(model: curve.model)])
  }

  /// What the overlay shows, for the figure's description (small panels may lack room for the
  /// labels): "MMLU: threshold 2.19 (95% interval 2.17–2.22), flat at guessing at higher loss,
  /// +9 points per 0.1 loss below it"; for the other verdicts, that no threshold line is drawn,
  /// what the band means (inconclusive) and which curve is drawn instead (`bestDrawn`).
  static func describe(_ t: ThresholdMarks, words: Words, bestDrawn: Bool = false) -> String {
    let eta = LossbookNumberFormat(language: words.language).format(t.eta, style: .fixed(decimals(t)))
    let best = bestDrawn ? t.bestModel : nil
    switch t.verdict {
    case .smooth: return words[.describeSmooth(y: t.y, best: best)]
    case .inconclusive: return words[.describeInconclusive(y: t.y, interval: interval(t, words: words), best: best)]
    case .emergent:
      return words[
        .describeThreshold(y: t.y, eta: eta, interval: interval(t, words: words), slope: slope(t, words: words))]
    }
  }
}
