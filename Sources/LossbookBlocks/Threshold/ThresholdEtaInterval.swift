import LossbookStats

/// The threshold's interval a `threshold` block reports (`ci.method`), with the bootstrap it
/// rests on, whose replicate thresholds are the block's table.
///
/// The default, `bootstrap-profile`, is the profile-likelihood interval with its cut-off
/// calibrated by the case bootstrap (never below the chi-square one): in the coverage study of
/// `ThresholdIntervalCoverageTests` it is the method that reaches 93% on every emergent W1
/// shape, where the percentile bootstrap falls short, the chi-square profile interval misses
/// the floor-at-0 task badly and resampling W1's six runs is worse than resampling cases.
struct ThresholdEtaInterval: Sendable {
  /// How the interval is made (`ci.method`).
  enum Method: String, CaseIterable, Sendable {
    case bootstrapProfile = "bootstrap-profile"
    case profile
    case bootstrap
  }

  var method: Method
  /// The reported interval; nil when it cannot be made (fewer than 2 usable replicates).
  var interval: Interval?
  /// The profile interval behind it (the profile methods only).
  var profile: ProfileThresholdInterval?
  /// The bootstrap (its thresholds are the block's table; its percentile interval is the
  /// `bootstrap` method's interval).
  var bootstrap: ThresholdBootstrap.Result

  /// The bootstrap's replicate thresholds.
  var thresholds: [Double] { bootstrap.thresholds }
  /// Bootstrap replicates asked for.
  var replicates: Int { bootstrap.replicates }
  /// Bootstrap replicates without an allowed threshold.
  var failures: Int { bootstrap.failures }
  /// The standard deviation of the bootstrap thresholds.
  var standardError: Double? { bootstrap.standardError }

  /// The interval of `method` on (x, y), from `bootstrap` where the method needs it.
  static func make(
    _ method: Method, x: [Double], y: [Double], level: Double, minSide: Int, bootstrap: ThresholdBootstrap.Result
  ) throws(ThresholdError) -> ThresholdEtaInterval {
    switch method {
    case .bootstrap:
      return ThresholdEtaInterval(method: method, interval: bootstrap.interval, profile: nil, bootstrap: bootstrap)
    case .profile:
      let p = try ProfileThresholdInterval.compute(x: x, y: y, level: level, minSide: minSide)
      return ThresholdEtaInterval(method: method, interval: p.interval, profile: p, bootstrap: bootstrap)
    case .bootstrapProfile:
      let p = try ProfileThresholdInterval.bootstrapCalibrated(
        x: x, y: y, level: level, minSide: minSide, bootstrap: bootstrap)
      return ThresholdEtaInterval(method: method, interval: p?.interval, profile: p, bootstrap: bootstrap)
    }
  }
}
