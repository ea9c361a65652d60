import Foundation
import LossbookSimulation
import LossbookStats

/// One cell of a sweep's design grid: the values it sets, and the family it simulates.
struct SweepCell: Sendable {
  /// The value of each varied field, in the fixed field order.
  var values: [(field: SweepField, value: Double)]
  /// The family with the cell's values, reduced to the analysed task.
  var family: ScalingFamily
  /// The task's true threshold (its eta).
  var eta: Double
  /// The task's slope in this cell (0: no threshold).
  var slope: Double

  func value(_ field: SweepField) -> Double? {
    for v in values where v.field == field { return v.value }
    return nil
  }
}

/// How a sweep builds its cells from a family (FORMAT.md section 6, `sweep`).
enum SweepDesign {
  /// Every combination of the varied values, the first field varying slowest.
  static func cells(
    base: ScalingFamily, task: ScalingFamily.Task, eta: Double, slope: Double,
    grid: [(field: SweepField, values: [Double])]
  ) -> [SweepCell] {
    var combinations: [[(field: SweepField, value: Double)]] = [[]]
    for (field, values) in grid {
      var next: [[(field: SweepField, value: Double)]] = []
      for prefix in combinations {
        for v in values { next.append(prefix + [(field, v)]) }
      }
      combinations = next
    }
    return combinations.map { values in
      var family = base
      var t = task
      var cellSlope = slope
      for (field, v) in values {
        switch field {
        case .items: t.items = Int(v)
        case .checkpoints: family.runs = family.runs.map { respaced($0, checkpoints: Int(v)) }
        case .sizes: family.runs = spread(family.runs, count: Int(v))
        case .slope: cellSlope = v
        case .lossNoise: family.lossNoise = v
        }
      }
      if case .hinge(let random, let eta, _, let ceiling) = t.shape {
        t.shape = .hinge(random: random, eta: eta, slope: cellSlope, ceiling: ceiling)
      }
      family.tasks = [t]
      return SweepCell(values: values, family: family, eta: eta, slope: cellSlope)
    }
  }

  /// A run observed at `checkpoints` token counts, log-evenly spaced from its first to its last.
  static func respaced(_ run: FamilyRun, checkpoints: Int) -> FamilyRun {
    guard let first = run.tokens.min(), let last = run.tokens.max() else { return run }
    var out = run
    out.tokens = TokenGrid.range(from: first, to: last, checkpoints: checkpoints, logSpaced: true).points
    return out
  }

  /// `count` of the runs, evenly spread over their order: the first and the last always, the
  /// others at the rounded positions i (n − 1) / (count − 1).
  static func spread(_ runs: [FamilyRun], count: Int) -> [FamilyRun] {
    guard count < runs.count else { return runs }
    guard count > 1 else { return [runs[runs.count - 1]] }
    var out: [FamilyRun] = []
    for i in 0..<count {
      let position = (Double(i) * Double(runs.count - 1) / Double(count - 1)).rounded()
      out.append(runs[Int(position)])
    }
    return out
  }
}
