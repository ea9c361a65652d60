import Foundation
import LossbookEngine
import LossbookRender
import LossbookSimulation
import LossbookSyntax

/// The `explore` kind: a figure of one family task with sliders that re-simulate it in the
/// browser. Without JavaScript the figure is the static one; moving a slider redraws it.
enum ExploreBlock {
  static let kind = SpecKind(
    "explore", spec: ExploreSpec.self,
    summary: "Sliders (threshold, slope, questions per checkpoint) that re-simulate a family task and redraw its figure.",
    fields: ExploreSpec.fields)

  /// The most controls an explorer shows (TEACHING X3).
  static let maxControls = 3

  static func run(_ spec: ExploreSpec, context: ExecutionContext) throws(BlockFailure) -> ExploreResult {
    guard let family = try context.result(spec.of) as? FamilyResult, let table = family.table else {
      throw BlockFailure(ExploreDiagnostics.notAFamily, "'\(spec.of.value)' is not a family block", at: spec.of.range)
    }
    guard let task = family.tasks.first(where: { $0.name == spec.task.value }) else {
      throw BlockFailure(
        ExploreDiagnostics.unknownTask, "the family '\(spec.of.value)' has no task '\(spec.task.value)'", at: spec.task.range,
        help: Diagnostic.didYouMean(spec.task.value, among: family.tasks.map(\.name)))
    }
    let shape: Shape
    switch task.shape {
    case .hinge(let random, let eta, let slope, let ceiling): shape = .hinge(random: random, eta: eta, slope: slope, ceiling: ceiling)
    case .logistic(let random, let ceiling, let mid, let width): shape = .logistic(random: random, ceiling: ceiling, mid: mid, width: width)
    case .linear(let value, let at, let slope, let random, let ceiling):
      shape = .linear(value: value, at: at, slope: slope, random: random, ceiling: ceiling)
    default:
      throw BlockFailure(
        ExploreDiagnostics.unsupportedShape, "the task '\(task.name)' has a shape the explorer cannot re-simulate",
        at: spec.task.range, help: "explore a hinge, logistic or linear task")
    }
    let controls = try chooseControls(spec, shape: shape, items: task.items)
    return ExploreResult(
      spec: spec, shape: shape, items: task.items, controls: controls, familyTable: table, taskName: task.name,
      seed: context.seed, blockID: context.blockID, language: context.language)
  }

  private static func chooseControls(_ spec: ExploreSpec, shape: Shape, items: Int?) throws(BlockFailure) -> [ExploreSpec.Control] {
    let allowed = shape.controls + (items == nil ? [] : [.items])
    guard let asked = spec.controls else { return [shape.controls[0]] + (items == nil ? [] : [.items]) }
    guard asked.count <= maxControls else {
      throw BlockFailure(ExploreDiagnostics.badControl, "an explorer has at most \(maxControls) controls", at: asked[maxControls].range)
    }
    var out: [ExploreSpec.Control] = []
    for c in asked {
      guard allowed.contains(c.value.value) else {
        throw BlockFailure(
          ExploreDiagnostics.badControl, "'\(c.value.value.rawValue)' is not a control of this task",
          at: c.range, help: "use one of: \(allowed.map(\.rawValue).joined(separator: ", "))")
      }
      if !out.contains(c.value.value) { out.append(c.value.value) }
    }
    return out
  }

  /// The shapes the browser can re-simulate, with the values the sliders start from.
  enum Shape: Sendable {
    case hinge(random: Double, eta: Double, slope: Double, ceiling: Double)
    case logistic(random: Double, ceiling: Double, mid: Double, width: Double)
    case linear(value: Double, at: Double, slope: Double, random: Double, ceiling: Double)

    var controls: [ExploreSpec.Control] {
      switch self {
      case .hinge: [.eta, .slope]
      case .logistic: [.mid, .width]
      case .linear: [.slope]
      }
    }

    var name: String {
      switch self {
      case .hinge: "hinge"
      case .logistic: "logistic"
      case .linear: "linear"
      }
    }

    /// Every parameter by name, as the script reads them.
    var values: [(String, Double)] {
      switch self {
      case .hinge(_, let eta, let slope, _): [("eta", eta), ("slope", slope)]
      case .logistic(_, _, let mid, let width): [("mid", mid), ("width", width)]
      case .linear(let value, let at, let slope, _, _): [("value", value), ("at", at), ("slope", slope)]
      }
    }

    var random: Double {
      switch self {
      case .hinge(let r, _, _, _), .logistic(let r, _, _, _), .linear(_, _, _, let r, _): r
      }
    }

    var ceiling: Double {
      switch self {
      case .hinge(_, _, _, let c), .logistic(_, let c, _, _), .linear(_, _, _, _, let c): c
      }
    }

    var threshold: Double? {
      if case .hinge(_, let eta, _, _) = self { return eta }
      return nil
    }
  }
}
