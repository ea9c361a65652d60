import Foundation
import LossbookWords

/// One state of an explorer: the task's shape with its parameters, and the questions per
/// checkpoint (nil: the score is the success probability itself).
struct ExploreState: Sendable, Equatable {
  var shape: ExploreBlock.Shape
  var items: Int?
}

/// How the teaching presets (TEACHING X8) are computed from the task's own values and the
/// loss range of its checkpoints, never from numbers unrelated to the data.
enum ExplorePresets {
  /// Answer tokens of the exact-match preset (X8: "exact-match mirage (5 tokens)").
  static let mirageTokens = 5
  /// Questions per checkpoint of the few-questions preset (X8, X9: Schaeffer's resolution point).
  static let fewQuestions = 100
  /// The smooth curve spans the loss range in four widths (mid ± 2 widths), so it rises from
  /// 12% to 88% of its height across the checkpoints: visibly above guessing from the start.
  static let smoothWidths = 4.0

  /// A preset with the state it puts the explorer in.
  typealias Chosen = (preset: ExploreSpec.Preset, state: ExploreState)

  /// Every preset that applies, in the order of ``ExploreSpec/Preset``'s cases.
  static func applicable(own: ExploreState, controls: [ExploreSpec.Control], loss: ClosedRange<Double>) -> [Chosen] {
    ExploreSpec.Preset.allCases.compactMap { p in
      (try? state(p, own: own, controls: controls, loss: loss).get()).map { (p, $0) }
    }
  }

  /// The state of `preset` for a task in `own` state, explored with `controls` over the
  /// simulation's loss range `loss`; `.failure` says why the preset does not apply.
  static func state(
    _ preset: ExploreSpec.Preset, own: ExploreState, controls: [ExploreSpec.Control], loss: ClosedRange<Double>
  ) -> Result<ExploreState, PresetError> {
    switch preset {
    case .emergent:
      guard case .hinge = own.shape else {
        return .failure(PresetError(.emergentNeedsHinge))
      }
      return .success(own)
    case .smooth:
      if case .logistic = own.shape { return .success(own) }
      // An exact-match task's figure draws its per-token accuracy, which an S-curve has not.
      if own.shape.isExactMatch { return .failure(PresetError(.smoothNeedsShape)) }
      guard let rise = rise(own.shape, loss: loss) else { return .failure(noRise("smooth")) }
      return .success(ExploreState(shape: smooth(rise, loss: loss), items: own.items))
    case .mirage:
      if own.shape.isExactMatch {
        return .failure(PresetError(.mirageIsExactMatch))
      }
      guard let rise = rise(own.shape, loss: loss), rise.chance > 0 else { return .failure(noRise("mirage")) }
      return .success(ExploreState(shape: mirage(rise, loss: loss), items: own.items))
    case .fewQuestions:
      guard controls.contains(.items), let items = own.items, items > fewQuestions else {
        return .failure(PresetError(.fewQuestionsNeedsItems(questions: fewQuestions)))
      }
      return .success(ExploreState(shape: own.shape, items: fewQuestions))
    }
  }

  /// Why a preset does not apply.
  struct PresetError: Error, Equatable {
    var reason: ExplorePresetProblem
    init(_ reason: ExplorePresetProblem) { self.reason = reason }
  }

  private static func noRise(_ name: String) -> PresetError {
    PresetError(.noRise(preset: name))
  }

  /// The task's guessing level and its success probability at the lowest loss, when it rises.
  struct Rise: Equatable {
    var chance: Double
    var top: Double
  }

  static func rise(_ shape: ExploreBlock.Shape, loss: ClosedRange<Double>) -> Rise? {
    let r = shape.random
    let top = shape.probability(loss: loss.lowerBound)
    guard loss.upperBound > loss.lowerBound, top > r, top.isFinite else { return nil }
    return Rise(chance: r, top: top)
  }

  /// A logistic with the task's guessing level, centred on the loss range and spanning it in
  /// ``smoothWidths`` widths, whose ceiling makes it reach the task's own score at the lowest
  /// loss (capped at 1).
  static func smooth(_ rise: Rise, loss: ClosedRange<Double>) -> ExploreBlock.Shape {
    let mid = (loss.lowerBound + loss.upperBound) / 2
    let width = (loss.upperBound - loss.lowerBound) / smoothWidths
    // At the lowest loss the logistic has risen by 1 / (1 + exp(-span / 2)) of its height.
    let reached = 1 / (1 + exp(-smoothWidths / 2))
    let ceiling = min(1, rise.chance + (rise.top - rise.chance) / reached)
    return .logistic(random: rise.chance, ceiling: ceiling, mid: mid, width: width)
  }

  /// Exact match of ``mirageTokens`` tokens (Schaeffer et al. 2023; the family's exact-match
  /// shape): the per-token probability q(L) = exp(-rate (L - floor)) rises smoothly from the
  /// task's guessing level at the highest loss to the value whose m-th power is the task's own
  /// score at the lowest loss, so the exact-match score q^m ends where the task ends.
  static func mirage(_ rise: Rise, loss: ClosedRange<Double>) -> ExploreBlock.Shape {
    let m = mirageTokens
    let qLow = pow(rise.top, 1 / Double(m))
    let rate = log(qLow / rise.chance) / (loss.upperBound - loss.lowerBound)
    let floor = loss.lowerBound + log(qLow) / rate
    return .exactMatch(tokens: m, rate: rate, floor: floor)
  }
}

extension ExploreState {
  /// The state with `control`'s parameter set to `value`, as the script reads a slider; a
  /// control the shape does not use changes nothing.
  func setting(_ control: ExploreSpec.Control, to value: Double) -> ExploreState {
    var s = self
    switch (control, shape) {
    case (.items, _): s.items = Int(exactly: value.rounded()) ?? s.items
    case (.eta, .hinge(let r, _, let k, let c)): s.shape = .hinge(random: r, eta: value, slope: k, ceiling: c)
    case (.slope, .hinge(let r, let eta, _, let c)): s.shape = .hinge(random: r, eta: eta, slope: value, ceiling: c)
    case (.slope, .linear(let v, let at, _, let r, let c)):
      s.shape = .linear(value: v, at: at, slope: value, random: r, ceiling: c)
    case (.mid, .logistic(let r, let c, _, let w)): s.shape = .logistic(random: r, ceiling: c, mid: value, width: w)
    case (.width, .logistic(let r, let c, let m, _)): s.shape = .logistic(random: r, ceiling: c, mid: m, width: value)
    case (.tokens, .exactMatch(let m, let rate, let floor)):
      s.shape = .exactMatch(tokens: Int(exactly: value.rounded()) ?? m, rate: rate, floor: floor)
    default: break
    }
    return s
  }
}

extension ExploreState {
  /// The parameter `control` sets in this state, when its shape has it.
  func value(of control: ExploreSpec.Control) -> Double? {
    if control == .items { return items.map(Double.init) }
    let name: String
    switch control {
    case .eta: name = "eta"
    case .slope: name = "slope"
    case .mid: name = "mid"
    case .width: name = "width"
    case .tokens: name = "tokens"
    case .items: return nil
    }
    return shape.values.first { $0.0 == name }?.1
  }
}
