import LossbookCore
import LossbookEngine
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

  /// The verdict and its reasons, decided on the sup-F p-value `p`.
  func decide(p: Double) -> (verdict: Verdict, reasons: [ThresholdReason]) { decide(p: p, by: rule) }

  /// The rule the block did not use: W1's for the default, the default for W1's.
  var otherRule: ThresholdSpec.Rule { rule == .w1 ? .stats : .w1 }

  /// The verdict and its reasons by `rule`, decided on the sup-F p-value `p`.
  func decide(p: Double, by rule: ThresholdSpec.Rule) -> (verdict: Verdict, reasons: [ThresholdReason]) {
    if rule == .w1 { return ThresholdW1Rule.decide(p: p, alpha: rules.alpha, fits: fits) }
    var e = evidence
    e.supFP = p
    let o = rules.decide(e)
    return (o.verdict, o.reasons.map { .rule($0) })
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
    let decided = decision.decide(p: p)
    copy.verdict = decided.verdict
    copy.reasons = decided.reasons
    return copy
  }
}
