import LossbookEngine
import LossbookSimulation
import LossbookSyntax
import LossbookWords

/// The tasks: each spec's numbers read, checked and turned into a simulator task.
extension FamilyBlock {
  /// The columns a task may not take as its name.
  static let reservedColumns: Set<String> = ["run", "N", "D", "C", "loss_true", "loss"]

  static func resolveTasks(
    _ specs: [TaskSpec], checkpoints: Int, limits: ResolvedLimits, context: ExecutionContext
  ) throws(BlockFailure) -> [ScalingFamily.Task] {
    var tasks: [ScalingFamily.Task] = []
    var columns = reservedColumns
    var draws = 0.0
    for t in specs {
      let task = try resolveTask(t, limits: limits, context: context)
      for metric in task.metrics {
        let column = metric.column(of: task.name)
        guard columns.insert(column).inserted else {
          throw BlockFailure(
            FamilyDiagnostics.badTask,
            .family(.columnTaken(task: task.name, column: column)), at: t.name.range,
            help: .family(.columnTakenHelp))
        }
      }
      if case .items = task.shape, let n = task.items, let itemsSpec = t[.items] {
        draws += Double(n) * Double(checkpoints)
        guard draws <= limits.itemDraws else {
          throw BlockFailure(
            FamilyDiagnostics.tooManyItems,
            .family(
              .tooManyItemDraws(
                items: FamilyDiagnostics.show(Double(n)), checkpoints: FamilyDiagnostics.show(Double(checkpoints)),
                limit: FamilyDiagnostics.show(limits.itemDraws))),
            at: itemsSpec.range, help: .family(.tooManyItemDrawsHelp))
        }
      }
      tasks.append(task)
    }
    return tasks
  }

  private static func resolveTask(_ t: TaskSpec, limits: ResolvedLimits, context: ExecutionContext) throws(BlockFailure)
    -> ScalingFamily.Task
  {
    func num(_ key: TaskSpec.CodingKeys, _ fallback: Double) throws(BlockFailure) -> Double {
      try context.number(t[key], default: fallback)
    }
    var items: Int?
    if let s = t[.items] {
      items = try whole(
        s, "items", atLeast: 1, limit: limits.items,
        limitHelp: .family(.tooManyItemsHelp),
        context: context)
    }
    var options: Int?
    if let s = t[.options] {
      options = try whole(s, "options", atLeast: 2, limitID: FamilyDiagnostics.badTask, context: context)
    }
    let metrics = t.metrics.map(\.value.value)
    let shape: TaskShape
    switch t.shape {
    case .hinge, .logistic, .linear:
      let random = try num(.random, FamilySpec.Defaults.random)
      let ceiling = try num(.ceiling, FamilySpec.Defaults.ceiling)
      try checkLevels(t, random: random, ceiling: ceiling)
      switch t.shape {
      case .hinge:
        shape = .hinge(random: random, eta: try num(.eta, 0), slope: try num(.slope, 0), ceiling: ceiling)
      case .logistic:
        let width = try num(.width, 1)
        guard width != 0, width.isFinite else {
          throw BlockFailure(
            FamilyDiagnostics.badTask, .family(.zeroWidth), at: t[.width]?.range)
        }
        shape = .logistic(random: random, ceiling: ceiling, mid: try num(.mid, 0), width: width)
      default:
        shape = .linear(
          value: try num(.value, 0), at: try num(.at, 0), slope: try num(.slope, 0), random: random, ceiling: ceiling)
      }
    case .exactMatch:
      let m = try whole(t[.tokens]!, "tokens", atLeast: 1, limitID: FamilyDiagnostics.badTask, context: context)
      shape = .exactMatch(tokens: m, rate: try num(.rate, 0), floor: try num(.floor, 0))
    case .items:
      let k = try itemOptions(t, options: options, context: context)
      let ceiling = try num(.ceiling, FamilySpec.Defaults.ceiling)
      try checkLevels(t, random: 1 / Double(k), ceiling: ceiling)
      let sharpness = try num(.sharpness, 0)
      guard sharpness > 0, sharpness.isFinite else {
        throw BlockFailure(
          FamilyDiagnostics.badTask, .family(.badSharpness(FamilyDiagnostics.show(sharpness))),
          at: t[.sharpness]?.range, help: .family(.sharpnessHelp))
      }
      let spread = try num(.spread, FamilySpec.Defaults.spread)
      guard spread >= 0, spread.isFinite else {
        throw BlockFailure(FamilyDiagnostics.badTask, .family(.negativeSpread), at: t[.spread]?.range)
      }
      shape = .items(
        ItemModel(eta: try num(.eta, 0), spread: spread, sharpness: sharpness, options: k, ceiling: ceiling))
      options = k
    }
    return ScalingFamily.Task(name: t.name.value, shape: shape, items: items, metrics: metrics, options: options)
  }

  /// How far K × random may be from 1 for `random` to mean 1/K (so 0.333333333 means K = 3).
  static let chanceTolerance = 1e-8

  /// K for the items shape: `options`, or 1/random when that is a whole number.
  private static func itemOptions(_ t: TaskSpec, options: Int?, context: ExecutionContext) throws(BlockFailure) -> Int {
    guard let r = t[.random] else { return options! }
    let random = try context.number(r)
    let k = (1 / random).rounded()
    // K is a count of options, so it must be a whole number an Int holds (1e-300 is not 1/K).
    guard random > 0, random < 1, abs(k * random - 1) <= chanceTolerance, let count = Int(exactly: k),
      count <= Int32.max
    else {
      throw BlockFailure(
        FamilyDiagnostics.badTask,
        .family(.chanceNotOneOverK(FamilyDiagnostics.show(random))),
        at: r.range, help: .family(.chanceNotOneOverKHelp))
    }
    if let options, options != count {
      throw BlockFailure(
        FamilyDiagnostics.badTask, .family(.chanceNotOptions(random: FamilyDiagnostics.show(random), options: options)),
        at: r.range, help: .family(.chanceNotOptionsHelp))
    }
    return count
  }

  /// The chance level must be in [0, 1) and below the ceiling, which is at most 1.
  private static func checkLevels(_ t: TaskSpec, random: Double, ceiling: Double) throws(BlockFailure) {
    guard random >= 0, random <= 1 else {
      throw BlockFailure(
        FamilyDiagnostics.badTask, .family(.chanceOutside01(FamilyDiagnostics.show(random))),
        at: t[.random]?.range)
    }
    guard ceiling <= 1 else {
      throw BlockFailure(
        FamilyDiagnostics.badTask, .family(.ceilingAbove1(FamilyDiagnostics.show(ceiling))),
        at: t[.ceiling]?.range)
    }
    guard ceiling > random else {
      throw BlockFailure(
        FamilyDiagnostics.chanceAboveCeiling,
        .family(
          .chanceAboveCeiling(chance: FamilyDiagnostics.show(random), ceiling: FamilyDiagnostics.show(ceiling))),
        at: (t[.ceiling] ?? t[.random] ?? t[.options])?.range ?? t.range,
        help: .family(.chanceAboveCeilingHelp))
    }
  }
}

/// The family's limits, read.
struct ResolvedLimits {
  var items: Double
  var itemDraws: Double
  var checkpoints: Double

  init(_ l: FamilyLimits?, context: ExecutionContext) throws(BlockFailure) {
    items = try context.number(l?.items, default: FamilyLimits.defaultItems)
    itemDraws = try context.number(l?.item_draws, default: FamilyLimits.defaultItemDraws)
    checkpoints = try context.number(l?.checkpoints, default: FamilyLimits.defaultCheckpoints)
    try FamilyLimits.itemsCeiling.check(items, at: l?.items?.range)
    try FamilyLimits.itemDrawsCeiling.check(itemDraws, at: l?.item_draws?.range)
    try FamilyLimits.checkpointsCeiling.check(checkpoints, at: l?.checkpoints?.range)
  }
}
