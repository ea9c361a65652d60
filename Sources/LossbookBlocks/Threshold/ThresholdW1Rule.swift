import LossbookEngine
import LossbookRender
import LossbookStats

/// The verdict rule of WORKLOAD-W1.md section 5, chosen with `verdict_rule: w1`: "emergent"
/// when the sup-F p-value is below alpha and the hinge has the smallest BIC of the three
/// fits, otherwise "smooth". It reads neither the chance level nor the slopes on each side,
/// so it is simpler (and weaker) than the rule of STATS.md section 5, the default.
enum ThresholdW1Rule {
  /// The verdict, its reasons in `language` and their codes (the test's, then `best_by_bic`);
  /// `adjustment` names the method that adjusted `p`, if any.
  static func decide(
    p: Double, alpha: Double, fits: ThresholdFits, language: ReportLanguage, adjustment: PValueAdjustment? = nil
  ) -> (verdict: Verdict, reasons: [String], codes: [String]) {
    let detected = p < alpha
    let test: VerdictReason =
      detected ? .thresholdDetected(p: p, alpha: alpha) : .noThresholdDetected(p: p, alpha: alpha)
    let best = fits.bestByBIC
    let f = LossbookNumberFormat(language: language)
    let ja = language == .ja
    let words = ReportWords(language)
    let bics = fits.criteria.map { "\(words.fitName($0.name)) \(f.format($0.bic, style: .fixed(1)))" }
      .joined(separator: ja ? "、" : ", ")
    let bic =
      ja
      ? "BICが最小のモデルは\(words.fitName(best))です（\(bics)）。"
      : "The \(best) fit has the smallest BIC (\(bics))."
    let reasons = ThresholdReasons.sentences([test], language: language, adjustment: adjustment) + [bic]
    let codes = [ExplainReasonCode(test).rawValue, ExplainReasonCode.bestByBIC.rawValue]
    return (detected && best == "hinge" ? .emergent : .smooth, reasons, codes)
  }
}
