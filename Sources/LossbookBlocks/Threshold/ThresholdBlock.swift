import LossbookCore
import LossbookEngine
import LossbookStats
import LossbookSyntax
import LossbookWords

/// The `threshold` kind: the threshold of a score in the loss, its interval, the tests of
/// STATS.md section 4 and the verdict of section 5 with its reasons in words.
enum ThresholdBlock {
  static let kind = SpecKind(
    "threshold", spec: ThresholdSpec.self, fields: ThresholdSpec.fields)

  static func run(_ spec: ThresholdSpec, context: ExecutionContext) throws(BlockFailure) -> ThresholdResult {
    let settings = try ThresholdSettings(spec, context: context)
    let table = try context.table(spec.table)
    let x = try TableColumns.numbers(table, spec.x)
    let y = try TableColumns.numbers(table, spec.y)
    let places = ThresholdDiagnostics.Places(
      block: context.blockRange, y: spec.y.range, x: spec.x.range, random: spec.random?.range,
      minSide: spec.min_side?.range, candidates: spec.candidates?.range)
    let check = ThresholdGuard(places: places)
    let sample = try check.run(.data) { () throws(ThresholdError) -> ThresholdSample in
      let s = try ThresholdSample(x: x, y: y)
      try s.require(points: 2 * settings.minSide, distinctX: 4)
      return s
    }
    if let chance = settings.chance {
      try check.run(.random) { () throws(ThresholdError) -> Void in
        try ThresholdInputChecks.checkChanceLevel(chance, y: y, slackInSpans: settings.chanceSlack)
      }
    }
    let groups = settings.resampleRuns ? try runLabels(table, settings.runsColumn) : nil
    let streams = { (name: String) in ReplicateStreams(seed: UInt64(context.seed), block: context.blockID, stream: name)
    }

    let fits = try ThresholdFits.fit(x: x, y: y, minSide: settings.minSide, places: places)
    let supF = try check.run(.supF) { () throws(ThresholdError) -> SupFTest.Result in
      try SupFTest(
        options: .init(
          candidates: settings.candidates, minSide: settings.minSide, replicates: settings.supFReplicates,
          threads: context.jobs)
      ).run(x: x, y: y, streams: streams("supf"))
    }
    let interval = try check.run(.interval) { () throws(ThresholdError) -> ThresholdEtaInterval in
      let bootstrap = try ThresholdBootstrap(
        options: .init(
          replicates: settings.ciReplicates, level: settings.level, minSide: settings.minSide, threads: context.jobs)
      ).run(x: x, y: y, resample: groups.map { .runs(groups: $0) } ?? .cases, streams: streams("ci"))
      return try ThresholdEtaInterval.make(
        settings.intervalMethod, x: x, y: y, level: settings.level, minSide: settings.minSide, bootstrap: bootstrap)
    }
    let delta = fits.hingeFit.flatMap { try? DeltaMethodInterval.from($0, parameter: "eta", level: settings.level) }
    let segmented = try check.run(.segmented) { () throws(ThresholdError) -> SegmentedThreshold in
      try SegmentedThreshold.fit(x: x, y: y, minSide: settings.minSide)
    }
    let evidence = try check.run(.verdict) { () throws(ThresholdError) -> ThresholdEvidence in
      try ThresholdEvidence.gather(
        x: x, y: y, chance: settings.chance, supFP: supF.p ?? 1, bicLinear: fits.linear.bic,
        bicLogistic: fits.logistic?.bic, bicHinge: fits.hingeBIC, level: settings.level, minSide: settings.minSide)
    }
    // The verdict on the raw p-value; the notebook's adjustment of its tests decides it again
    // (ThresholdResult.adjusting) before any other block reads it.
    let decision = ThresholdDecision(
      rule: spec.verdict_rule?.value ?? ThresholdSpec.Defaults.verdictRule, evidence: evidence, rules: settings.rules,
      fits: fits)
    let verdict = decision.decide(p: supF.p ?? 1)
    let tests = try ThresholdTestRuns.run(settings, sample: sample, x: x, y: y, supF: supF, guard: check)
    let spearman = try check.run(.spearman) { () throws(ThresholdError) -> Double in
      try SpearmanCorrelation.coefficient(x: x, y: y)
    }
    var result = ThresholdResult(
      tableID: spec.table.value, x: spec.x.value, y: spec.y.value, n: x.count, settings: settings, fits: fits,
      interval: interval, delta: delta, segmented: segmented, sides: evidence.sides, sideCounts: evidence.sideCounts,
      tests: tests, verdictSupFP: supF.p, decision: decision,
      spearman: spearman, verdict: verdict.verdict, reasons: verdict.reasons)
    result.displayNames = table.displayNames
    return result
  }

  /// The run label of every row (text, or numbers written plainly).
  static func runLabels(_ table: DataTable, _ name: Located<String>) throws(BlockFailure) -> [String] {
    guard let c = table.column(name.value) else { throw DataBlock.unknownColumn(name.value, in: table, at: name.range) }
    switch c.values {
    case .text(let v): return v
    case .numbers(let v): return v.map { LossbookNumberFormat(language: .en).format($0, style: .automatic) }
    }
  }
}
