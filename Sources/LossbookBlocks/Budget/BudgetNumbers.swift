import Foundation
import LossbookStats

/// One paired draw: the law of bootstrap replicate r (nil when its refit failed) and the
/// threshold of replicate r (NaN when it failed).
struct BudgetDraw: Sendable {
  var law: LossLaw?
  var eta: Double
}

/// An estimate with its interval; the interval's upper end is +∞ when some draws cannot reach
/// the threshold at all.
struct BudgetValue: Sendable, Equatable {
  var estimate: Double
  var interval: Interval?
}

/// One model size's budget.
struct BudgetSize: Sendable, Equatable {
  /// Parameters.
  var N: Double
  /// The loss floor E + A N^-alpha.
  var floor: Double
  /// Whether the floor is below the threshold (at the estimates).
  var reachable: Bool
  /// The share of the paired draws in which this size can reach the threshold (nil without draws).
  var reachableFraction: Double?
  /// Tokens to the threshold (nil when unreachable at the estimates, or beyond a Double).
  var tokens: BudgetValue?
  /// Training compute 6 N D to the threshold.
  var flops: BudgetValue?
}

/// The compute-optimal way to reach the threshold.
struct BudgetOptimal: Sendable, Equatable {
  var N: BudgetValue
  var tokens: BudgetValue
  var flops: BudgetValue
}

/// Everything a `budget` block computes, from the law, the threshold, the sizes and the draws.
struct BudgetNumbers: Sendable, Equatable {
  var law: LossLaw
  var eta: BudgetValue
  var level: Double
  /// Paired draws asked for (0 without draws) and those whose law or threshold failed.
  var replicates: Int
  var failures: Int
  var sizes: [BudgetSize]
  /// The same numbers on a log grid of sizes from the smallest reachable size asked for (or the
  /// optimum, if smaller) to the largest: the figure's curve and band.
  var curve: [BudgetSize]
  /// nil when eta ≤ E.
  var optimal: BudgetOptimal?

  /// Whether any size at all can reach the threshold (eta > E).
  var reachable: Bool { eta.estimate > law.E }

  /// The smallest size whose floor is below the threshold, (A / (eta − E))^(1/alpha); nil when
  /// eta ≤ E or it is not a finite positive number.
  var smallestSize: Double? {
    guard reachable else { return nil }
    let n = pow(law.A / (eta.estimate - law.E), 1 / law.alpha)
    return n.isFinite && n > 0 ? n : nil
  }

  /// Sizes on the figure's curve.
  static let curvePoints = 48

  /// Computes the budget at the estimates and, with `draws`, the intervals: draw r's tokens and
  /// compute for each size (+∞ where that draw cannot reach the threshold), then the type-7
  /// quantiles at (1 − level)/2 and (1 + level)/2.
  static func compute(law: LossLaw, eta: Double, sizes: [Double], draws: [BudgetDraw]?, level: Double) -> BudgetNumbers
  {
    let good = (draws ?? []).compactMap { d -> (LossLaw, Double)? in
      guard let l = d.law, d.eta.isFinite else { return nil }
      return (l, d.eta)
    }
    let hasDraws = draws != nil && !good.isEmpty
    func interval(_ values: [Double]) -> Interval? { hasDraws ? LossBudget.interval(values, level: level) : nil }
    let etaVaries = draws?.contains { $0.eta.isFinite && $0.eta != eta } ?? false
    let etaInterval = etaVaries ? interval(good.map(\.1)) : nil
    func row(_ n: Double) -> BudgetSize {
      let floor = LossBudget.floor(law, N: n)
      let d = LossBudget.tokens(law, eta: eta, N: n)
      let drawTokens = good.map { l, e in LossBudget.tokens(l, eta: e, N: n) ?? .infinity }
      let fraction = hasDraws ? Double(drawTokens.filter(\.isFinite).count) / Double(good.count) : nil
      return BudgetSize(
        N: n, floor: floor, reachable: floor < eta, reachableFraction: fraction,
        tokens: d.map { BudgetValue(estimate: $0, interval: interval(drawTokens)) },
        flops: d.map { BudgetValue(estimate: 6 * n * $0, interval: interval(drawTokens.map { 6 * n * $0 })) })
    }
    let rows = sizes.map(row)
    var optimal: BudgetOptimal?
    if let best = LossBudget.optimal(law, eta: eta) {
      let drawn = good.map { l, e in LossBudget.optimal(l, eta: e) ?? (.infinity, .infinity, .infinity) }
      optimal = BudgetOptimal(
        N: BudgetValue(estimate: best.N, interval: interval(drawn.map(\.N))),
        tokens: BudgetValue(estimate: best.tokens, interval: interval(drawn.map(\.tokens))),
        flops: BudgetValue(estimate: best.flops, interval: interval(drawn.map(\.flops))))
    }
    var curve: [BudgetSize] = []
    let reachable = rows.filter(\.reachable).map(\.N) + (optimal.map { [$0.N.estimate] } ?? [])
    if let low = reachable.min(), let high = sizes.max(), high > low {
      let points = curvePoints
      curve = (0..<points).map { i in row(exp(log(low) + (log(high) - log(low)) * Double(i) / Double(points - 1))) }
    }
    return BudgetNumbers(
      law: law, eta: BudgetValue(estimate: eta, interval: etaInterval), level: level, replicates: draws?.count ?? 0,
      failures: (draws?.count ?? 0) - good.count, sizes: rows, curve: curve, optimal: optimal)
  }
}
