import LossbookCore
import LossbookEngine
import LossbookSimulation
import LossbookSyntax
import LossbookWords

/// The `family` kind: simulates a scaling family and makes its table.
enum FamilyBlock {
  static let kind = SpecKind(
    "family", spec: FamilySpec.self, fields: FamilySpec.fields)

  static func run(_ spec: FamilySpec, context: ExecutionContext) throws(BlockFailure) -> FamilyResult {
    let limits = try ResolvedLimits(spec.limits, context: context)
    let loss = try resolveLaw(spec.law, context: context)
    let runs = try resolveRuns(spec, limit: limits.checkpoints, context: context)
    let lossNoise = try context.number(spec.loss_noise, default: FamilySpec.Defaults.lossNoise)
    let scoreNoise = try context.number(spec.score_noise, default: FamilySpec.Defaults.scoreNoise)
    for (value, field) in [(lossNoise, spec.loss_noise), (scoreNoise, spec.score_noise)]
    where !(value >= 0 && value.isFinite) {
      throw BlockFailure(
        FamilyDiagnostics.badTask, .family(.negativeNoise(FamilyDiagnostics.show(value))), at: field?.range)
    }
    let checkpoints = runs.reduce(0) { $0 + $1.tokens.count }
    let tasks = try resolveTasks(spec.tasks ?? [], checkpoints: checkpoints, limits: limits, context: context)
    var family = ScalingFamily(loss: loss, runs: runs, lossNoise: lossNoise, scoreNoise: scoreNoise, tasks: tasks)
    family.scoreFrom = spec.score_from?.value ?? FamilySpec.Defaults.scoreFrom
    let sim = family.simulate(seed: context.seed, block: context.blockID, jobs: context.jobs)
    try checkLoss(sim.lossTrue, family: family, law: spec.law)
    var columns = [
      DataColumn("run", text: sim.run.map { runs[$0].label }),
      DataColumn("N", numbers: sim.N),
      DataColumn("D", numbers: sim.D),
      DataColumn("C", numbers: sim.C),
      DataColumn("loss_true", numbers: sim.lossTrue),
      DataColumn("loss", numbers: sim.loss),
    ]
    for (task, metricColumns) in zip(tasks, sim.tasks) {
      for c in metricColumns { columns.append(DataColumn(c.metric.column(of: task.name), numbers: c.values)) }
    }
    var table = DataTable(columns: columns)
    if let labels = spec.labels {
      try labels.check(known: table.columnNames + runs.map(\.label), what: .columnOrRun)
      table.displayNames = labels.names
    }
    return FamilyResult(
      table: table, loss: loss, runs: runs, tasks: tasks,
      warnings: thresholdWarnings(spec.tasks ?? [], tasks: tasks, runs: runs, lossTrue: sim.lossTrue),
      lossNoise: lossNoise, scoreNoise: scoreNoise, scoreFrom: family.scoreFrom)
  }

  /// A warning for each task whose threshold (hinge and items: eta; logistic: mid) lies
  /// outside the true-loss range of every run: such a family shows no emergence of the task.
  static func thresholdWarnings(
    _ specs: [TaskSpec], tasks: [ScalingFamily.Task], runs: [FamilyRun], lossTrue: [Double]
  ) -> [BlockWarning] {
    var ranges: [ClosedRange<Double>] = []
    var start = 0
    for r in runs {
      let slice = lossTrue[start..<start + r.tokens.count]
      start += r.tokens.count
      if let lo = slice.min(), let hi = slice.max() { ranges.append(lo...hi) }
    }
    guard let lowest = ranges.map(\.lowerBound).min(), let highest = ranges.map(\.upperBound).max() else { return [] }
    var warnings: [BlockWarning] = []
    for (spec, task) in zip(specs, tasks) {
      guard let eta = task.shape.threshold, !ranges.contains(where: { $0.contains(eta) }) else { continue }
      let field: TaskSpec.CodingKeys = spec.shape == .logistic ? .mid : .eta
      let show = FamilyDiagnostics.show
      let place: FamilyThresholdPlace = eta < lowest ? .pastEveryRun : eta > highest ? .beforeEveryRun : .betweenRuns
      warnings.append(
        BlockWarning(
          FamilyDiagnostics.thresholdOutOfRange,
          .family(
            .thresholdOutside(
              task: task.name, field: field.rawValue, eta: show(eta), lowest: show(lowest), highest: show(highest),
              place)),
          at: spec[field]?.range ?? spec.range,
          help: .family(.thresholdOutsideHelp(field: field.rawValue))))
    }
    return warnings
  }
}
