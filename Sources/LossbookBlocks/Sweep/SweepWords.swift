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

  // MARK: Diagnostics (the words module's `SweepProblem`, English on every page)

  static func notAFamily(_ id: String) -> DiagnosticMessage { .sweep(.notAFamily(block: id)) }
  static let notAFamilyHelp = DiagnosticMessage.sweep(.notAFamilyHelp)
  static func unknownTask(_ name: String, family: String, tasks: [String]) -> DiagnosticMessage {
    .sweep(.unknownTask(task: name, family: family, tasks: tasks))
  }
  static func notHinge(_ name: String) -> DiagnosticMessage { .sweep(.notHinge(task: name)) }
  static let notHingeHelp = DiagnosticMessage.sweep(.notHingeHelp)
  static func atLeast(_ name: String, _ low: Int) -> DiagnosticMessage { .sweep(.atLeast(field: name, low)) }
  static let replicatesHelp = DiagnosticMessage.sweep(.replicatesHelp)
  static let bootstrapHelp = DiagnosticMessage.sweep(.bootstrapHelp)
  static func between(_ name: String, _ v: Double) -> DiagnosticMessage {
    .sweep(.between(field: name, value: SpecLimit.show(v)))
  }
  static func betweenHelp(_ name: String) -> DiagnosticMessage {
    name == "analysis.alpha" ? .sweep(.alphaHelp) : .sweep(.levelHelp)
  }
  static func minSide(_ v: Int) -> DiagnosticMessage { .sweep(.minSide(v)) }
  static let minSideHelp = DiagnosticMessage.sweep(.minSideHelp)
  static func unsupportedTest(_ name: String) -> DiagnosticMessage { .sweep(.unsupportedTest(name)) }
  static let testsHelp = DiagnosticMessage.sweep(.testsHelp)
  static func emptyList(_ field: String) -> DiagnosticMessage { .sweep(.emptyList(field: field)) }
  static func badValue(_ f: SweepField, _ v: Double, sizes: Int, minSide: Int) -> DiagnosticMessage {
    .sweep(.badValue(word(f), value: SpecLimit.show(v), sizes: sizes))
  }
  static func valueHelp(_ f: SweepField) -> DiagnosticMessage { .sweep(.valueHelp(word(f))) }
  static func checkpointsNeedGrids(_ family: String) -> DiagnosticMessage {
    .sweep(.checkpointsNeedGrids(family: family))
  }

  /// The refusal of a sweep over its budget, with the time it would take on one core.
  static func overBudget(fits: Double, budget: Double) -> (DiagnosticMessage, DiagnosticMessage) {
    let seconds = fits * SweepLimits.secondsPerFit
    let time: SweepDuration =
      seconds < 120
      ? .seconds(Int(seconds.rounded()))
      : seconds < 7200 ? .minutes(Int((seconds / 60).rounded())) : .hours(Int((seconds / 3600).rounded()))
    return (
      .sweep(.overBudget(fits: SpecLimit.show(fits), budget: SpecLimit.show(budget), time: time)),
      .sweep(.overBudgetHelp)
    )
  }

  static func badParts(_ why: SweepPartProblem) -> DiagnosticMessage { .sweep(.badParts(why)) }
  static let badPartsHelp = DiagnosticMessage.sweep(.badPartsHelp)

  /// A varied field as the words module names it.
  static func word(_ f: SweepField) -> SweepFieldWord {
    switch f {
    case .items: .items
    case .checkpoints: .checkpoints
    case .sizes: .sizes
    case .slope: .slope
    case .lossNoise: .lossNoise
    }
  }
}
