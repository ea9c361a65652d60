import LossbookEngine
import LossbookRender
import LossbookStats

/// Every sentence and label the `collapse` block shows, in the report's language (English and
/// Japanese), and its diagnostics' messages (English, as every diagnostic): one file, so that
/// moving them into the words module is one step.
struct CollapseWords: Sendable {
  var language: ReportLanguage
  var ja: Bool { language == .ja }
  var f: LossbookNumberFormat { LossbookNumberFormat(language: language) }

  private func pick(_ en: String, _ jp: String) -> String { ja ? jp : en }

  // MARK: Verdict and reasons

  func verdict(_ v: CollapseVerdict) -> String {
    switch v {
    case .lossOnly: return pick("loss-only: the groups fall on one curve", "損失だけで決まる：各群は一本の曲線に乗る")
    case .sizeMatters: return pick("size-matters: the groups differ at equal loss", "大きさが効く：同じ損失でも群によって異なる")
    case .inconclusive: return pick("inconclusive", "判定保留")
    }
  }

  func curve(_ c: CollapseCurve) -> String {
    switch c {
    case .linear: return pick("line", "直線")
    case .logistic: return pick("logistic curve", "ロジスティック曲線")
    case .hinge: return pick("hinge", "折れ線")
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
    let name = adjustment == .holm ? "Holm" : "Benjamini-Hochberg"
    return pick("\(text) (\(name)-adjusted)", "\(text)（\(name)法で補正）")
  }

  /// One reason as a sentence.
  func reason(_ r: CollapseReason, adjustment: PValueAdjustment?) -> String {
    let n = { (key: String) in r.numbers.first { $0.0 == key }?.1 ?? .nan }
    let tol = f.format(n("tolerance"), style: .fixed(3))
    let group = r.group ?? ""
    switch r.code {
    case .shiftFound:
      let pText = p(n("p"), adjustment: adjustment)
      return pick(
        "The groups differ at equal loss: the F test's \(pText) is below alpha = \(f.format(n("alpha"), style: .automatic)).",
        "同じ損失での群の差が検出された：F検定の\(pText)は有意水準α = \(f.format(n("alpha"), style: .automatic))未満。")
    case .noShiftFound:
      let pText = p(n("p"), adjustment: adjustment)
      return pick(
        "No difference between the groups was detected: the F test's \(pText) is not below alpha = "
          + "\(f.format(n("alpha"), style: .automatic)); this alone does not show that there is none.",
        "群の差は検出されなかった：F検定の\(pText)は有意水準α = \(f.format(n("alpha"), style: .automatic))以上。"
          + "これだけでは差がないとは言えない。")
    case .withinTolerance:
      let bound = f.format(n("bound"), style: .fixed(3))
      return pick(
        "Every group's shift is within ±\(tol) (the tolerance): all \(percent(n("coverage"))) intervals lie inside it, "
          + "the widest reaching \(bound).",
        "どの群のずれも許容幅±\(tol)の内側：\(percent(n("coverage")))区間はすべてその内側にあり、最も外側でも\(bound)。")
    case .notEquivalent:
      let bound = n("bound").isFinite ? f.format(n("bound"), style: .fixed(3)) : "∞"
      return pick(
        "The data cannot rule out a shift of \(tol) (the tolerance): the \(percent(n("coverage"))) interval of "
          + "\(group) reaches \(bound).",
        "許容幅\(tol)を超えるずれを否定できない：\(group)の\(percent(n("coverage")))区間は\(bound)まで届く。")
    case .shiftBeyondTolerance:
      return pick(
        "At equal loss \(group) scores \(points(n("shift"))) against the reference, beyond the tolerance of ±\(tol): "
          + "its \(percent(n("coverage"))) interval lies wholly outside it.",
        "同じ損失で\(group)は基準群より\(points(n("shift")))：許容幅±\(tol)を超え、\(percent(n("coverage")))区間も"
          + "すべてその外側。")
    case .shiftNotBeyondTolerance:
      return pick(
        "The largest shift, \(points(n("shift"))) (\(group)), is not clearly beyond the tolerance of ±\(tol): "
          + "a difference was found but it may not matter.",
        "最大のずれ\(points(n("shift")))（\(group)）は許容幅±\(tol)を明確には超えない：差はあるが、"
          + "実質的に意味があるとは言えない。")
    case .notIdentified:
      return pick(
        "The shift of \(group) cannot be estimated from these data (no interval), so equivalence cannot be checked.",
        "\(group)のずれはこのデータからは推定できない（区間なし）ため、同等性を確かめられない。")
    case .noPValue:
      return pick(
        "No bootstrap replicate could be refitted, so there is no p-value.",
        "ブートストラップの再当てはめがすべて失敗したため、p値がない。")
    case .groupsLeftOut:
      let count = Int(n("count"))
      return pick(
        "\(count == 1 ? "1 group is" : "\(count) groups are") left out: fewer than "
          + "\(Int(n("min_overlap"))) points inside a loss range shared with another group.",
        "\(count)群は除外：ほかの群と共有する損失の範囲に点が\(Int(n("min_overlap")))個未満。")
    }
  }

  private func percent(_ x: Double) -> String { f.format(x, style: .percent(nil)) }

  // MARK: Table

  func tableCaption(y: String, x: String, by: String, reference: String, level: Double, coverage: Double) -> String {
    pick(
      "Each group's shift in \(y) at equal \(x), against \(reference) (by \(by)), with its \(percent(level)) interval "
        + "and the \(percent(coverage)) interval of the equivalence check.",
      "\(x)が同じときの\(y)の各群（\(by)）のずれ（基準：\(reference)）。\(percent(level))区間と、"
        + "同等性の確認に使う\(percent(coverage))区間。")
  }

  func headers(level: Double, coverage: Double, thresholds: Bool) -> [String] {
    var out = [
      pick("group", "群"), pick("points", "点数"),
      pick("shift at equal loss", "同じ損失でのずれ"), pick("\(percent(level)) interval", "\(percent(level))区間"),
      pick("\(percent(coverage)) interval", "\(percent(coverage))区間"),
    ]
    if thresholds { out.insert(pick("threshold", "閾値"), at: 2) }
    return out
  }

  var reference: String { pick("reference", "基準") }
  func leftOut(minOverlap: Int) -> String {
    pick("left out (fewer than \(minOverlap) shared points)", "除外（共有する点が\(minOverlap)個未満）")
  }

  /// The rows of the summary: the common curve, F, p, the largest shift.
  func summaryRows(_ r: CollapseResult) -> [(String, String)] {
    let o = r.outcome
    var rows: [(String, String)] = []
    let chosen =
      r.modelChosen
      ? pick(
        " (the best of \(r.candidateNames.joined(separator: ", ")) by BIC)",
        "（\(r.candidateNames.joined(separator: "、"))のうちBICで最良）")
      : ""
    rows.append((pick("common curve", "共通の曲線"), curve(o.curve) + chosen))
    let difference =
      o.difference == .shift
      ? pick("a shift in score per group", "群ごとの得点のずれ") : pick("a threshold per group (hinge)", "群ごとの閾値（折れ線）")
    rows.append((pick("alternative", "対立仮説"), difference))
    let fText = f.format(o.f, style: .fixed(2))
    rows.append(
      (
        pick("F test", "F検定"),
        "F(\(o.d1), \(o.d2)) = \(fText), "
          + pick(
            "\(p(r.pValue, adjustment: nil)) (parametric bootstrap, B = \(o.replicates))",
            "\(p(r.pValue, adjustment: nil))（パラメトリック・ブートストラップ、B = \(o.replicates)）")
          + (r.adjustedP.map { pick(", ", "、") + p($0, adjustment: r.family?.method) } ?? "")
      ))
    rows.append(
      (
        pick("largest shift", "最大のずれ"),
        "\(points(o.maxShift > 0 ? r.outcome.shifts[o.maxShiftGroup].estimate : 0))"
          + (o.maxShift > 0 ? pick(" (\(r.groupLabel(o.maxShiftGroup)))", "（\(r.groupLabel(o.maxShiftGroup))）") : "")
          + pick(", tolerance ±", "、許容幅±") + f.format(r.tolerance, style: .fixed(3))
      ))
    return rows
  }

  func verdictLabel() -> String { pick("Verdict: ", "判定：") }

  // MARK: Figure

  func figureTitle(_ r: CollapseResult) -> String {
    let tol = f.format(r.tolerance, style: .fixed(3))
    switch r.verdict {
    case .lossOnly:
      return pick("Every group's shift at equal loss is within ±\(tol)", "同じ損失でのずれは、どの群も±\(tol)以内")
    case .sizeMatters:
      return pick("The groups differ at equal loss by more than ±\(tol)", "同じ損失でも、群の差が±\(tol)を超える")
    case .inconclusive:
      return pick(
        "Shifts at equal loss against ±\(tol): the data do not settle it",
        "同じ損失でのずれと許容幅±\(tol)：このデータでは決着しない")
    }
  }

  func figureDescription(y: String, x: String, groups: Int) -> String {
    pick(
      "For each of \(groups) groups, its shift in \(y) at equal \(x) against the reference group (x), with its "
        + "interval, and the tolerance band around 0.",
      "\(groups)群それぞれについて、\(x)が同じときの\(y)の基準群からのずれ（横軸）と区間、0を中心とする許容幅の帯。")
  }

  func xAxis(_ y: String) -> String { pick("shift in \(y) at equal loss", "同じ損失での\(y)のずれ") }
  var yAxis: String { pick("group (in table order)", "群（表の順）") }
  func toleranceBand(_ tol: Double) -> String {
    pick("tolerance ±\(f.format(tol, style: .fixed(3)))", "許容幅±\(f.format(tol, style: .fixed(3)))")
  }
  var shiftSeries: String { pick("shift", "ずれ") }
  func intervalSeries(_ level: Double) -> String { pick("\(percent(level)) interval", "\(percent(level))区間") }
  var noShift: String { pick("no shift", "ずれなし") }

  /// A per-group curve's name on a plot: "collapse: 1B".
  func curveName(_ label: String, y: String) -> String {
    pick("one curve plus shift: \(label) (\(y))", "共通曲線＋ずれ：\(label)（\(y)）")
  }
  func thresholdCurveName(_ label: String, y: String) -> String {
    pick("hinge with own threshold: \(label) (\(y))", "群ごとの閾値の折れ線：\(label)（\(y)）")
  }

  // MARK: Diagnostics (English)

  static func oneGroup(_ by: String, label: String) -> (String, String) {
    (
      "the grouping column '\(by)' has one group ('\(label)'): there is nothing to compare",
      "group by a column with two or more values (such as run for the model sizes)"
    )
  }

  static func noOverlap(_ by: String, groups: Int, minOverlap: Int) -> (String, String) {
    (
      "no two of the \(groups) groups of '\(by)' share a loss range with \(minOverlap) or more points each: "
        + "they cannot be compared at equal loss",
      "add checkpoints where the groups' losses overlap, or lower min_overlap (now \(minOverlap))"
    )
  }

  static func threshold(model: String) -> (String, String) {
    (
      "differ: threshold needs the hinge as the common curve, not \(model)",
      "write model: hinge, or differ: shift"
    )
  }

  static func range(_ field: String, _ text: String) -> String { "\(field) must be \(text)" }

  static func fitFailed(_ what: String, _ message: String) -> String { "\(what): \(message)" }
  static let fitHelp =
    "add points (a hinge needs 5 on each side of its threshold), or choose another curve: model: linear"
  static let noCandidate = "none of linear, logistic and hinge could be fitted to these data"
}
