import LossbookCore
import LossbookEngine
import LossbookStats

/// The verdict of a `collapse` block.
enum CollapseVerdict: String, Sendable {
  case lossOnly = "loss-only"
  case sizeMatters = "size-matters"
  case inconclusive
}

/// One reason of a verdict: a stable code, its numbers, and the group it names.
struct CollapseReason: Sendable, Equatable {
  enum Code: String, Sendable {
    case shiftFound = "shift_found"
    case noShiftFound = "no_shift_found"
    case withinTolerance = "within_tolerance"
    case notEquivalent = "not_equivalent"
    case shiftBeyondTolerance = "shift_beyond_tolerance"
    case shiftNotBeyondTolerance = "shift_not_beyond_tolerance"
    case notIdentified = "not_identified"
    case noPValue = "no_p_value"
    case groupsLeftOut = "groups_left_out"
  }
  var code: Code
  var numbers: [(String, Double)]
  var group: String?

  static func == (a: CollapseReason, b: CollapseReason) -> Bool {
    a.code == b.code && a.group == b.group && a.numbers.map(\.0) == b.numbers.map(\.0)
      && a.numbers.map(\.1) == b.numbers.map(\.1)
  }

  var json: JSONValue {
    var members: [(String, JSONValue)] = [("code", .string(code.rawValue))]
    if let group { members.append(("group", .string(group))) }
    for (k, v) in numbers { members.append((k, v.isFinite ? .num(v) : .null)) }
    return .object(members)
  }
}

/// The verdict rule of STATS.md section 6, as built: `loss-only` when the p-value is not below
/// alpha and every shift's 1 − 2 alpha interval lies inside ±tolerance (two one-sided tests);
/// `size-matters` when the p-value is below alpha and some shift's 1 − 2 alpha interval lies
/// wholly beyond the tolerance (larger than it by the same one-sided test, not only in its
/// estimate); `inconclusive` otherwise.
enum CollapseDecision {
  static func decide(
    _ o: CollapseOutcome, p: Double, alpha: Double, tolerance: Double, labels: [String], leftOut: Int,
    minOverlap: Int
  ) -> (CollapseVerdict, [CollapseReason]) {
    let coverage = 1 - 2 * alpha
    var reasons: [CollapseReason] = []
    var verdict = CollapseVerdict.inconclusive
    let unidentified = (1..<o.groupCount).filter { !(o.shifts[$0].se.isFinite) }
    if !p.isFinite {
      reasons.append(CollapseReason(code: .noPValue, numbers: []))
    } else if let g = unidentified.first {
      reasons.append(
        CollapseReason(code: .notIdentified, numbers: [("count", Double(unidentified.count))], group: labels[g]))
    } else if p < alpha {
      reasons.append(CollapseReason(code: .shiftFound, numbers: [("p", p), ("alpha", alpha)]))
      // The shift whose interval lies furthest beyond the tolerance, if any does.
      var beyond: (Int, Double)?
      for g in 1..<o.groupCount {
        guard let e = o.shifts[g].equivalenceInterval else { continue }
        let margin = Swift.max(e.lower - tolerance, -tolerance - e.upper)
        if margin > 0 && margin > (beyond?.1 ?? 0) { beyond = (g, margin) }
      }
      if let (g, _) = beyond {
        verdict = .sizeMatters
        reasons.append(
          CollapseReason(
            code: .shiftBeyondTolerance,
            numbers: [("shift", o.shifts[g].estimate), ("tolerance", tolerance), ("coverage", coverage)],
            group: labels[g]))
      } else {
        reasons.append(
          CollapseReason(
            code: .shiftNotBeyondTolerance,
            numbers: [("shift", o.shifts[o.maxShiftGroup].estimate), ("tolerance", tolerance), ("coverage", coverage)],
            group: labels[o.maxShiftGroup]))
      }
    } else {
      reasons.append(CollapseReason(code: .noShiftFound, numbers: [("p", p), ("alpha", alpha)]))
      if o.equivalent {
        verdict = .lossOnly
        reasons.append(
          CollapseReason(
            code: .withinTolerance,
            numbers: [("bound", o.equivalenceBound), ("tolerance", tolerance), ("coverage", coverage)]))
      } else {
        var worst = 1
        var reach = -Double.infinity
        for g in 1..<o.groupCount {
          let e = o.shifts[g].equivalenceInterval
          let r = e.map { Swift.max(abs($0.lower), abs($0.upper)) } ?? .infinity
          if r > reach {
            reach = r
            worst = g
          }
        }
        reasons.append(
          CollapseReason(
            code: .notEquivalent, numbers: [("bound", reach), ("tolerance", tolerance), ("coverage", coverage)],
            group: labels[worst]))
      }
    }
    if leftOut > 0 {
      reasons.append(
        CollapseReason(
          code: .groupsLeftOut, numbers: [("count", Double(leftOut)), ("min_overlap", Double(minOverlap))]))
    }
    return (verdict, reasons)
  }
}
