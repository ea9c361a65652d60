import LossbookEngine
import LossbookStats
import LossbookSyntax
import LossbookWords

/// The settings of a `threshold` block with every default applied and every value checked:
/// what the spec's fields mean, as numbers.
struct ThresholdSettings: Sendable {
  /// The tests to report, in FORMAT.md order.
  var tests: Set<ThresholdSpec.Test>
  var chance: Double?
  var chanceSlack: Double
  var supFReplicates: Int
  var ciReplicates: Int
  var level: Double
  /// How the threshold's interval is made (`ci.method`).
  var intervalMethod: ThresholdEtaInterval.Method
  var resampleRuns: Bool
  var runsColumn: Located<String>
  var candidates: ThresholdCandidates
  var minSide: Int
  var rules: VerdictRules
  var daviesK: Int
  var chowAt: Double?
  var peltPenalty: PeltPenalty
  var peltMinSize: Int
  var binsegBreaks: Int
  var binsegMinSize: Int

  /// Reads and checks the spec's fields.
  init(_ spec: ThresholdSpec, context: ExecutionContext) throws(BlockFailure) {
    typealias D = ThresholdSpec.Defaults
    func number(_ n: SpecNumber?, _ name: String, default value: Double, valid: (Double) -> Bool, rule: NumberRule)
      throws(BlockFailure) -> Double
    {
      guard let n else { return value }
      let v = try context.number(n)
      guard v.isFinite, valid(v) else {
        throw BlockFailure(ThresholdDiagnostics.badOption, .threshold(.mustBe(option: name, rule: rule)), at: n.range)
      }
      return v
    }
    let replicateLimit = try number(
      spec.limits?.replicates, "limits.replicates", default: ThresholdLimits.defaultReplicates,
      valid: { $0 >= 1 }, rule: .atLeast(1))
    try ThresholdLimits.replicatesCeiling.check(replicateLimit, at: spec.limits?.replicates?.range)
    /// A whole number of at least `low`, within its fixed `limit`.
    func whole(
      _ n: SpecNumber?, _ name: String, default value: Int, atLeast low: Int, limit: SpecLimit
    ) throws(BlockFailure) -> Int {
      let v = try number(
        n, name, default: Double(value), valid: { $0 == $0.rounded() && $0 >= Double(low) },
        rule: .wholeAtLeast(low))
      try limit.check(v, at: n?.range)
      return Int(v)
    }
    /// A replicate count, within the block's documented limit.
    func replicates(_ n: SpecNumber?, _ name: String, default value: Int, atLeast low: Int) throws(BlockFailure) -> Int
    {
      let v = try number(
        n, name, default: Double(value), valid: { $0 == $0.rounded() && $0 >= Double(low) },
        rule: .wholeAtLeast(low))
      if v > replicateLimit, let n {
        let (message, help) = ThresholdLimits.tooManyReplicates(name, asked: v, limit: replicateLimit)
        throw BlockFailure(ThresholdDiagnostics.tooManyReplicates, message, at: n.range, help: help)
      }
      return Int(v)
    }
    let asked = spec.tests.map { Set($0.map(\.value.value)) }
    var tests = asked ?? Set(ThresholdSpec.Defaults.tests)
    chowAt = try spec.chow?.at.map { (n) throws(BlockFailure) -> Double in
      try number(n, "chow.at", default: 0, valid: { _ in true }, rule: .number)
    }
    if asked == nil, chowAt != nil { tests.insert(.chow) }
    if tests.contains(.chow), chowAt == nil {
      let at = spec.tests?.first { $0.value.value == .chow }?.range ?? context.blockRange
      throw BlockFailure(
        ThresholdDiagnostics.chowWithoutThreshold, .threshold(.chowWithoutThreshold), at: at,
        help: .threshold(.chowWithoutThresholdHelp))
    }
    self.tests = tests
    chance = try spec.random.map { (n) throws(BlockFailure) -> Double in
      try number(n, "random", default: 0, valid: { _ in true }, rule: .number)
    }
    chanceSlack = try number(
      spec.chance_slack, "chance_slack", default: D.chanceSlack, valid: { $0 >= 0 }, rule: .zeroOrMore)
    supFReplicates = try replicates(spec.bootstrap, "bootstrap", default: D.bootstrap, atLeast: 0)
    ciReplicates = try replicates(
      spec.ci?.replicates, "ci.replicates", default: D.intervalReplicates, atLeast: 1)
    level = try number(
      spec.ci?.level, "ci.level", default: D.level, valid: { $0 > 0 && $0 < 1 },
      rule: .between0And1)
    intervalMethod = spec.ci?.method?.value ?? D.intervalMethod
    resampleRuns = (spec.ci?.resample?.value.value ?? D.resample) == .runs
    runsColumn = spec.runs ?? Located(D.runsColumn, at: spec.ci?.resample?.range ?? context.blockRange)
    minSide = try whole(spec.min_side, "min_side", default: D.minSide, atLeast: 1, limit: ThresholdLimits.minSide)
    if let c = spec.candidates {
      let from = try number(
        c.from, "candidates.from", default: D.candidatesFrom, valid: { (0...1).contains($0) },
        rule: .quantile)
      let to = try number(
        c.to, "candidates.to", default: D.candidatesTo, valid: { (0...1).contains($0) },
        rule: .quantile)
      guard from <= to else {
        throw BlockFailure(
          ThresholdDiagnostics.badOption, .threshold(.candidatesOrder(from: "\(from)", to: "\(to)")), at: c.range)
      }
      if let g = c.grid {
        let count = try whole(g, "candidates.grid", default: 100, atLeast: 1, limit: ThresholdLimits.candidateGrid)
        candidates = .grid(count: count, from: from, to: to)
      } else {
        candidates = .gaps(from: from, to: to)
      }
    } else {
      candidates = .gaps(from: D.candidatesFrom, to: D.candidatesTo)
    }
    rules = VerdictRules(
      alpha: try number(
        spec.alpha, "alpha", default: D.alpha, valid: { $0 > 0 && $0 < 1 }, rule: .between0And1),
      greyZoneFactor: try number(
        spec.grey_zone, "grey_zone", default: D.greyZone, valid: { $0 >= 1 }, rule: .oneOrMore),
      chanceTolerance: try number(
        spec.chance_tolerance, "chance_tolerance", default: D.chanceTolerance, valid: { $0 >= 0 },
        rule: .zeroOrMore),
      bicMargin: try number(
        spec.bic_margin, "bic_margin", default: D.bicMargin, valid: { $0 >= 0 }, rule: .zeroOrMore),
      minSide: minSide)
    daviesK = try whole(spec.davies?.k, "davies.k", default: D.daviesK, atLeast: 2, limit: ThresholdLimits.daviesPoints)
    let multiplier = try number(
      spec.pelt?.multiplier, "pelt.multiplier", default: D.peltMultiplier, valid: { $0 > 0 }, rule: .above0)
    switch spec.pelt?.penalty ?? .rule(D.peltPenalty) {
    case .fixed(let n):
      peltPenalty = .fixed(try number(n, "pelt.penalty", default: 0, valid: { $0 > 0 }, rule: .above0))
    case .rule(.meanSquare):
      peltPenalty = .meanSquaredDifferences(multiplier: multiplier)
    case .rule(.mad):
      peltPenalty = .madOfDifferences(multiplier: multiplier)
    }
    peltMinSize = try whole(
      spec.pelt?.min_size, "pelt.min_size", default: D.peltMinSize, atLeast: 1, limit: ThresholdLimits.peltMinSize)
    binsegBreaks = try whole(
      spec.binseg?.breaks, "binseg.breaks", default: D.binsegBreaks, atLeast: 1, limit: ThresholdLimits.breaks)
    binsegMinSize = try whole(
      spec.binseg?.min_size, "binseg.min_size", default: D.binsegMinSize, atLeast: 1,
      limit: ThresholdLimits.binsegMinSize)
  }
}
