import Foundation
import LossbookStats

/// A rate with its Wilson interval: `count` of `trials`.
struct SweepRate: Sendable {
  var count: Int
  var trials: Int
  var interval: Interval?

  init(_ count: Int, of trials: Int, level: Double) {
    self.count = count
    self.trials = trials
    interval = WilsonInterval.compute(successes: count, trials: trials, level: level)
  }

  /// count / trials (NaN without trials).
  var estimate: Double { trials > 0 ? Double(count) / Double(trials) : .nan }
}

/// What the replicates of one cell found (STATS.md section 8).
struct SweepCellSummary: Sendable {
  var cell: SweepCell
  /// Replicates summarised (all R, or a shard's share of them).
  var replicates: Int
  /// Rejections by the first test: the power, or at slope 0 the false-positive rate.
  var power: SweepRate
  /// Replicates whose verdict is `emergent`.
  var emergent: SweepRate
  var smooth: Int
  var inconclusive: Int
  /// Replicates whose analysis failed (counted as no rejection).
  var failures: Int
  /// The share of intervals that hold the true threshold (nil at slope 0, where there is none).
  var coverage: Double?
  /// The median width of the threshold's interval (nil without intervals).
  var medianWidth: Double?

  /// Whether the cell has no threshold, so its rejection rate is the test's real size.
  var isNull: Bool { cell.slope == 0 }

  static func make(_ cell: SweepCell, draws: ArraySlice<SweepDraw?>, alpha: Double, level: Double) -> SweepCellSummary {
    var n = 0
    var rejections = 0
    var emergent = 0
    var smooth = 0
    var inconclusive = 0
    var failures = 0
    var covered = 0
    var withInterval = 0
    var widths: [Double] = []
    for d in draws {
      guard let d else { continue }
      n += 1
      guard let verdict = d.verdict else {
        failures += 1
        continue
      }
      if d.p < alpha { rejections += 1 }
      switch verdict {
      case .emergent: emergent += 1
      case .smooth: smooth += 1
      case .inconclusive: inconclusive += 1
      }
      if d.lower.isFinite && d.upper.isFinite {
        withInterval += 1
        widths.append(d.upper - d.lower)
        if d.lower <= cell.eta && cell.eta <= d.upper { covered += 1 }
      }
    }
    widths.sort()
    var median: Double? = nil
    if !widths.isEmpty {
      let m = widths.count / 2
      median = widths.count % 2 == 1 ? widths[m] : (widths[m - 1] + widths[m]) / 2
    }
    return SweepCellSummary(
      cell: cell, replicates: n, power: SweepRate(rejections, of: n, level: level),
      emergent: SweepRate(emergent, of: n, level: level), smooth: smooth, inconclusive: inconclusive,
      failures: failures,
      coverage: cell.slope > 0 && withInterval > 0 ? Double(covered) / Double(withInterval) : nil, medianWidth: median)
  }

  /// The Monte Carlo standard error of a rejection rate of alpha over these replicates.
  func monteCarloError(alpha: Double) -> Double {
    replicates > 0 ? (alpha * (1 - alpha) / Double(replicates)).squareRoot() : .nan
  }
}
