import LossbookCore
import LossbookEngine
import LossbookRender
import LossbookStats
import LossbookWords

/// The `collapse` block's words from the catalogue (`CollapseMessage`) with its numbers
/// formatted, and its diagnostics' messages (English, as every diagnostic).
struct CollapseWords: Sendable {
  var language: ReportLanguage
  var f: LossbookNumberFormat { LossbookNumberFormat(language: language) }
  var words: Words { Words(language) }

  // MARK: Verdict and reasons

  func verdict(_ v: CollapseVerdict) -> String { words[.verdict(Self.word(v))] }

  static func word(_ v: CollapseVerdict) -> CollapseVerdictWord {
    switch v {
    case .lossOnly: .lossOnly
    case .sizeMatters: .sizeMatters
    case .inconclusive: .inconclusive
    }
  }

  func curve(_ c: CollapseCurve) -> String {
    switch c {
    case .linear: words[.curve(.linear)]
    case .logistic: words[.curve(.logistic)]
    case .hinge: words[.curve(.hinge)]
    }
  }

  /// A shift in score points: "+0.031" (signed, 3 decimals).
  func points(_ x: Double) -> String {
    guard x.isFinite else { return "—" }
    return (x > 0 ? "+" : "") + f.format(x, style: .fixed(3))
  }

  func p(_ value: Double, adjustment: PValueAdjustment?) -> String {
    let text = f.pValueText(value)
    guard let adjustment, adjustment != .none else { return text }
    return words[.adjustedP(p: text, method: adjustment == .holm ? "Holm" : "Benjamini-Hochberg")]
  }

  /// One reason as a sentence.
  func reason(_ r: CollapseReason, adjustment: PValueAdjustment?) -> String {
    let n = { (key: String) in r.numbers.first { $0.0 == key }?.1 ?? .nan }
    let tol = f.format(n("tolerance"), style: .fixed(3))
    let group = r.group ?? ""
    let alpha = f.format(n("alpha"), style: .automatic)
    switch r.code {
    case .shiftFound: return words[.shiftFound(p: p(n("p"), adjustment: adjustment), alpha: alpha)]
    case .noShiftFound: return words[.noShiftFound(p: p(n("p"), adjustment: adjustment), alpha: alpha)]
    case .withinTolerance:
      return words[
        .withinTolerance(
          tolerance: tol, coverage: percent(n("coverage")), bound: f.format(n("bound"), style: .fixed(3)))]
    case .notEquivalent:
      let bound = n("bound").isFinite ? f.format(n("bound"), style: .fixed(3)) : "∞"
      return words[.notEquivalent(tolerance: tol, coverage: percent(n("coverage")), group: group, bound: bound)]
    case .shiftBeyondTolerance:
      return words[
        .shiftBeyondTolerance(
          group: group, shift: points(n("shift")), tolerance: tol, coverage: percent(n("coverage")))]
    case .shiftNotBeyondTolerance:
      return words[.shiftNotBeyondTolerance(group: group, shift: points(n("shift")), tolerance: tol)]
    case .notIdentified: return words[.notIdentified(group: group)]
    case .noPValue: return words[.noPValue]
    case .groupsLeftOut: return words[.groupsLeftOut(count: Int(n("count")), minOverlap: Int(n("min_overlap")))]
    }
  }

  private func percent(_ x: Double) -> String { f.format(x, style: .percent(nil)) }

  // MARK: Table

  func tableCaption(y: String, x: String, by: String, reference: String, level: Double, coverage: Double) -> String {
    words[.caption(y: y, x: x, by: by, reference: reference, level: percent(level), coverage: percent(coverage))]
  }

  func headers(level: Double, coverage: Double, thresholds: Bool) -> [String] {
    var out = [
      words[.groupHeader], words[.pointsHeader], words[.shiftHeader], words[.intervalHeader(level: percent(level))],
      words[.intervalHeader(level: percent(coverage))],
    ]
    if thresholds { out.insert(words[.thresholdHeader], at: 2) }
    return out
  }

  var reference: String { words[.reference] }
  func leftOut(minOverlap: Int) -> String { words[.leftOut(minOverlap: minOverlap)] }

  /// The rows of the summary: the common curve, F, p, the largest shift.
  func summaryRows(_ r: CollapseResult) -> [(String, String)] {
    let o = r.outcome
    var rows: [(String, String)] = []
    let chosen = r.modelChosen ? words[.chosenBy(r.candidateNames)] : ""
    rows.append((words[.commonCurve], curve(o.curve) + chosen))
    rows.append((words[.alternative], words[o.difference == .shift ? .shiftPerGroup : .thresholdPerGroup]))
    let fText = f.format(o.f, style: .fixed(2))
    let adjusted = r.adjustedP.map { p($0, adjustment: r.family?.method) }
    rows.append(
      (
        words[.fTest],
        "F(\(o.d1), \(o.d2)) = \(fText), "
          + words[.fTestValue(p: p(r.pValue, adjustment: nil), replicates: o.replicates, adjusted: adjusted)]
      ))
    let shift = points(o.maxShift > 0 ? r.outcome.shifts[o.maxShiftGroup].estimate : 0)
    let group = o.maxShift > 0 ? r.shown(r.groupLabel(o.maxShiftGroup)) : nil
    rows.append(
      (
        words[.largestShift],
        words[.largestShiftValue(shift: shift, group: group, tolerance: f.format(r.tolerance, style: .fixed(3)))]
      ))
    return rows
  }

  func verdictLabel() -> String { words[.verdictLabel] }

  /// The accessible name of the summary rows' table.
  var testTable: String { words[.testTable] }

  // MARK: Figure

  func figureTitle(_ r: CollapseResult) -> String {
    words[.figureTitle(Self.word(r.verdict), tolerance: f.format(r.tolerance, style: .fixed(3)))]
  }

  func figureDescription(y: String, x: String, groups: Int) -> String {
    words[.figureDescription(y: y, x: x, groups: groups)]
  }

  func xAxis(_ y: String) -> String { words[.xAxis(y: y)] }
  var yAxis: String { words[.yAxis] }
  func toleranceBand(_ tol: Double) -> String { words[.toleranceBand(f.format(tol, style: .fixed(3)))] }
  var shiftSeries: String { words[.shiftSeries] }
  func intervalSeries(_ level: Double) -> String { words[.intervalSeries(level: percent(level))] }
  var noShift: String { words[.noShift] }

  /// A per-group curve's name on a plot.
  func curveName(_ label: String, y: String) -> String { words[.shiftCurve(group: label, y: y)] }
  func thresholdCurveName(_ label: String, y: String) -> String { words[.thresholdCurve(group: label, y: y)] }

  // MARK: Diagnostics (the words module's `CollapseProblem`, English on every page)

  static func oneGroup(_ by: String, label: String) -> (DiagnosticMessage, DiagnosticMessage) {
    (.collapse(.oneGroup(by: by, label: label)), .collapse(.oneGroupHelp))
  }

  static func noOverlap(_ by: String, groups: Int, minOverlap: Int) -> (DiagnosticMessage, DiagnosticMessage) {
    (
      .collapse(.noOverlap(by: by, groups: groups, minOverlap: minOverlap)),
      .collapse(.noOverlapHelp(minOverlap: minOverlap))
    )
  }

  static func threshold(model: String) -> (DiagnosticMessage, DiagnosticMessage) {
    (.collapse(.thresholdNeedsHinge(model: model)), .collapse(.thresholdNeedsHingeHelp))
  }

  static func range(_ field: String, _ rule: CollapseRule) -> DiagnosticMessage {
    .collapse(.mustBe(field: field, rule))
  }

  static let fitHelp = DiagnosticMessage.collapse(.fitHelp)
  static let noCandidate = DiagnosticMessage.collapse(.noCandidate)
}
