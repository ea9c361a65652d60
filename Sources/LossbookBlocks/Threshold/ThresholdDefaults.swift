import LossbookStats

extension ThresholdSpec {
  /// The defaults of a `threshold` block's fields: applied by `ThresholdSettings` and shown by
  /// `lossbook kinds threshold` from the same constants.
  enum Defaults {
    /// The tests reported when `tests:` is absent (chow joins them when `chow.at` is given).
    static let tests: [Test] = [.supf, .davies, .pelt, .binseg, .cusum]
    /// Replicates of the sup-F bootstrap (STATS.md section 4).
    static let bootstrap = 1000
    static let intervalMethod = ThresholdEtaInterval.Method.bootstrapProfile
    /// Replicates of the threshold's interval (STATS.md section 4).
    static let intervalReplicates = 500
    /// The coverage of every interval.
    static let level = 0.95
    static let resample = ThresholdIntervalSpec.Resample.cases
    static let runsColumn = "run"
    static let candidatesFrom = 0.10
    static let candidatesTo = 0.90
    static let minSide = VerdictRules().minSide
    static let alpha = VerdictRules().alpha
    static let daviesK = 10
    static let peltPenalty = PeltPenaltySpec.Rule.mad
    /// The multiplier β of β σ² ln n (STATS.md section 4).
    static let peltMultiplier = 2.0
    static let peltMinSize = 3
    static let binsegBreaks = 1
    static let binsegMinSize = 3
    static let chanceTolerance = VerdictRules().chanceTolerance
    static let chanceSlack = 1.0
    static let bicMargin = VerdictRules().bicMargin
    static let verdictRule = Rule.stats
    static let greyZone = VerdictRules().greyZoneFactor
  }
}
