/// The words of a `plot`: default titles, axis titles, legend entries, the labels of a
/// threshold's marks and the generated description (alt text). Numbers arrive formatted.
public enum PlotMessage: Sendable, Hashable {
  /// A plot's default title: "MMLU against loss".
  case title(y: String, x: String)
  /// A loss axis drawn with low loss on the right: "pre-training loss (lower is better →)".
  case lossAxis
  /// The chance line's label: "guessing (25%)".
  case chance(String)
  /// A fitted curve's series: "hinge fit (MMLU)".
  case fitSeries(model: String, y: String)
  /// A fitted curve's series when two fits in one figure draw the same model of the same
  /// column: "exp-decay fit (err17, block fit_err6)".
  case fitSeriesOfBlock(model: String, y: String, block: String)
  /// The curve a threshold block draws when its verdict is not emergent: "logistic fit, best
  /// by BIC (HellaSwag)".
  case bestFitSeries(model: String, y: String)
  /// Its kind, in a faceted legend: "logistic fit (best by BIC)".
  case bestFitKind(model: String)
  /// The kind of a fitted curve, in a faceted legend: "logistic fit".
  case fitKind(model: String)
  /// In a faceted legend: the data of every panel.
  case dataKind
  /// The description of a scatter plot: what is plotted, the chance line, the fitted curves
  /// (their series names) and each threshold's own description.
  case scatterDescription(
    y: String, x: String, points: Int, groups: Int, chance: String?, curves: [String], thresholds: [String])
  /// A histogram's default title: "Distribution of eta".
  case histogramTitle(x: String)
  /// A histogram's description; `tallest` is nil when every value is the same (one bar).
  case histogramDescription(
    x: String, values: Int, lower: String, upper: String, bins: Int, tallest: TallestBin?, nonFinite: Int,
    marked: [String])
  /// "threshold 2.19".
  case thresholdLine(eta: String)
  /// "threshold 2.19 (95% interval 2.17–2.22)", in facets where the band is unlabelled.
  case thresholdLineWithInterval(eta: String, level: String, lower: String, upper: String)
  /// The interval's band: "95% interval (profile likelihood) 2.17–2.22: where the threshold
  /// probably is".
  case thresholdBand(level: String, method: String, lower: String, upper: String)
  /// Above an emergent threshold: the hinge's flat part.
  case flatAtGuessing
  /// Below it: "+9 points per 0.1 loss".
  case slopePer01(points: String)
  /// An inconclusive verdict's band, drawn without a threshold line: "95% interval (profile
  /// likelihood) 2.79–4.60: where a threshold might be (inconclusive)".
  case thresholdBandTentative(level: String, method: String, lower: String, upper: String)
  /// A smooth verdict in the description: "HellaSwag: no threshold (smooth); the line drawn is
  /// the logistic fit, the smallest BIC of linear, logistic and hinge". `best` is nil when no
  /// curve is drawn (a plot whose y is not the score).
  case describeSmooth(y: String, best: String?)
  /// An inconclusive verdict in the description: no threshold line; the band, when there is
  /// one, as where a threshold might be; the best model's curve.
  case describeInconclusive(y: String, interval: IntervalWords?, best: String?)
  /// "MMLU: threshold 2.19 (95% interval 2.17–2.22, profile likelihood), flat at guessing at
  /// higher loss, +9 points per 0.1 loss below it".
  case describeThreshold(y: String, eta: String, interval: IntervalWords?, slope: String?)
  // A faceted legend's entries for what repeats in every panel.
  case keyThreshold
  /// "95% interval (profile likelihood): where the threshold probably is"; the level and the
  /// method when every threshold shares one.
  case keyBand(level: String?, method: String?)
}

/// The tallest bin of a histogram, in words.
public struct TallestBin: Sendable, Hashable {
  public var lower: String
  public var upper: String
  public var count: Int
  public init(lower: String, upper: String, count: Int) {
    self.lower = lower
    self.upper = upper
    self.count = count
  }
}

/// An interval in words: its level, ends and how it was made.
public struct IntervalWords: Sendable, Hashable {
  public var level: String
  public var lower: String
  public var upper: String
  public var method: String
  public init(level: String, lower: String, upper: String, method: String) {
    self.level = level
    self.lower = lower
    self.upper = upper
    self.method = method
  }
}
