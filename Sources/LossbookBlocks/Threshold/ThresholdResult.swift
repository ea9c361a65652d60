import LossbookCore
import LossbookEngine
import LossbookStats

/// What a `threshold` block found: the stable `threshold` object of FORMAT.md section 5.
/// Its table is the bootstrap thresholds (`replicate`, `eta`), for a histogram or a rug.
struct ThresholdResult: BlockResult {
  let tableID: String
  let x: String
  let y: String
  let n: Int
  let settings: ThresholdSettings
  let fits: ThresholdFits
  /// The threshold's interval by `ci.method`, with its bootstrap.
  let interval: ThresholdEtaInterval
  let delta: DeltaMethodInterval?
  let segmented: SegmentedThreshold
  let sides: ThresholdSides?
  /// Points on each side of the hinge threshold (known even when a side is too small to summarise).
  let sideCounts: (below: Int, above: Int)
  let tests: ThresholdTestRuns
  /// The raw sup-F p-value the verdict reads (nil without bootstrap replicates).
  let verdictSupFP: Double?
  /// What the verdict is decided from, to decide it again on the adjusted p-value.
  let decision: ThresholdDecision
  let spearman: Double
  /// The verdict and its reasons (decided on the adjusted p-value once the notebook's tests
  /// have been adjusted together).
  var verdict: Verdict
  var reasons: [ThresholdReason]
  /// The p-values adjusted across the notebook's tests; nil until the adjustment.
  var adjustedP: ThresholdAdjustedP?
  /// Display names of the table's columns (a family's `labels:`), for the page only.
  var displayNames: [String: String] = [:]

  /// The sup-F p-value the verdict was decided on: the adjusted one once there is one.
  var decidingP: Double {
    if let a = adjustedP, a.verdictP.isFinite { return a.verdictP }
    return verdictSupFP ?? 1
  }

  /// What the rule the block did not use would say on the same evidence (issue 13: a report
  /// names its rule and the difference the other would make).
  var otherRuleVerdict: Verdict { decision.decide(p: decidingP, by: decision.otherRule).verdict }

  /// The hinge threshold.
  var eta: Double { fits.hinge.eta }
  /// The hinge's level above the threshold.
  var hingeLevel: Double { fits.hinge.r }
  /// The hinge's slope below the threshold, per unit of eta − x.
  var hingeSlope: Double { fits.hinge.k }

  var table: DataTable? {
    DataTable(columns: [
      DataColumn("replicate", numbers: interval.thresholds.indices.map { Double($0 + 1) }),
      DataColumn("eta", numbers: interval.thresholds),
    ])
  }

  var json: JSONValue {
    var etaMembers: [(String, JSONValue)] = [
      ("estimate", .num(eta)), ("se", .num(interval.standardError ?? delta?.standardError)),
      ("ci", interval.interval.map { .numbers([$0.lower, $0.upper]) } ?? .null),
      ("ci_method", .string(interval.method.rawValue)), ("replicates", .number(Double(interval.replicates))),
      ("resample", .string(settings.resampleRuns ? "runs" : "cases")), ("level", .num(settings.level)),
      ("failures", .number(Double(interval.failures))),
      ("bootstrap_ci", interval.bootstrap.interval.map { .numbers([$0.lower, $0.upper]) } ?? .null),
    ]
    if let profile = interval.profile {
      etaMembers.append(
        (
          "profile",
          .object([
            ("cutoff", .num(profile.cutoff)), ("cutoff_rss", .num(profile.cutoffRSS)),
            ("reaches_lower_end", .bool(profile.reachesLowerEnd)),
            ("reaches_upper_end", .bool(profile.reachesUpperEnd)),
          ])
        ))
    }
    if let delta {
      etaMembers.append(
        (
          "delta",
          .object([("se", .num(delta.standardError)), ("ci", .numbers([delta.interval.lower, delta.interval.upper]))])
        ))
    }
    let members: [(String, JSONValue)] = [
      ("table", .string(tableID)), ("x", .string(x)), ("y", .string(y)), ("n", .number(Double(n))),
      ("random", .num(settings.chance)),
      ("eta", .object(etaMembers)),
      (
        "hinge",
        .object([
          ("r", .num(hingeLevel)), ("k", .num(hingeSlope)), ("eta", .num(eta)), ("rss", .num(fits.hinge.rss)),
          ("on_boundary", .bool(fits.hinge.onBoundary)),
        ])
      ),
      (
        "segmented",
        .object([
          ("psi", .num(segmented.psi)), ("psi_se", .num(segmented.psiStandardError)),
          ("slope_left", .num(segmented.slopeLeft)), ("slope_right", .num(segmented.slopeRight)),
          ("intercept", .num(segmented.intercept)), ("rss", .num(segmented.rss)),
        ])
      ),
      ("above", sides.map { Self.side($0.above) } ?? .object([("n", .number(Double(sideCounts.above)))])),
      ("below", sides.map { Self.side($0.below) } ?? .object([("n", .number(Double(sideCounts.below)))])),
      ("min_side", .number(Double(settings.minSide))),
      ("tests", testsJSON),
      ("aic", .object(fits.criteria.map { ($0.name, .num($0.aic)) })),
      ("bic", .object(fits.criteria.map { ($0.name, .num($0.bic)) })),
      ("fit_failures", .object(fits.logisticFailure.map { [("logistic", $0.json)] } ?? [])),
      ("fit_status", fits.statusJSON),
      ("best", .string(fits.bestByBIC)),
      ("spearman", .num(spearman)),
      ("verdict", .string(verdict.rawValue)),
      ("verdict_rule", .string(decision.rule.rawValue)),
      (
        "other_rule",
        .object([
          ("rule", .string(decision.otherRule.rawValue)), ("verdict", .string(otherRuleVerdict.rawValue)),
        ])
      ),
      ("reasons", .array(reasons.map(\.json))),
      ("reason_codes", .array(reasons.map { .string($0.code.rawValue) })),
      (
        "adjustment",
        adjustedP.map { a in
          .object([
            ("method", .string(a.family.method.rawValue)), ("tests", .number(Double(a.family.tests))),
            ("blocks", .number(Double(a.family.blocks))), ("verdict_p", .num(a.verdictP)),
          ])
        } ?? .null
      ),
    ]
    return .object(members)
  }

  /// `{n, mean, mean_ci, slope, slope_ci}`.
  static func side(_ s: SideSummary) -> JSONValue {
    .object([
      ("n", .number(Double(s.n))), ("mean", .num(s.mean)),
      ("mean_ci", .numbers([s.meanInterval.lower, s.meanInterval.upper])),
      ("slope", .num(s.slope)), ("slope_ci", .numbers([s.slopeInterval.lower, s.slopeInterval.upper])),
    ])
  }

  /// The tests asked for, each absent when not asked for.
  var testsJSON: JSONValue {
    var out: [(String, JSONValue)] = []
    if let s = tests.supF {
      out.append(
        (
          "supf",
          .object([
            ("statistic", .num(s.statistic)), ("at", .num(s.at)), ("p", .num(s.p)),
            ("replicates", .number(Double(s.replicates))), ("exceedances", .number(Double(s.exceedances))),
            ("p_adjusted", .num(adjusted("supf"))),
          ])
        ))
    }
    if let d = tests.davies {
      out.append(
        (
          "davies",
          .object([
            ("p", .num(d.p)), ("p_adjusted", .num(adjusted("davies"))), ("k", .number(Double(d.k))),
            ("best", .num(d.best)),
          ])
        ))
    }
    if let c = tests.chow {
      out.append(
        (
          "chow",
          .object([
            ("at", .num(c.at)), ("f", .num(c.f)), ("p", .num(c.p)), ("p_adjusted", .num(adjusted("chow"))),
          ])
        ))
    }
    if let p = tests.pelt {
      out.append(
        (
          "pelt",
          .object([
            ("penalty", .num(p.result.penalty)), ("breakpoints", .numbers(p.result.breakpoints.map(Double.init))),
            ("rule", .string(p.rule)), ("min_size", .number(Double(settings.peltMinSize))),
            ("changes", .number(Double(p.changes))), ("onset", .num(p.onset)),
          ])
        ))
    }
    if let b = tests.binseg {
      out.append(
        (
          "binseg",
          .object([
            ("breaks", .number(Double(settings.binsegBreaks))),
            ("breakpoints", .numbers(b.breakpoints.map(Double.init))),
          ])
        ))
    }
    if let c = tests.cusum {
      out.append(
        (
          "cusum",
          .object([
            ("statistic", .num(c.statistic)), ("p", .num(c.p)), ("p_adjusted", .num(adjusted("cusum"))),
          ])
        ))
    }
    return .object(out)
  }

  /// The adjusted p-value of a test (nil, written null, when it has none).
  func adjusted(_ test: String) -> Double? { adjustedP?.byTest[test] }

  func render(_ context: RenderContext) -> BlockRendering {
    BlockRendering(html: ThresholdHTML.render(self, context: context))
  }
}
