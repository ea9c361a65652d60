import Foundation
import LossbookSimulation
import LossbookStats

/// What one replicate of a sweep found: the test's p-value, the verdict, and the threshold
/// with its interval (STATS.md section 8). A replicate whose analysis failed (data with no
/// allowed threshold, a constant score) has `failed` set and counts as no rejection.
struct SweepDraw: Sendable, Equatable {
  /// The p-value of the first test in `analysis.tests` (NaN when it failed).
  var p: Double
  /// The verdict (nil when the analysis failed).
  var verdict: Verdict?
  /// The hinge threshold with the least RSS.
  var eta: Double
  /// The profile-likelihood interval of the threshold (NaN ends when it could not be made).
  var lower: Double
  var upper: Double

  /// A replicate whose analysis failed.
  static let failed = SweepDraw(p: .nan, verdict: nil, eta: .nan, lower: .nan, upper: .nan)

  var isFailed: Bool { verdict == nil }
}

/// The threshold analysis a sweep runs on every replicate: a `threshold` block's sup-F (or
/// Davies, or OLS-CUSUM) test, its verdict by the rules of STATS.md section 5 (the line, the
/// logistic curve and the profiled hinge by BIC, the two sides at the hinge's threshold) and
/// the threshold's profile-likelihood interval (the chi-square cut-off: the bootstrap
/// calibration would multiply the cost by its replicates).
struct SweepAnalysis: Sendable {
  /// The tests asked for; the first decides a rejection.
  var tests: [ThresholdSpec.Test]
  /// sup-F's bootstrap replicates.
  var bootstrap: Int
  var alpha: Double
  var level: Double
  var minSide: Int
  /// Whether the verdict compares the logistic curve too (`analysis.logistic`); without it the
  /// verdict's BIC split between hinge and logistic is never found, and a replicate costs a
  /// fraction (the logistic fit is most of its time).
  var compareLogistic: Bool = false

  /// The level a test that rejects at p < alpha really has under the null: with sup-F's
  /// bootstrap p-value (1 + e) / (B + 1) it rejects when e + 1 < alpha (B + 1), so its size is
  /// (⌈alpha (B + 1)⌉ − 1) / (B + 1) (0.045 for alpha 0.05 and B = 199); the others, alpha.
  var nominalLevel: Double {
    guard (tests.first ?? .supf) == .supf else { return alpha }
    let b = Double(bootstrap + 1)
    return ((alpha * b).rounded(.up) - 1) / b
  }

  /// Analyses (x, y): sup-F's bootstrap draws from `streams` (the replicate's own key).
  func run(x: [Double], y: [Double], chance: Double?, streams: ReplicateStreams, solver: NonlinearLeastSquares)
    -> SweepDraw
  {
    do {
      let supF = try SupFTest(
        options: .init(candidates: .standard, minSide: minSide, replicates: bootstrap, threads: 1)
      ).run(x: x, y: y, streams: streams)
      let supFP = supF.p ?? 1
      var p = supFP
      switch tests.first ?? .supf {
      case .davies: p = try DaviesTest().run(x: x, y: y).p
      case .cusum: p = try OLSCusumTest().run(x: x, y: y).p
      default: break
      }
      var options = FitOptions()
      options.minSide = minSide
      let linear = try BuiltinModel.linear.fit(x: x, y: y, weights: nil, options: options, solver: solver)
      var logisticBIC: Double? = nil
      if compareLogistic,
        let logistic = try? BuiltinModel.logistic.fit(x: x, y: y, weights: nil, options: options, solver: solver),
        logistic.status.isEligible
      {
        logisticBIC = logistic.bic
      }
      let profile = try ProfileThresholdInterval.compute(x: x, y: y, level: level, minSide: minSide)
      let hinge = try HingeProfile(x: x, y: y, minSide: minSide).minimum()
      let n = Double(x.count)
      let hingeBIC = n * log(hinge.rss / n) + 3 * log(n)
      let evidence = try ThresholdEvidence.gather(
        x: x, y: y, chance: chance, supFP: supFP, bicLinear: linear.bic, bicLogistic: logisticBIC,
        bicHinge: hingeBIC, level: level, minSide: minSide)
      let verdict = VerdictRules(alpha: alpha, minSide: minSide).decide(evidence).verdict
      return SweepDraw(
        p: p, verdict: verdict, eta: profile.estimate, lower: profile.interval.lower, upper: profile.interval.upper)
    } catch {
      return .failed
    }
  }
}
