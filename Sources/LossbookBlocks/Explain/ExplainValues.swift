import LossbookCore
import LossbookEngine
import LossbookWords

/// Every value a template may name, computed once from the sources: numbers keep their
/// derivation, so the self-check can recompute them. A value the results lack is absent, and
/// the sentences that need it are left out.
struct ExplainValues {
  let sources: ExplainSources
  let format: LossbookNumberFormat
  let words: [String: String]
  private(set) var values: [String: [ExplainPiece]] = [:]

  init(sources: ExplainSources, options: ExplainOptions) {
    self.sources = sources
    self.format = LossbookNumberFormat(language: options.language)
    self.words = Words(options.language).explanations
    fill(options)
  }

  subscript(_ name: String) -> [ExplainPiece]? { values[name] }

  /// The number made for `name`, if any.
  func number(_ name: String) -> ExplainNumber? {
    if case .number(let n)? = values[name]?.first, values[name]?.count == 1 { return n }
    return nil
  }

  private func make(_ d: ExplainDerivation, _ style: NumberStyle) -> ExplainNumber? {
    ExplainNumber(d, style, sources: sources, format: format)
  }

  private mutating func put(_ name: String, _ d: ExplainDerivation, _ style: NumberStyle) {
    if let n = make(d, style) { values[name] = [.number(n)] }
  }

  private mutating func putText(_ name: String, _ text: String?) {
    if let text { values[name] = [.text(text)] }
  }

  private mutating func putInterval(_ name: String, _ base: String, estimate: String, digits: Int) {
    guard let e = make(.value("\(base).\(estimate)"), .fixed(digits)),
      let lo = make(.value("\(base).\(estimate == "estimate" ? "ci" : estimate + "_ci").0"), .fixed(digits)),
      let hi = make(.value("\(base).\(estimate == "estimate" ? "ci" : estimate + "_ci").1"), .fixed(digits))
    else { return }
    values[name] = [.number(e), .literal(" ["), .number(lo), .literal(", "), .number(hi), .literal("]")]
  }

  private static let T = "threshold."

  /// Decimals for the interval at `path` (a two-number list): at least 2, more as
  /// ``LossbookNumberFormat/separatingDecimals(lower:upper:references:minimum:)`` needs.
  private func intervalDigits(_ path: String, references: [Double]) -> Int {
    guard let lo = sources.number(at: path + ".0"), let hi = sources.number(at: path + ".1") else { return 2 }
    return LossbookNumberFormat.separatingDecimals(lower: lo, upper: hi, references: references, minimum: 2)
  }

  private mutating func fill(_ o: ExplainOptions) {
    let t = Self.T
    let eta = ExplainDerivation.value(t + "eta.estimate")
    put("eta", eta, ExplainStyle.loss)
    // Two decimals, or more when the ends would not show which side of the true threshold
    // they are on (or would print the same).
    let digits = intervalDigits(t + "eta.ci", references: [o.trueThreshold].compactMap { $0 })
    if let lo = make(.value(t + "eta.ci.0"), .fixed(digits)), let hi = make(.value(t + "eta.ci.1"), .fixed(digits)) {
      values["eta_range"] = [.range(lo, hi, digits: digits)]
    }
    putInterval("eta_ci", t + "eta", estimate: "estimate", digits: digits)
    put("level", sources.number(at: t + "eta.level") != nil ? .value(t + "eta.level") : .constant(0.95), .percent(nil))
    put("replicates", .value(t + "eta.replicates"), ExplainStyle.count)
    putText("ci_method", sources.string(at: t + "eta.ci_method"))
    for (name, path) in [("n", "n"), ("n_above", "above.n"), ("n_below", "below.n")] {
      put(name, .value(t + path), ExplainStyle.count)
    }

    let chance = ExplainDerivation.value(t + "random")
    put("chance", chance, ExplainStyle.chance(o.metric))
    put("chance_raw", chance, .significant(3))
    put("chance_count", .scaled(chance, 100), .integer)
    put("options", .value("spec.options"), .integer)
    put("items", .value("spec.items"), ExplainStyle.count)
    put("mean_above", .value(t + "above.mean"), o.metric.isPercent ? .percent(1) : .fixed(3))
    put("mean_raw", .value(t + "above.mean"), .fixed(3))
    putInterval("slope_above", t + "above", estimate: "slope", digits: 2)
    putInterval("slope_below", t + "below", estimate: "slope", digits: 2)

    if o.metric.isPercent {
      // Points per 0.1 drop in loss: slope per unit loss × −10 (E8).
      put("points", .scaled(.value(t + "below.slope"), -10), ExplainStyle.points)
      put("points_lo", .scaled(.value(t + "below.slope_ci.1"), -10), ExplainStyle.pointsBound)
      put("points_hi", .scaled(.value(t + "below.slope_ci.0"), -10), ExplainStyle.pointsBound)
    }
    let scoreStyle = ExplainStyle.score(o.metric)
    let hinge = hingeParts()
    put("ref_loss", .value("spec.reference_loss"), ExplainStyle.loss)
    put(
      "ref_score", .hinge(at: .value("spec.reference_loss"), base: hinge.base, rise: hinge.rise, eta: hinge.eta),
      scoreStyle)
    let quizLoss: ExplainDerivation =
      sources.number(at: "spec.quiz_loss") != nil ? .value("spec.quiz_loss") : .rounded(.sum(eta, .constant(0.1)), 2)
    put("quiz_loss", quizLoss, .fixed(2))
    put("quiz_score", .hinge(at: quizLoss, base: hinge.base, rise: hinge.rise, eta: hinge.eta), scoreStyle)
    put("true_eta", .value("spec.true_threshold"), .fixed(2))
    put("seed", .value("spec.seed"), .fixed(0))

    fillTests()
    fillAssumptions()
    fillBIC()
    fillSize(o)
    fillBudget()
    if let rho = sources.firstPath([t + "spearman.rho", t + "spearman"]) { put("rho", .value(rho), .fixed(2)) }
    put(
      "alpha", sources.number(at: t + "alpha") != nil ? .value(t + "alpha") : .constant(ThresholdSpec.Defaults.alpha),
      .significant(2))
    put(
      "alpha2",
      .scaled(
        sources.number(at: t + "alpha") != nil ? .value(t + "alpha") : .constant(ThresholdSpec.Defaults.alpha), 2),
      .significant(2))
    put(
      "min_side",
      sources.number(at: t + "min_side") != nil
        ? .value(t + "min_side") : .constant(Double(ThresholdSpec.Defaults.minSide)), .integer)
    let needed = number("min_side")?.value ?? Double(ThresholdSpec.Defaults.minSide)
    for side in ["above", "below"] where (sources.number(at: t + side + ".n") ?? needed) < needed {
      put("side_n", .value(t + side + ".n"), .integer)
      putText("side", words["side." + side])
      break
    }
  }

  /// The hinge's base, rise per unit loss and threshold: from the fit's hinge model when a
  /// fit is given, else from the threshold result (the mean above, minus the slope below).
  private func hingeParts() -> (base: ExplainDerivation, rise: ExplainDerivation, eta: ExplainDerivation) {
    let p = "fit.models.hinge.params."
    if sources.number(at: p + "r.estimate") != nil, sources.number(at: p + "k.estimate") != nil,
      sources.number(at: p + "eta.estimate") != nil
    {
      return (.value(p + "r.estimate"), .value(p + "k.estimate"), .value(p + "eta.estimate"))
    }
    let t = Self.T
    return (.value(t + "above.mean"), .scaled(.value(t + "below.slope"), -1), .value(t + "eta.estimate"))
  }

  private mutating func fillTests() {
    let s = Self.T + "tests.supf."
    let p = ExplainDerivation.value(s + "p")
    let b = ExplainDerivation.value(s + "replicates")
    put("B", b, .integer)
    put("exceed", .exceedances(p: p, replicates: b), .integer)
    put("p_floor", .pFloor(b), .significant(1))
    put("p_plain", p, .significant(2))
    put("supf_stat", .value(s + "statistic"), .fixed(1))
    put("supf_at", .value(s + "at"), .fixed(2))
    if number("exceed")?.value == 0, let floor = number("p_floor") {
      values["p_text"] = [.literal("p < "), .number(floor)]  // never "p = 0" (E5)
    } else {
      put("p_text", p, .pValue)
    }
    let tests = Self.T + "tests."
    put("davies_p", .value(tests + "davies.p"), .pValue)
    put("davies_k", .value(tests + "davies.k"), .integer)
    put("chow_at", .value(tests + "chow.at"), .fixed(2))
    put("chow_f", .value(tests + "chow.f"), .fixed(1))
    put("chow_p", .value(tests + "chow.p"), .pValue)
    put("cusum_stat", .value(tests + "cusum.statistic"), .fixed(3))
    put("cusum_p", .value(tests + "cusum.p"), .pValue)
  }

  /// The numbers the assumptions paragraph names: how many tests the notebook ran and the
  /// p-value the verdict used after adjusting for them.
  private mutating func fillAssumptions() {
    let a = Self.T + "adjustment."
    put("tests_total", .value(a + "tests"), .integer)
    put("verdict_p", .value(a + "verdict_p"), .pValue)
  }

  private mutating func fillBIC() {
    let t = Self.T
    if let best = sources.string(at: t + "best") { putText("best_fit", words["fit." + best]) }
    func path(_ model: String) -> String? {
      sources.firstPath([t + "bic.\(model)", t + "models.\(model).bic", t + "bic_\(model)"])
    }
    for model in ["hinge", "logistic", "linear"] {
      if let p = path(model) { put("bic_" + model, .value(p), .fixed(1)) }
    }
    guard let h = path("hinge"), let l = path("logistic"), let hv = sources.number(at: h),
      let lv = sources.number(at: l)
    else { return }
    put("delta_bic_signed", .difference(.value(l), .value(h)), .fixed(1))
    put("delta_bic", lv >= hv ? .difference(.value(l), .value(h)) : .difference(.value(h), .value(l)), .fixed(1))
    put(
      "bic_margin", sources.number(at: t + "bic_margin") != nil ? .value(t + "bic_margin") : .constant(2),
      .significant(2))
    putText("bic_word", words["bic." + Self.rafteryWord(abs(lv - hv))])
  }

  /// A collapse block's numbers (when `collapse:` is given): the largest gap at equal loss, the
  /// tolerance and the widest equivalence bound, in points for a percentage metric, and the
  /// p-value the verdict used.
  private mutating func fillSize(_ o: ExplainOptions) {
    let c = "collapse."
    guard sources.string(at: c + "verdict") != nil else { return }
    let factor = o.metric.isPercent ? 100.0 : 1.0
    let style: NumberStyle = o.metric.isPercent ? .fixed(1) : .fixed(3)
    put("size_gap", .scaled(.value(c + "max_shift"), factor), style)
    put("size_tol", .scaled(.value(c + "tolerance"), factor), style)
    let adjusted = sources.number(at: c + "p_adjusted") != nil
    put("size_p", .value(adjusted ? c + "p_adjusted" : c + "p"), .pValue)
    // An adjusted p-value says so, with its method (Holm, Benjamini-Hochberg).
    let method = sources.string(at: c + "adjustment.method")
    let name = method == "bh" ? "Benjamini-Hochberg" : method == "holm" ? "Holm" : nil
    putText(
      "size_p_adjusted",
      adjusted ? name.map { words["size.adjusted." + ($0 == "Holm" ? "holm" : "bh")] ?? "" } ?? "" : "")
    putText("size_group", sources.string(at: c + "max_shift_group").map(groupLabel))
    putText("size_reference", sources.string(at: c + "reference").map(groupLabel))
    putText("size_unit", words[o.metric.isPercent ? "size.unit.points" : "size.unit.score"])
  }

  /// A collapse group as the notebook names it on the page (its `labels`), or its name.
  private func groupLabel(_ name: String) -> String {
    guard case .array(let pairs)? = sources.value(at: "collapse.labels") else { return name }
    for case .object(let members) in pairs
    where members.contains(where: { $0.0 == "name" && $0.1 == .string(name) }) {
      if case .string(let label)? = members.first(where: { $0.0 == "label" })?.1 { return label }
    }
    return name
  }

  /// A budget block's numbers (when `budget:` is given): the target loss, the compute-optimal
  /// size, tokens and compute, and the smallest size that can reach it.
  private mutating func fillBudget() {
    let b = "budget."
    guard sources.value(at: b + "optimal") != nil else { return }
    put("budget_eta", .value(b + "eta.estimate"), ExplainStyle.loss)
    put("budget_n", .value(b + "optimal.N"), .si)
    put("budget_tokens", .value(b + "optimal.tokens"), .si)
    put("budget_flops", .value(b + "optimal.flops"), .si)
    put("budget_smallest", .value(b + "smallest_size"), .si)
  }

  /// The word of Raftery (1995) for a BIC difference: below 2 weak, below 6 positive, below 10
  /// strong, else very strong (E7).
  static func rafteryWord(_ gap: Double) -> String {
    gap < 2 ? "weak" : gap < 6 ? "positive" : gap < 10 ? "strong" : "very_strong"
  }
}
