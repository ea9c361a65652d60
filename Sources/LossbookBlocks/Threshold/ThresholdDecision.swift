import LossbookEngine
import LossbookRender
import LossbookStats

/// Everything a `threshold` block's verdict is decided from except the sup-F p-value, so that
/// the verdict can be decided again on the p-value adjusted across the notebook's tests.
struct ThresholdDecision: Sendable {
  /// The verdict's rule (`verdict_rule`).
  var rule: ThresholdSpec.Rule
  /// The evidence, with the raw sup-F p-value.
  var evidence: ThresholdEvidence
  var rules: VerdictRules
  var fits: ThresholdFits
  var language: ReportLanguage

  /// The verdict, its reasons in words and their stable codes (which `explain` words in its
  /// own catalogue), decided on the sup-F p-value `p`; `adjustment` names the method that
  /// adjusted it, for the reasons' words (nil for the raw p-value).
  func decide(p: Double, adjustment: PValueAdjustment?) -> (verdict: Verdict, reasons: [String], codes: [String]) {
    if rule == .w1 {
      return ThresholdW1Rule.decide(p: p, alpha: rules.alpha, fits: fits, language: language, adjustment: adjustment)
    }
    var e = evidence
    e.supFP = p
    let o = rules.decide(e)
    return (
      o.verdict, ThresholdReasons.sentences(o.reasons, language: language, adjustment: adjustment),
      o.reasons.map { ExplainReasonCode($0).rawValue }
    )
  }
}

/// The p-values of a `threshold` block after the adjustment across the notebook's tests.
struct ThresholdAdjustedP: Sendable {
  /// The adjusted p-value of each test, by the test's name in the results file.
  var byTest: [String: Double]
  /// The adjusted p-value the verdict was decided on (sup-F's).
  var verdictP: Double
  /// How many tests were adjusted together, and how.
  var family: TestFamily
}

extension ThresholdResult: TestFamilyResult {
  /// The test names of `familyPValues`, in order: sup-F (the verdict's, even when it is not
  /// listed in `tests`), then Davies, Chow and OLS-CUSUM; PELT and binary segmentation have
  /// no p-value.
  static let familyTests = ["supf", "davies", "chow", "cusum"]

  var familyPValues: [Double] {
    [verdictSupFP ?? .nan, tests.davies?.p ?? .nan, tests.chow?.p ?? .nan, tests.cusum?.p ?? .nan]
  }

  func adjusting(_ adjusted: [Double], family: TestFamily) -> any BlockResult {
    var byTest: [String: Double] = [:]
    for (name, p) in zip(Self.familyTests, adjusted) where p.isFinite { byTest[name] = p }
    var copy = self
    guard let p = byTest["supf"] else {
      copy.adjustedP = ThresholdAdjustedP(byTest: byTest, verdictP: .nan, family: family)
      return copy
    }
    copy.adjustedP = ThresholdAdjustedP(byTest: byTest, verdictP: p, family: family)
    let decided = decision.decide(p: p, adjustment: family.method == .none ? nil : family.method)
    copy.verdict = decided.verdict
    copy.reasons = decided.reasons
    copy.reasonCodes = decided.codes
    return copy
  }
}
