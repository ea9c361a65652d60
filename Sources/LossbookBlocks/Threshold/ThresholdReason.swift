import LossbookCore
import LossbookEngine
import LossbookStats
import LossbookWords

/// One reason behind a threshold verdict, as numbers: a rule of STATS.md section 5, or (under
/// `verdict_rule: w1`) which fit has the smallest BIC. The results file holds its code and
/// numbers; the page words it in the report's language.
enum ThresholdReason: Sendable, Equatable {
  case rule(VerdictReason)
  case bestByBIC(best: String, models: [String], bics: [Double])

  /// The stable code (`threshold_detected`, `best_by_bic`, ...).
  var code: ThresholdReasonCode {
    switch self {
    case .rule(let r): ThresholdReasonCode(r)
    case .bestByBIC: .bestByBIC
    }
  }

  /// The reason in the results file: its code and the numbers it was decided from.
  var json: JSONValue {
    var members: [(String, JSONValue)] = [("code", .string(code.rawValue))]
    func interval(_ i: Interval) -> JSONValue { .array([.num(i.lower), .num(i.upper)]) }
    switch self {
    case .rule(let r):
      switch r {
      case .noChanceLevel: break
      case .tooFewPointsOnSide(let side, let count, let needed):
        members += [
          ("side", .string(side == .below ? "below" : "above")), ("n", .number(Double(count))),
          ("needed", .number(Double(needed))),
        ]
      case .thresholdDetected(let p, let alpha), .noThresholdDetected(let p, let alpha):
        members += [("p", .num(p)), ("alpha", .num(alpha))]
      case .pValueInGreyZone(let p, let alpha, let upper):
        members += [("p", .num(p)), ("alpha", .num(alpha)), ("upper", .num(upper))]
      case .linePreferred(let linear, let hinge): members += [("bic_linear", .num(linear)), ("bic_hinge", .num(hinge))]
      case .bicSplit(let hinge, let logistic, let margin):
        members += [("bic_hinge", .num(hinge)), ("bic_logistic", .num(logistic)), ("margin", .num(margin))]
      case .thresholdOnBoundary(let threshold): members += [("threshold", .num(threshold))]
      case .highLossSideAtChance(let mean, let i, let chance, let tolerance),
        .highLossSideOffChance(let mean, let i, let chance, let tolerance):
        members += [
          ("mean", .num(mean)), ("ci", interval(i)), ("chance", .num(chance)), ("tolerance", .num(tolerance)),
        ]
      case .highLossSideFlat(let slope, let i, let change, let tolerance),
        .highLossSideSloped(let slope, let i, let change, let tolerance):
        members += [
          ("slope", .num(slope)), ("ci", interval(i)), ("max_change", .num(change)), ("tolerance", .num(tolerance)),
        ]
      case .lowLossSideImproves(let slope, let i), .lowLossSideDoesNotImprove(let slope, let i):
        members += [("slope", .num(slope)), ("ci", interval(i))]
      }
    case .bestByBIC(let best, let models, let bics):
      members += [("best", .string(best)), ("bic", .object(zip(models, bics).map { ($0, .num($1)) }))]
    }
    return .object(members)
  }

  /// The reason's words: numbers as the report's tables print them (thresholds and slopes to
  /// three decimals, intervals as `[a, b]` in both languages so they stay machine-checkable);
  /// `adjustment` names the method that adjusted the sup-F p-value ("Holm-adjusted p").
  func message(_ words: Words, adjustment: PValueAdjustment?) -> ThresholdMessage {
    let f = LossbookNumberFormat(language: words.language)
    let d3 = { (x: Double) in f.format(x, style: .fixed(3)) }
    let auto = { (x: Double) in f.format(x, style: .automatic) }
    let bic = { (x: Double) in f.format(x, style: .fixed(1)) }
    let range = { (i: Interval) in "[\(d3(i.lower)), \(d3(i.upper))]" }
    let p = { (p: Double) in Self.pText(p, words: words, adjustment: adjustment) }
    switch self {
    case .bestByBIC(let best, let models, let bics):
      return .reason(
        .bestByBIC(best: words[.fitName(best)], bics: zip(models, bics).map { "\(words[.fitName($0)]) \(bic($1))" }))
    case .rule(let r):
      switch r {
      case .noChanceLevel: return .reason(.noChanceLevel)
      case .tooFewPointsOnSide(let side, let count, let needed):
        return .reason(.tooFewPoints(below: side == .below, count: count, needed: needed))
      case .thresholdDetected(let pv, let alpha): return .reason(.thresholdDetected(p: p(pv), alpha: auto(alpha)))
      case .noThresholdDetected(let pv, let alpha): return .reason(.noThresholdDetected(p: p(pv), alpha: auto(alpha)))
      case .pValueInGreyZone(let pv, let alpha, let upper):
        return .reason(.greyZone(p: p(pv), alpha: auto(alpha), upper: auto(upper)))
      case .linePreferred(let linear, let hinge): return .reason(.linePreferred(linear: bic(linear), hinge: bic(hinge)))
      case .bicSplit(let hinge, let logistic, let margin):
        return .reason(.bicSplit(hinge: bic(hinge), logistic: bic(logistic), margin: auto(margin)))
      case .thresholdOnBoundary(let threshold): return .reason(.onBoundary(threshold: d3(threshold)))
      case .highLossSideAtChance(let mean, let i, let chance, let tolerance):
        if i.lower <= chance && chance <= i.upper {
          return .reason(.atChance(mean: d3(mean), interval: range(i), chance: auto(chance)))
        }
        return .reason(
          .atChanceWithinTolerance(mean: d3(mean), interval: range(i), chance: auto(chance), tolerance: auto(tolerance))
        )
      case .highLossSideOffChance(let mean, let i, let chance, _):
        return .reason(.offChance(mean: d3(mean), interval: range(i), chance: auto(chance)))
      case .highLossSideFlat(let slope, let i, let change, let tolerance):
        if i.lower <= 0 && 0 <= i.upper { return .reason(.flatAbove(slope: d3(slope), interval: range(i))) }
        return .reason(
          .flatWithinTolerance(slope: d3(slope), interval: range(i), change: d3(change), tolerance: auto(tolerance)))
      case .highLossSideSloped(let slope, let i, let change, let tolerance):
        return .reason(
          .slopedAbove(slope: d3(slope), interval: range(i), change: d3(change), tolerance: auto(tolerance)))
      case .lowLossSideImproves(let slope, let i): return .reason(.improvesBelow(slope: d3(slope), interval: range(i)))
      case .lowLossSideDoesNotImprove(let slope, let i):
        return .reason(.doesNotImproveBelow(slope: d3(slope), interval: range(i)))
      }
    }
  }

  /// The p-value as the reasons print it: `p < 0.001`, or `Holm-adjusted p = 0.024`.
  static func pText(_ p: Double, words: Words, adjustment: PValueAdjustment?) -> String {
    let text = LossbookNumberFormat(language: words.language).pValueText(p)
    guard let adjustment, adjustment != .none else { return text }
    return words[.adjustedP(method: adjustment.displayName, p: text)]
  }
}
