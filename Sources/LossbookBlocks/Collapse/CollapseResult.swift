import LossbookCore
import LossbookEngine
import LossbookRender
import LossbookStats
import LossbookWords

/// One group of the grouping column, in table order.
struct CollapseGroup: Sendable {
  var label: String
  var n: Int
  /// Its index in the analysis (the outcome's groups), nil when it was left out.
  var index: Int?
  /// Its x range.
  var low: Double
  var high: Double
}

/// A candidate of `model: auto`: its BIC on every point, or why it could not be fitted.
struct CollapseCandidate: Sendable {
  var curve: CollapseCurve
  var bic: Double?
  var status: String
  var reason: FitError?
}

/// What a `collapse` block found: the `collapse` object of FORMAT.md section 6.
struct CollapseResult: BlockResult {
  var tableID: String
  var x: String
  var y: String
  var by: String
  var groups: [CollapseGroup]
  var outcome: CollapseOutcome
  var candidates: [CollapseCandidate]
  var modelChosen: Bool
  var tolerance: Double
  var alpha: Double
  var level: Double
  var minOverlap: Int
  /// The bootstrap p-value, and after the notebook's adjustment the adjusted one.
  var pValue: Double
  var adjustedP: Double?
  var family: TestFamily?
  var verdict: CollapseVerdict
  var reasons: [CollapseReason]
  var title: String?
  var caption: String?
  var warnings: [BlockWarning]
  /// Display names of the groups and columns (the family's `labels:`), for the page only.
  var displayNames: [String: String] = [:]

  /// How the page names a group or column: its display name, or the name.
  func shown(_ name: String) -> String { displayNames[name] ?? name }

  /// The groups in the analysis, by outcome index.
  var used: [CollapseGroup] { groups.filter { $0.index != nil } }
  func groupLabel(_ index: Int) -> String { used[index].label }
  var labels: [String] { used.map(\.label) }
  var candidateNames: [String] { candidates.map(\.curve.rawValue) }
  var leftOut: [CollapseGroup] { groups.filter { $0.index == nil } }

  /// The p-value the verdict was decided on.
  var decisionP: Double { adjustedP ?? pValue }

  func decided(p: Double) -> CollapseResult {
    var copy = self
    (copy.verdict, copy.reasons) = CollapseDecision.decide(
      outcome, p: p, alpha: alpha, tolerance: tolerance, labels: labels, leftOut: leftOut.count,
      minOverlap: minOverlap)
    return copy
  }

  static func interval(_ i: Interval?) -> JSONValue {
    i.map { .array([.num($0.lower), .num($0.upper)]) } ?? .null
  }

  var json: JSONValue {
    let o = outcome
    let names = o.curve.parameterNames
    func params(_ values: [Double]) -> JSONValue {
      .object(zip(names, values).map { ($0.0, .num($0.1)) })
    }
    var groupMembers: [(String, JSONValue)] = []
    for g in groups {
      var m: [(String, JSONValue)] = [("n", .number(Double(g.n))), ("used", .bool(g.index != nil))]
      if let i = g.index {
        let s = o.shifts[i]
        m.append(
          (
            "shift",
            .object([
              ("estimate", .num(s.estimate)), ("se", s.se.isFinite ? .num(s.se) : .null),
              ("ci", Self.interval(s.interval)), ("ci_equivalence", Self.interval(s.equivalenceInterval)),
            ])
          ))
        if let t = s.threshold { m.append(("threshold", .num(t))) }
      }
      groupMembers.append((g.label, .object(m)))
    }
    var members: [(String, JSONValue)] = [
      ("table", .string(tableID)), ("x", .string(x)), ("y", .string(y)), ("by", .string(by)),
      ("model", .string(o.curve.rawValue)), ("model_choice", .string(modelChosen ? "auto" : "given")),
      ("differ", .string(o.difference.rawValue)), ("n", .number(Double(o.n))),
      ("reference", .string(labels.first ?? "")), ("group_order", .array(groups.map { .string($0.label) })),
      ("groups", .object(groupMembers)),
      ("left_out", .array(leftOut.map { .string($0.label) })),
      ("h0", .object([("params", params(o.h0)), ("rss", .num(o.rss0)), ("sigma", .num(o.sigma0))])),
      ("h1", .object([("params", params(o.h1)), ("rss", .num(o.rss1))])),
      ("f", .num(o.f)), ("df", .array([.number(Double(o.d1)), .number(Double(o.d2))])),
      ("p", pValue.isFinite ? .num(pValue) : .null), ("p_f", .num(o.pF)),
      ("replicates", .number(Double(o.replicates))), ("failures", .number(Double(o.failures))),
      ("max_shift", o.maxShift.isFinite ? .num(o.maxShift) : .null),
      ("max_shift_group", .string(labels.isEmpty ? "" : labels[o.maxShiftGroup])),
      ("tolerance", .num(tolerance)), ("alpha", .num(alpha)), ("level", .num(level)),
      ("min_overlap", .number(Double(minOverlap))), ("equivalent", .bool(o.equivalent)),
      ("equivalence_bound", o.equivalenceBound.isFinite ? .num(o.equivalenceBound) : .null),
      ("conditional_on_threshold", .bool(o.conditionalOnThreshold)),
      ("verdict", .string(verdict.rawValue)), ("reasons", .array(reasons.map(\.json))),
    ]
    // The display names the notebook gave its groups (a family's or data block's labels:), as
    // [{name, label}] pairs (names such as 1.5B hold dots), for an explanation to say them.
    let named = groups.compactMap { g in displayNames[g.label].map { (g.label, $0) } }
    if !named.isEmpty {
      members.append(
        ("labels", .array(named.map { .object([("name", .string($0.0)), ("label", .string($0.1))]) })))
    }
    if modelChosen {
      members.append(
        (
          "candidates",
          .object(
            candidates.map { c in
              var m: [(String, JSONValue)] = [("status", .string(c.status))]
              m.append(("bic", c.bic.map { .num($0) } ?? .null))
              if let r = c.reason { m.append(("reason", r.json)) }
              return (c.curve.rawValue, .object(m))
            })
        ))
    }
    if let adjustedP, let family {
      members.append(("p_adjusted", .num(adjustedP)))
      members.append(
        (
          "adjustment",
          .object([
            ("method", .string(family.method.rawValue)), ("tests", .number(Double(family.tests))),
            ("blocks", .number(Double(family.blocks))),
          ])
        ))
    }
    return .object(members)
  }

  /// One row per group in table order: `group`, `n`, `used` (1 or 0), `shift`, `se`, `lower`,
  /// `upper`, `lower_equivalence`, `upper_equivalence`, and `threshold` with `differ: threshold`
  /// (NaN for a group left out, and for the reference's se and intervals).
  var table: DataTable? {
    func column(_ name: String, _ value: (CollapseShift) -> Double?) -> DataColumn {
      var values: [Double] = []
      for g in groups {
        if let i = g.index, let v = value(outcome.shifts[i]) { values.append(v) } else { values.append(.nan) }
      }
      return DataColumn(name, numbers: values)
    }
    var columns = [
      DataColumn("group", text: groups.map(\.label)), DataColumn("n", numbers: groups.map { Double($0.n) }),
      DataColumn("used", numbers: groups.map { $0.index == nil ? 0 : 1 }),
      column("shift") { $0.estimate }, column("se") { $0.se },
      column("lower") { $0.interval?.lower }, column("upper") { $0.interval?.upper },
      column("lower_equivalence") { $0.equivalenceInterval?.lower },
      column("upper_equivalence") { $0.equivalenceInterval?.upper },
    ]
    if outcome.difference == .threshold { columns.append(column("threshold") { $0.threshold }) }
    return DataTable(columns: columns)
  }

  func render(_ context: RenderContext) -> BlockRendering {
    context.figureWithLinks(
      CollapseHTML.chart(self, context: context), caption: caption,
      tables: CollapseHTML.tables(self, context: context) + AssumptionsHTML.details(.collapse, context: context))
  }
}

extension CollapseResult: TestFamilyResult {
  var familyPValues: [Double] { [pValue] }

  func adjusting(_ adjusted: [Double], family: TestFamily) -> any BlockResult {
    guard let p = adjusted.first, p.isFinite else { return self }
    var copy = decided(p: p)
    copy.adjustedP = p
    copy.family = family
    return copy
  }
}

extension CollapseResult: CurveOverlaying {
  var overlayY: String { y }

  /// Each group's curve under H1 over the group's own x range.
  func overlayCurves(language: ReportLanguage) -> [OverlayCurve] {
    let words = CollapseWords(language: language)
    let o = outcome
    return used.enumerated().map { i, g in
      let grid = (0...100).map { g.low + (g.high - g.low) * Double($0) / 100 }
      let points = grid.map { x -> ChartPoint in
        var p = o.h1
        if o.difference == .threshold, let t = o.shifts[i].threshold { p[2] = t }
        let shift = o.difference == .shift ? o.shifts[i].estimate : 0
        return ChartPoint(x: x, y: CollapseTest.value(o.curve, at: x, parameters: p) + shift)
      }
      let name =
        o.difference == .shift ? words.curveName(g.label, y: y) : words.thresholdCurveName(g.label, y: y)
      return OverlayCurve(name: name, points: points, group: g.label)
    }
  }
}
