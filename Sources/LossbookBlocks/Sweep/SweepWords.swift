import LossbookCore
import LossbookEngine
import LossbookRender
import LossbookWords

/// The `sweep` kind's words from the catalogue (`SweepMessage`) with its numbers formatted,
/// and its diagnostics (in English, as every diagnostic).
struct SweepWords: Sendable {
  let language: ReportLanguage
  let format: LossbookNumberFormat
  let words: Words

  init(_ language: ReportLanguage) {
    self.language = language
    format = LossbookNumberFormat(language: language)
    words = Words(language)
  }

  // MARK: The report

  /// The name of a varied field, as an axis or a column heads it.
  func field(_ f: SweepField) -> String {
    switch f {
    case .items: words[.field(.items)]
    case .checkpoints: words[.field(.checkpoints)]
    case .sizes: words[.field(.sizes)]
    case .slope: words[.field(.slope)]
    case .lossNoise: words[.field(.lossNoise)]
    }
  }

  /// A value of a field as the table and legend write it.
  func value(_ f: SweepField, _ v: Double) -> String {
    f.isWhole ? format.format(v, style: .integer) : format.format(v, style: .automatic)
  }

  /// A rate in percent.
  func percent(_ x: Double) -> String { format.format(x, style: .percent(nil)) }

  /// `38% [34%, 42%]`.
  func rate(_ r: SweepRate) -> String {
    guard r.trials > 0 else { return "—" }
    guard let i = r.interval else { return percent(r.estimate) }
    return "\(percent(r.estimate)) [\(percent(i.lower)), \(percent(i.upper))]"
  }

  var powerAxis: String { words[.powerAxis] }
  var allCells: String { words[.allCells] }
  var alphaLine: String { words[.alphaLine] }
  var tableLabel: String { words[.cell] }

  var headings: [String] {
    [
      words[.powerHeader], words[.emergentHeader], words[.coverageHeader], words[.widthHeader],
      words[.verdictsHeader], words[.failedHeader],
    ]
  }

  /// The table's caption: what a replicate is and what the brackets mean.
  func tableCaption(_ s: SweepSetup) -> String {
    let a = s.analysis
    return words[
      .caption(
        replicates: s.replicates, family: s.familyID, task: s.task, test: a.tests[0].rawValue, bootstrap: a.bootstrap,
        alpha: format.format(a.alpha, style: .automatic), level: percent(a.level),
        eta: format.format(s.eta, style: .automatic))]
  }

  /// The notes under the table: the calibration at slope 0, and how power moves along the first field.
  func notes(_ s: SweepSetup, _ cells: [SweepCellSummary]) -> [String] {
    var out: [String] = []
    let alpha = s.analysis.nominalLevel
    for c in cells where c.isNull && c.replicates > 0 {
      let error = c.monteCarloError(alpha: alpha)
      let off = abs(c.power.estimate - alpha) / error
      let at = c.cell.values.filter { $0.field != .slope }.map {
        words[.fieldValue(field: field($0.field), value: value($0.field, $0.value))]
      }
      out.append(
        words[
          .nullNote(
            at: at, rate: percent(c.power.estimate), nominal: percent(alpha), error: percent(error), within: off <= 2)])
    }
    if let first = s.grid.first, first.values.count >= 2 {
      let lowCells = cells.filter { $0.cell.value(first.field) == first.values.min() && !$0.isNull }
      let highCells = cells.filter { $0.cell.value(first.field) == first.values.max() && !$0.isNull }
      if let lo = lowCells.first, let hi = highCells.first, lowCells.count == 1, highCells.count == 1 {
        out.append(
          words[
            .powerTrend(
              field: field(first.field), low: value(first.field, first.values.min()!),
              lowRate: percent(lo.power.estimate), high: value(first.field, first.values.max()!),
              highRate: percent(hi.power.estimate))])
      }
    }
    return out
  }

  /// The figure's default title.
  func title(_ s: SweepSetup) -> String { words[.title(task: s.task, by: s.grid.first.map { field($0.field) })] }

  /// The figure's description for screen readers.
  func description(_ s: SweepSetup) -> String { words[.description] }

  /// A legend entry: the values of the fields other than the x axis.
  func legend(_ values: [(field: SweepField, value: Double)]) -> String {
    values.isEmpty
      ? allCells
      : words[.legend(values.map { words[.fieldValue(field: field($0.field), value: value($0.field, $0.value))] })]
  }

  // MARK: Diagnostics (English)

  static func notAFamily(_ id: String) -> String {
    "'\(id)' is not a family block: a sweep simulates a family again"
  }
  static let notAFamilyHelp = "name a family block with a hinge task"
  static func unknownTask(_ name: String, family: String, tasks: [String]) -> String {
    "the family '\(family)' has no task '\(name)' (its tasks: \(tasks.joined(separator: ", ")))"
  }
  static func notHinge(_ name: String) -> String {
    "the task '\(name)' is not a hinge task: a sweep needs a true threshold eta and a slope to vary"
  }
  static let notHingeHelp = "give the task shape: hinge with eta and slope, or sweep another task"
  static func atLeast(_ name: String, _ low: Int) -> String { "\(name) must be a whole number of at least \(low)" }
  static let replicatesHelp = "write replicates: 200 (a rate near 5% is then known to about ±1.5 points)"
  static let bootstrapHelp = "write analysis: {bootstrap: 199}"
  static func between(_ name: String, _ v: Double) -> String {
    "\(name) must lie strictly between 0 and 1, not \(SpecLimit.show(v))"
  }
  static func betweenHelp(_ name: String) -> String {
    name == "analysis.alpha" ? "write analysis: {alpha: 0.05}" : "write analysis: {level: 0.95}"
  }
  static func minSide(_ v: Int) -> String { "analysis.min_side must be a whole number from 1 to 1000, not \(v)" }
  static let minSideHelp = "write analysis: {min_side: 5}"
  static func unsupportedTest(_ name: String) -> String {
    "the test '\(name)' has no p-value a sweep can count: it runs supf, davies or cusum"
  }
  static let testsHelp = "write analysis: {tests: [supf]}"
  static func emptyList(_ field: String) -> String { "vary.\(field) is empty: give at least one value" }
  static func badValue(_ f: SweepField, _ v: Double, sizes: Int, minSide: Int) -> String {
    let shown = SpecLimit.show(v)
    switch f {
    case .items: return "vary.items takes whole numbers from 1 to 10^12, not \(shown)"
    case .checkpoints: return "vary.checkpoints takes whole numbers from 2 to 100000, not \(shown)"
    case .sizes: return "vary.sizes takes how many of the family's \(sizes) sizes to use (1 to \(sizes)), not \(shown)"
    case .slope: return "vary.slope takes numbers of 0 or more, not \(shown)"
    case .lossNoise: return "vary.loss_noise takes numbers of 0 or more, not \(shown)"
    }
  }
  static func valueHelp(_ f: SweepField) -> String {
    switch f {
    case .items: "write vary: {items: [100, 300, 1000]}"
    case .checkpoints: "write vary: {checkpoints: [10, 20, 40]}"
    case .sizes: "give counts of sizes such as vary: {sizes: [3, 6]} for a family of six: its runs, evenly spread"
    case .slope: "write vary: {slope: [0, 0.3, 0.9]}: 0 measures the test's false-positive rate"
    case .lossNoise: "write vary: {loss_noise: [0.005, 0.02]}"
    }
  }
  static func checkpointsNeedGrids(_ family: String) -> String {
    "vary.checkpoints respaces each run's tokens, but a run of '\(family)' has a single checkpoint"
  }

  /// The refusal of a sweep over its budget, with the time it would take on one core.
  static func overBudget(fits: Double, budget: Double) -> (String, String) {
    let seconds = fits * SweepLimits.secondsPerFit
    let time =
      seconds < 120
      ? "\(Int(seconds.rounded())) seconds"
      : seconds < 7200 ? "\(Int((seconds / 60).rounded())) minutes" : "\(Int((seconds / 3600).rounded())) hours"
    return (
      "this sweep asks for \(SpecLimit.show(fits)) replicate fits (cells × replicates × (bootstrap + 1)), more than "
        + "limits.fits (\(SpecLimit.show(budget))): about \(time) on one core",
      "use fewer cells, replicates or bootstrap replicates, or raise limits: {fits: …} and shard the render "
        + "(lossbook render notebook.md --shard K/N --out parts/, then lossbook merge parts/)"
    )
  }

  static func badParts(_ why: String) -> String { "the shards given to merge do not fit this sweep: \(why)" }
  static let badPartsHelp =
    "render every shard again from this notebook: lossbook render notebook.md --shard K/N --out parts/"
  static func partShape(total: Int) -> String { "a part does not hold a slice of this sweep's \(total) replicates" }
  static func partTwice(_ g: Int) -> String { "replicate \(g) is in two parts" }
  static func partMissing(_ g: Int) -> String { "replicate \(g) is in no part" }
}
