import Foundation
import LossbookCore
import LossbookEngine
import LossbookRender
import LossbookStats
import LossbookSyntax
import LossbookWords

/// The `collapse` kind: one curve of y against x for every group, or a shift (a threshold) per
/// group at equal x; F with a parametric-bootstrap p-value, shifts with intervals, an
/// equivalence check and a verdict (STATS.md section 6).
enum CollapseBlock {
  static let kind = SpecKind(
    "collapse", spec: CollapseSpec.self, fields: CollapseSpec.fields)

  /// The fewest points on each side of a hinge threshold (as the threshold block's default).
  static let minSide = 5

  static func run(_ spec: CollapseSpec, context: ExecutionContext) throws(BlockFailure) -> CollapseResult {
    let table = try context.table(spec.table)
    let xAll = try TableColumns.numbers(table, spec.x)
    let yAll = try TableColumns.numbers(table, spec.y)
    let labelsAll = try Self.labels(table, spec.by)
    let options = try Self.options(spec, context: context)
    let minOverlap = spec.min_overlap?.value ?? CollapseSpec.Defaults.minOverlap
    let difference = spec.differ?.value.value ?? CollapseSpec.Defaults.differ
    if difference == .threshold, let asked = spec.model?.value.value, asked != .auto, asked != .hinge {
      let (message, help) = CollapseWords.threshold(model: asked.rawValue)
      throw BlockFailure(CollapseDiagnostics.badOption, message, at: spec.differ?.range, help: help)
    }

    // Groups in table order, over the rows with a finite x and y.
    var rows: [Int] = []
    var groupOf: [String: Int] = [:]
    var labels: [String] = []
    var rowGroup: [Int] = []
    for i in 0..<table.rowCount where xAll[i].isFinite && yAll[i].isFinite {
      let label = labelsAll[i]
      var g = groupOf[label] ?? -1
      if g < 0 {
        g = labels.count
        groupOf[label] = g
        labels.append(label)
      }
      rows.append(i)
      rowGroup.append(g)
    }
    if labels.count < 2 {
      let (message, help) = CollapseWords.oneGroup(spec.by.value, label: labels.first ?? "")
      throw BlockFailure(CollapseDiagnostics.oneGroup, message, at: spec.by.range, help: help)
    }
    let x = rows.map { xAll[$0] }
    let counting = GroupOverlap.counting(x: x, group: rowGroup, groupCount: labels.count, minOverlap: minOverlap)
    let usedCount = counting.filter { $0 }.count
    if usedCount < 2 {
      let (message, help) = CollapseWords.noOverlap(spec.by.value, groups: labels.count, minOverlap: minOverlap)
      throw BlockFailure(
        CollapseDiagnostics.noOverlap, message, at: spec.min_overlap?.range ?? spec.by.range, help: help)
    }
    var index = [Int?](repeating: nil, count: labels.count)
    var next = 0
    for g in 0..<labels.count where counting[g] {
      index[g] = next
      next += 1
    }
    var groups: [CollapseGroup] = labels.map {
      CollapseGroup(label: $0, n: 0, index: nil, low: .infinity, high: -.infinity)
    }
    var ux: [Double] = []
    var uy: [Double] = []
    var ug: [Int] = []
    for (k, i) in rows.enumerated() {
      let g = rowGroup[k]
      groups[g].n += 1
      groups[g].low = Swift.min(groups[g].low, xAll[i])
      groups[g].high = Swift.max(groups[g].high, xAll[i])
      guard let u = index[g] else { continue }
      ux.append(xAll[i])
      uy.append(yAll[i])
      ug.append(u)
    }
    for g in 0..<labels.count { groups[g].index = index[g] }

    var (curve, candidates) = try Self.curve(spec, difference: difference, x: ux, y: uy)
    // With model: auto, a curve whose fit with a shift per group fails is named and the next
    // best by BIC is tried, so a degenerate candidate never fails the block.
    var order = [curve]
    for c in candidates.sorted(by: { ($0.bic ?? .infinity) < ($1.bic ?? .infinity) })
    where c.bic != nil && c.curve != curve {
      order.append(c.curve)
    }
    var outcome: CollapseOutcome?
    var failure: FitError?
    for candidate in order {
      do {
        outcome = try CollapseTest(options: options).run(
          x: ux, y: uy, group: ug, groupCount: usedCount, curve: candidate, difference: difference,
          streams: ReplicateStreams(seed: UInt64(context.seed), block: context.blockID, stream: "collapse"))
        curve = candidate
        break
      } catch {
        failure = failure ?? error
        guard let i = candidates.firstIndex(where: { $0.curve == candidate }) else { break }
        candidates[i].status = "h1_not_fitted"
        candidates[i].reason = error
      }
    }
    guard let outcome else {
      throw BlockFailure(
        CollapseDiagnostics.fitFailed,
        .collapse(.shiftedFitFailed(curve: curve.rawValue, reason: failure)),
        at: spec.model?.range ?? spec.y.range, help: CollapseWords.fitHelp)
    }
    var result = CollapseResult(
      tableID: spec.table.value, x: spec.x.value, y: spec.y.value, by: spec.by.value, groups: groups,
      outcome: outcome, candidates: candidates, modelChosen: !candidates.isEmpty, tolerance: options.tolerance,
      alpha: options.alpha, level: options.level, minOverlap: minOverlap, pValue: outcome.pBootstrap,
      adjustedP: nil, family: nil, verdict: .inconclusive, reasons: [], title: spec.title, caption: spec.caption,
      warnings: [])
    result.displayNames = table.displayNames
    return result.decided(p: outcome.pBootstrap)
  }

  /// Each row's group label: text as written, numbers (model sizes) in short form (`154M`).
  static func labels(_ table: DataTable, _ name: Located<String>) throws(BlockFailure) -> [String] {
    guard let c = table.column(name.value) else { throw DataBlock.unknownColumn(name.value, in: table, at: name.range) }
    switch c.values {
    case .text(let v): return v
    case .numbers(let v):
      let f = LossbookNumberFormat(language: .en)
      return v.map { abs($0) >= 1000 ? f.format($0, style: .si) : f.format($0, style: .automatic) }
    }
  }

  /// The curve: the one asked for, or the best of linear, logistic and hinge by BIC (each
  /// candidate listed with its BIC or why it could not be fitted).
  static func curve(_ spec: CollapseSpec, difference: CollapseDifference, x: [Double], y: [Double]) throws(BlockFailure)
    -> (CollapseCurve, [CollapseCandidate])
  {
    let asked = spec.model?.value.value ?? CollapseSpec.Defaults.model
    if difference == .threshold {
      guard asked == .auto || asked == .hinge else {
        let (message, help) = CollapseWords.threshold(model: asked.rawValue)
        throw BlockFailure(CollapseDiagnostics.badOption, message, at: spec.differ?.range, help: help)
      }
      return (.hinge, [])
    }
    switch asked {
    case .linear: return (.linear, [])
    case .logistic: return (.logistic, [])
    case .hinge: return (.hinge, [])
    case .auto: break
    }
    var candidates: [CollapseCandidate] = []
    let n = Double(x.count)
    for curve in CollapseCurve.allCases {
      do {
        let fit = try CollapseTest.commonFit(x: x, y: y, curve: curve, minSide: minSide)
        let p = Double(curve.parameterNames.count)
        let bic = n * log(fit.rss / n) + p * log(n)
        candidates.append(
          CollapseCandidate(curve: curve, bic: bic, status: fit.onBoundary ? "at_bound" : "ok", reason: nil))
      } catch {
        candidates.append(CollapseCandidate(curve: curve, bic: nil, status: "not_fitted", reason: error))
      }
    }
    var best: CollapseCandidate?
    for c in candidates {
      guard let bic = c.bic, bic.isFinite else { continue }
      if best == nil || bic < best!.bic! { best = c }
    }
    guard let best else {
      throw BlockFailure(
        CollapseDiagnostics.fitFailed, CollapseWords.noCandidate, at: spec.y.range, help: CollapseWords.fitHelp)
    }
    return (best.curve, candidates)
  }

  /// The numeric settings, each checked at its field.
  static func options(_ spec: CollapseSpec, context: ExecutionContext) throws(BlockFailure) -> CollapseOptions {
    typealias D = CollapseSpec.Defaults
    let tolerance = try context.number(spec.tolerance, default: D.tolerance)
    guard tolerance.isFinite && tolerance > 0 else {
      throw BlockFailure(
        CollapseDiagnostics.badOption, CollapseWords.range("tolerance", .positiveInYUnits),
        at: spec.tolerance?.range, help: .collapse(.toleranceHelp))
    }
    let alpha = try context.number(spec.alpha, default: D.alpha)
    guard alpha > 0 && alpha < 0.5 else {
      throw BlockFailure(
        CollapseDiagnostics.badOption, CollapseWords.range("alpha", .between0AndHalf),
        at: spec.alpha?.range, help: .collapse(.alphaHelp))
    }
    let level = try context.number(spec.level, default: D.level)
    guard level > 0 && level < 1 else {
      throw BlockFailure(
        CollapseDiagnostics.badOption, CollapseWords.range("level", .between0And1),
        at: spec.level?.range, help: .collapse(.levelHelp))
    }
    let replicates = spec.replicates?.value ?? D.replicates
    guard replicates >= 0 else {
      throw BlockFailure(
        CollapseDiagnostics.badOption, CollapseWords.range("replicates", .zeroOrMore), at: spec.replicates?.range,
        help: .collapse(.replicatesHelp))
    }
    if let m = spec.min_overlap, m.value < 1 {
      throw BlockFailure(
        CollapseDiagnostics.badOption, CollapseWords.range("min_overlap", .oneOrMore), at: m.range,
        help: .collapse(.minOverlapHelp))
    }
    return CollapseOptions(
      replicates: replicates, threads: context.jobs, alpha: alpha, tolerance: tolerance, level: level, minSide: minSide)
  }
}
