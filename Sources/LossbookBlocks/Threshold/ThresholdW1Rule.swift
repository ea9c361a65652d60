import LossbookEngine
import LossbookStats

/// The verdict rule of WORKLOAD-W1.md section 5, chosen with `verdict_rule: w1`: "emergent"
/// when the sup-F p-value is below alpha and the hinge has the smallest BIC of the three
/// fits, otherwise "smooth". It reads neither the chance level nor the slopes on each side,
/// so it is simpler (and weaker) than the rule of STATS.md section 5, the default.
enum ThresholdW1Rule {
  /// The verdict and its reasons: the test's, then which fit has the smallest BIC.
  static func decide(p: Double, alpha: Double, fits: ThresholdFits) -> (verdict: Verdict, reasons: [ThresholdReason]) {
    let detected = p < alpha
    let test: VerdictReason =
      detected ? .thresholdDetected(p: p, alpha: alpha) : .noThresholdDetected(p: p, alpha: alpha)
    let best = fits.bestByBIC
    let reasons: [ThresholdReason] = [
      .rule(test), .bestByBIC(best: best, models: fits.criteria.map(\.name), bics: fits.criteria.map(\.bic)),
    ]
    return (detected && best == "hinge" ? .emergent : .smooth, reasons)
  }
}
