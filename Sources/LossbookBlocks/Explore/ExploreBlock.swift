import Foundation
import LossbookEngine
import LossbookSimulation
import LossbookSyntax
import LossbookWords

/// The `explore` kind: a figure of one family task with sliders that re-simulate it in the
/// browser. Without JavaScript the figure is the static one; moving a slider redraws it.
enum ExploreBlock {
  static let kind = SpecKind(
    "explore", spec: ExploreSpec.self, fields: ExploreSpec.fields)

  /// The most controls an explorer shows (TEACHING X3).
  static let maxControls = 3

  static func run(_ spec: ExploreSpec, context: ExecutionContext) throws(BlockFailure) -> ExploreResult {
    guard let family = try context.result(spec.of) as? any TaskSimulating, let table = family.table else {
      throw BlockFailure(ExploreDiagnostics.notAFamily, .explore(.notAFamily(block: spec.of.value)), at: spec.of.range)
    }
    guard let task = family.simulatedTasks.first(where: { $0.name == spec.task.value }) else {
      throw BlockFailure(
        ExploreDiagnostics.unknownTask, .explore(.unknownTask(family: spec.of.value, task: spec.task.value)),
        at: spec.task.range,
        help: Diagnostic.didYouMean(spec.task.value, among: family.simulatedTasks.map(\.name)))
    }
    let shape: Shape
    switch task.shape {
    case .hinge(let random, let eta, let slope, let ceiling):
      shape = .hinge(random: random, eta: eta, slope: slope, ceiling: ceiling)
    case .logistic(let random, let ceiling, let mid, let width):
      shape = .logistic(random: random, ceiling: ceiling, mid: mid, width: width)
    case .linear(let value, let at, let slope, let random, let ceiling):
      shape = .linear(value: value, at: at, slope: slope, random: random, ceiling: ceiling)
    case .exactMatch(let tokens, let rate, let floor):
      shape = .exactMatch(tokens: tokens, rate: rate, floor: floor)
    default:
      throw BlockFailure(
        ExploreDiagnostics.unsupportedShape, .explore(.unsupportedShape(task: task.name)), at: spec.task.range,
        help: .explore(.unsupportedShapeHelp))
    }
    let controls = try chooseControls(spec, shape: shape, items: task.items)
    let own = ExploreState(shape: shape, items: task.items)
    let lossTrue = (table.numbers("loss_true") ?? table.numbers("loss") ?? []).filter(\.isFinite)
    let loss = (lossTrue.min() ?? 2)...(lossTrue.max() ?? 3)
    let presets = try choosePresets(spec, own: own, controls: controls, loss: loss)
    return ExploreResult(
      spec: spec, own: own, controls: controls, presets: presets, simulatedLoss: loss, familyTable: table,
      taskName: task.name, seed: context.seed, blockID: context.blockID,
      warnings: itemsWarning(spec, controls: controls, items: task.items))
  }

  /// The questions slider moves in tens (so that 100, the few-questions preset, is a position):
  /// a task whose count is not a multiple of ten is re-simulated at the nearest one once the
  /// reader moves a slider. Said, not silent.
  private static func itemsWarning(_ spec: ExploreSpec, controls: [ExploreSpec.Control], items: Int?) -> [BlockWarning]
  {
    guard controls.contains(.items), let items, items % 10 != 0 else { return [] }
    let nearest = max(10, Int((Double(items) / 10).rounded()) * 10)
    return [
      BlockWarning(
        ExploreDiagnostics.itemsOffGrid,
        .explore(.itemsOffGrid(items: items, nearest: nearest)), at: spec.task.range,
        help: .explore(.itemsOffGridHelp))
    ]
  }

  /// The presets asked for, each of which must apply; by default every one that applies.
  private static func choosePresets(
    _ spec: ExploreSpec, own: ExploreState, controls: [ExploreSpec.Control], loss: ClosedRange<Double>
  ) throws(BlockFailure) -> [ExplorePresets.Chosen] {
    let applicable = ExplorePresets.applicable(own: own, controls: controls, loss: loss)
    guard let asked = spec.presets else { return applicable }
    var out: [ExplorePresets.Chosen] = []
    for p in asked where !out.contains(where: { $0.preset == p.value.value }) {
      switch ExplorePresets.state(p.value.value, own: own, controls: controls, loss: loss) {
      case .success(let state): out.append((p.value.value, state))
      case .failure(let e):
        throw BlockFailure(
          ExploreDiagnostics.badPreset, .explore(.badPreset(e.reason)), at: p.range,
          help: applicable.isEmpty
            ? .explore(.noPresetHelp) : .explore(.presetsHelp(applicable.map(\.preset.rawValue))))
      }
    }
    return out
  }

  private static func chooseControls(_ spec: ExploreSpec, shape: Shape, items: Int?) throws(BlockFailure)
    -> [ExploreSpec.Control]
  {
    let allowed = shape.controls + (items == nil ? [] : [.items])
    // By default the questions slider is shown only when its positions stay within the limit.
    let itemsFit = items.map { ExploreLimits.questions.allows(Double($0)) } ?? false
    guard let asked = spec.controls else { return [shape.controls[0]] + (itemsFit ? [.items] : []) }
    guard asked.count <= maxControls else {
      throw BlockFailure(
        ExploreDiagnostics.badControl, .explore(.tooManyControls(maxControls)), at: asked[maxControls].range)
    }
    var out: [ExploreSpec.Control] = []
    for c in asked {
      guard allowed.contains(c.value.value) else {
        throw BlockFailure(
          ExploreDiagnostics.badControl, .explore(.notAControl(c.value.value.rawValue)), at: c.range,
          help: .explore(.controlsHelp(allowed.map(\.rawValue))))
      }
      if c.value.value == .items, let items { try ExploreLimits.questions.check(Double(items), at: c.range) }
      if !out.contains(c.value.value) { out.append(c.value.value) }
    }
    return out
  }

  /// The shapes the browser can re-simulate, with the values the sliders start from.
  enum Shape: Sendable, Equatable {
    case hinge(random: Double, eta: Double, slope: Double, ceiling: Double)
    case logistic(random: Double, ceiling: Double, mid: Double, width: Double)
    case linear(value: Double, at: Double, slope: Double, random: Double, ceiling: Double)
    /// Exact match of `tokens` tokens: an exact-match task, or the teaching preset `mirage`.
    case exactMatch(tokens: Int, rate: Double, floor: Double)

    /// The controls this shape's parameters answer to (items aside).
    var controls: [ExploreSpec.Control] {
      switch self {
      case .hinge: [.eta, .slope]
      case .logistic: [.mid, .width]
      case .linear: [.slope]
      case .exactMatch: [.tokens]
      }
    }

    /// The shape's name, as the family block and the script write it.
    var name: String {
      switch self {
      case .hinge: "hinge"
      case .logistic: "logistic"
      case .linear: "linear"
      case .exactMatch: "exact-match"
      }
    }

    /// Every parameter by name, as the script reads them (random and ceiling included).
    var values: [(String, Double)] {
      switch self {
      case .hinge(let r, let eta, let slope, let c): [("random", r), ("ceiling", c), ("eta", eta), ("slope", slope)]
      case .logistic(let r, let c, let mid, let width): [("random", r), ("ceiling", c), ("mid", mid), ("width", width)]
      case .linear(let value, let at, let slope, let r, let c):
        [("random", r), ("ceiling", c), ("value", value), ("at", at), ("slope", slope)]
      case .exactMatch(let m, let rate, let floor): [("tokens", Double(m)), ("rate", rate), ("floor", floor)]
      }
    }

    /// The guessing level (0 for exact match, which a guess almost never gets right).
    var random: Double { simulated.chance ?? 0 }

    /// The success probability at `loss`: the family simulator's own curve.
    func probability(loss: Double) -> Double { simulated.probability(loss: loss) }

    /// Exact match's per-token probability at `loss` (the family's `<task>_token` column), nil
    /// for the other shapes.
    func tokenProbability(loss: Double) -> Double? {
      guard case .exactMatch(_, let rate, let floor) = self else { return nil }
      return TaskShape.tokenProbability(loss: loss, rate: rate, floor: floor)
    }

    /// Whether the shape is exact match, whose figure also draws the per-token accuracy.
    var isExactMatch: Bool {
      if case .exactMatch = self { return true }
      return false
    }

    /// The same shape as the simulator knows it.
    private var simulated: TaskShape {
      switch self {
      case .hinge(let r, let eta, let slope, let c): .hinge(random: r, eta: eta, slope: slope, ceiling: c)
      case .logistic(let r, let c, let mid, let width): .logistic(random: r, ceiling: c, mid: mid, width: width)
      case .linear(let value, let at, let slope, let r, let c):
        .linear(value: value, at: at, slope: slope, random: r, ceiling: c)
      case .exactMatch(let m, let rate, let floor): .exactMatch(tokens: m, rate: rate, floor: floor)
      }
    }

    /// The hinge's threshold, drawn as the figure's threshold line.
    var threshold: Double? {
      if case .hinge(_, let eta, _, _) = self { return eta }
      return nil
    }
  }
}
