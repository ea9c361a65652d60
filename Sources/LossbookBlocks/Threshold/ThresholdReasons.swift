import LossbookEngine
import LossbookRender
import LossbookStats

/// The verdict's structured reasons (``VerdictReason``) as plain sentences, in English or
/// Japanese: a pure function of the numbers, so the same result gives the same words.
enum ThresholdReasons {
  /// One sentence per reason, in order; `adjustment` names the method that adjusted the
  /// sup-F p-value across the notebook's tests, so the sentences say "Holm-adjusted p".
  static func sentences(
    _ reasons: [VerdictReason], language: ReportLanguage, adjustment: PValueAdjustment? = nil
  ) -> [String] {
    let f = LossbookNumberFormat(language: language)
    return reasons.map { sentence($0, f: f, ja: language == .ja, adjustment: adjustment) }
  }

  /// The p-value as the reasons print it: `p < 0.001`, or `Holm-adjusted p = 0.024`.
  static func pText(_ p: Double, f: LossbookNumberFormat, ja: Bool, adjustment: PValueAdjustment?) -> String {
    guard let adjustment, adjustment != .none else { return f.pValueText(p) }
    return ja
      ? "\(adjustment.displayName)法で補正した\(f.pValueText(p))" : "\(adjustment.displayName)-adjusted \(f.pValueText(p))"
  }

  /// Three decimals, as the report's tables print thresholds and slopes.
  private static func d3(_ x: Double, _ f: LossbookNumberFormat) -> String { f.format(x, style: .fixed(3)) }

  /// `[a, b]`, kept in both languages so that it stays machine-checkable.
  private static func range(_ i: Interval, _ f: LossbookNumberFormat) -> String {
    "[\(d3(i.lower, f)), \(d3(i.upper, f))]"
  }

  static func sentence(
    _ reason: VerdictReason, f: LossbookNumberFormat, ja: Bool, adjustment: PValueAdjustment? = nil
  ) -> String {
    let pText = { (p: Double) in Self.pText(p, f: f, ja: ja, adjustment: adjustment) }
    switch reason {
    case .noChanceLevel:
      return ja
        ? "ランダム推測レベル（random）が指定されていないため、「ランダム推測レベルのまま」かどうかを判断できません。"
        : "No chance level (random) was given, so whether the score sits at guessing level cannot be judged."
    case .tooFewPointsOnSide(let side, let count, let needed):
      let where_ =
        side == .below ? (ja ? "閾値より損失の低い側" : "below the threshold") : (ja ? "閾値より損失の高い側" : "above the threshold")
      return ja
        ? "\(where_)の点が\(count)個しかなく、判断には少なくとも\(needed)個が必要です。"
        : "Only \(count) points lie \(where_); at least \(needed) are needed to judge it."
    case .thresholdDetected(let p, let alpha):
      return ja
        ? "sup-F検定は直線を棄却しました（\(pText(p))、有意水準\(f.format(alpha, style: .automatic))）。"
        : "The sup-F test rejects a straight line (\(pText(p)), alpha = \(f.format(alpha, style: .automatic)))."
    case .noThresholdDetected(let p, let alpha):
      return ja
        ? "sup-F検定では閾値が検出されませんでした（\(pText(p))、有意水準\(f.format(alpha, style: .automatic))）。"
        : "The sup-F test detects no threshold (\(pText(p)), alpha = \(f.format(alpha, style: .automatic)))."
    case .pValueInGreyZone(let p, let alpha, let upper):
      return ja
        ? "sup-F検定のp値（\(pText(p))）は\(f.format(alpha, style: .automatic))と\(f.format(upper, style: .automatic))の間で、どちらとも言えません。"
        : "The sup-F p-value (\(pText(p))) lies between \(f.format(alpha, style: .automatic)) and \(f.format(upper, style: .automatic)): the evidence is borderline."
    case .linePreferred(let linear, let hinge):
      return ja
        ? "直線のBIC（\(f.format(linear, style: .fixed(1)))）が折れ線のBIC（\(f.format(hinge, style: .fixed(1)))）以下で、直線で十分です。"
        : "The line's BIC (\(f.format(linear, style: .fixed(1)))) is no worse than the hinge's (\(f.format(hinge, style: .fixed(1)))): one line describes the data."
    case .bicSplit(let hinge, let logistic, let margin):
      return ja
        ? "折れ線とS字曲線のBIC（\(f.format(hinge, style: .fixed(1)))と\(f.format(logistic, style: .fixed(1)))）の差が\(f.format(margin, style: .automatic))未満で、どちらの形とも決められません。"
        : "The hinge and the logistic curve fit about equally well (BIC \(f.format(hinge, style: .fixed(1))) and \(f.format(logistic, style: .fixed(1))), less than \(f.format(margin, style: .automatic)) apart)."
    case .thresholdOnBoundary(let threshold):
      return ja
        ? "最良の閾値（\(d3(threshold, f))）は許される範囲の端にあり、平らな区間は見つかりません。"
        : "The best threshold (\(d3(threshold, f))) is at the end of its allowed range: no flat stretch is located."
    case .highLossSideAtChance(let mean, let interval, let chance, _):
      return ja
        ? "閾値より損失の高い側の平均\(d3(mean, f)) \(range(interval, f))は、ランダム推測レベルの\(f.format(chance, style: .automatic))と区別できません。"
        : "Above the threshold the mean score \(d3(mean, f)) \(range(interval, f)) is at guessing level (\(f.format(chance, style: .automatic)))."
    case .highLossSideOffChance(let mean, let interval, let chance, _):
      return ja
        ? "閾値より損失の高い側でも平均\(d3(mean, f)) \(range(interval, f))で、ランダム推測レベルの\(f.format(chance, style: .automatic))とは異なります。最初からランダム推測レベルではありません。"
        : "Above the threshold the mean score \(d3(mean, f)) \(range(interval, f)) is already off guessing level (\(f.format(chance, style: .automatic))): the ability does not start from chance."
    case .highLossSideFlat(let slope, let interval):
      return ja
        ? "閾値より損失の高い側の傾き\(d3(slope, f)) \(range(interval, f))は0を含み、平らです。"
        : "Above the threshold the score is flat: slope \(d3(slope, f)) \(range(interval, f)) includes 0."
    case .highLossSideSloped(let slope, let interval):
      return ja
        ? "閾値より損失の高い側でも傾き\(d3(slope, f)) \(range(interval, f))は0を含まず、スコアは変化し続けています。"
        : "Above the threshold the score still changes: slope \(d3(slope, f)) \(range(interval, f)) excludes 0."
    case .lowLossSideImproves(let slope, let interval):
      return ja
        ? "閾値より損失の低い側では、損失が下がるほどスコアが上がります（傾き\(d3(slope, f)) \(range(interval, f))）。"
        : "Below the threshold the score improves as the loss falls: slope \(d3(slope, f)) \(range(interval, f))."
    case .lowLossSideDoesNotImprove(let slope, let interval):
      return ja
        ? "閾値より損失の低い側で、スコアが上がるとは言えません（傾き\(d3(slope, f)) \(range(interval, f))）。"
        : "Below the threshold the score does not clearly improve: slope \(d3(slope, f)) \(range(interval, f))."
    }
  }
}
