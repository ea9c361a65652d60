import LossbookEngine
import LossbookSimulation
import LossbookStats
import LossbookSyntax

/// A sweep's fields read and checked, and its cells built from the family.
struct SweepSetup: Sendable {
  var familyID: String
  var task: String
  var replicates: Int
  var analysis: SweepAnalysis
  /// The varied fields with their values, in the fixed field order.
  var grid: [(field: SweepField, values: [Double])]
  var cells: [SweepCell]
  /// The task's chance level (the verdict's "at chance" side).
  var chance: Double?
  /// The task's true threshold.
  var eta: Double

  static func make(_ spec: SweepSpec, context: ExecutionContext) throws(BlockFailure) -> SweepSetup {
    guard let family = try context.result(spec.family) as? any TaskSimulating else {
      throw BlockFailure(
        SweepDiagnostics.notAFamily, SweepWords.notAFamily(spec.family.value), at: spec.family.range,
        help: SweepWords.notAFamilyHelp)
    }
    guard let task = family.simulatedTasks.first(where: { $0.name == spec.task.value }) else {
      let names = family.simulatedTasks.map(\.name)
      throw BlockFailure(
        SweepDiagnostics.badTask, SweepWords.unknownTask(spec.task.value, family: spec.family.value, tasks: names),
        at: spec.task.range, help: Diagnostic.didYouMean(spec.task.value, among: names))
    }
    guard case .hinge(_, let eta, let slope, _) = task.shape else {
      throw BlockFailure(
        SweepDiagnostics.badTask, SweepWords.notHinge(task.name), at: spec.task.range, help: SweepWords.notHingeHelp)
    }
    let analysis = try Self.analysis(spec, context: context)
    if spec.replicates.value < 1 {
      throw BlockFailure(
        SweepDiagnostics.badOption, SweepWords.atLeast("replicates", 1), at: spec.replicates.range,
        help: SweepWords.replicatesHelp)
    }
    var grid: [(field: SweepField, values: [Double])] = []
    for (field, list) in spec.vary?.lists ?? [] {
      guard !list.value.isEmpty else {
        throw BlockFailure(
          SweepDiagnostics.badValue, SweepWords.emptyList(field.rawValue), at: list.range,
          help: SweepWords.valueHelp(field))
      }
      var values: [Double] = []
      for n in list.value {
        let v = try context.number(n)
        guard Self.allows(field, v, family: family, minSide: analysis.minSide) else {
          throw BlockFailure(
            SweepDiagnostics.badValue,
            SweepWords.badValue(field, v, sizes: family.sizes.count, minSide: analysis.minSide), at: n.range,
            help: SweepWords.valueHelp(field))
        }
        values.append(v)
      }
      grid.append((field, values))
    }
    if spec.vary?.checkpoints != nil, family.runs.contains(where: { $0.tokens.count < 2 }) {
      throw BlockFailure(
        SweepDiagnostics.badValue, SweepWords.checkpointsNeedGrids(spec.family.value),
        at: spec.vary?.checkpoints?.range, help: SweepWords.valueHelp(.checkpoints))
    }
    let cellCount = grid.reduce(1) { $0 * $1.values.count }
    let fits = Double(cellCount) * Double(spec.replicates.value) * Double(analysis.bootstrap + 1)
    let budget = Double(spec.limits?.fits?.value ?? SweepLimits.defaultFits)
    if fits > budget {
      let (message, help) = SweepWords.overBudget(fits: fits, budget: budget)
      throw BlockFailure(
        LimitDiagnostics.overLimit, message, at: spec.limits?.fits?.range ?? spec.replicates.range, help: help)
    }
    var base = ScalingFamily(
      loss: family.loss, runs: family.runs, lossNoise: family.lossNoise, scoreNoise: family.scoreNoise, tasks: [task])
    base.scoreFrom = family.scoreFrom
    let cells = SweepDesign.cells(base: base, task: task, eta: eta, slope: slope, grid: grid)
    return SweepSetup(
      familyID: spec.family.value, task: task.name, replicates: spec.replicates.value, analysis: analysis,
      grid: grid, cells: cells, chance: task.shape.chance, eta: eta)
  }

  /// Whether `v` is a value `field` can take.
  static func allows(_ field: SweepField, _ v: Double, family: any TaskSimulating, minSide: Int) -> Bool {
    guard v.isFinite else { return false }
    if field.isWhole && v != v.rounded() { return false }
    switch field {
    case .items: return v >= 1 && v <= 1e12
    case .checkpoints: return v >= 2 && v <= 100_000
    case .sizes: return v >= 1 && v <= Double(family.sizes.count)
    case .slope, .lossNoise: return v >= 0
    }
  }

  /// `analysis:` read and checked.
  static func analysis(_ spec: SweepSpec, context: ExecutionContext) throws(BlockFailure) -> SweepAnalysis {
    let a = spec.analysis
    var tests: [ThresholdSpec.Test] = []
    for t in a?.tests ?? [] {
      guard [.supf, .davies, .cusum].contains(t.value.value) else {
        throw BlockFailure(
          SweepDiagnostics.badOption, SweepWords.unsupportedTest(t.value.value.rawValue), at: t.range,
          help: SweepWords.testsHelp)
      }
      tests.append(t.value.value)
    }
    if tests.isEmpty { tests = SweepSpec.Defaults.tests }
    let bootstrap = a?.bootstrap?.value ?? SweepLimits.defaultBootstrap
    if bootstrap < 1 {
      throw BlockFailure(
        SweepDiagnostics.badOption, SweepWords.atLeast("analysis.bootstrap", 1), at: a?.bootstrap?.range,
        help: SweepWords.bootstrapHelp)
    }
    let alpha = try context.number(a?.alpha, default: SweepSpec.Defaults.alpha)
    let level = try context.number(a?.level, default: SweepSpec.Defaults.level)
    for (name, v, n) in [("analysis.alpha", alpha, a?.alpha), ("analysis.level", level, a?.level)]
    where !(v > 0 && v < 1) {
      throw BlockFailure(
        SweepDiagnostics.badOption, SweepWords.between(name, v), at: n?.range, help: SweepWords.betweenHelp(name))
    }
    let minSide = a?.min_side?.value ?? SweepSpec.Defaults.minSide
    if minSide < 1 || minSide > 1000 {
      throw BlockFailure(
        SweepDiagnostics.badOption, SweepWords.minSide(minSide), at: a?.min_side?.range, help: SweepWords.minSideHelp)
    }
    return SweepAnalysis(
      tests: tests, bootstrap: bootstrap, alpha: alpha, level: level, minSide: minSide,
      compareLogistic: a?.logistic?.value ?? SweepSpec.Defaults.logistic)
  }
}
