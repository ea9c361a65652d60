/// Which sentences each slot holds, chosen from the verdict and its reasons (E1, E3, E10).
struct ExplainPlan {
  let verdict: String
  let reasons: [ExplainReason]
  let options: ExplainOptions
  let values: ExplainComposer

  private var codes: [ThresholdReasonCode] { reasons.compactMap(\.code) }

  private func has(_ code: ThresholdReasonCode) -> Bool { codes.contains(code) }

  private func list(_ keys: [String?]) -> [ExplainSentence] {
    keys.compactMap { $0 }.compactMap { values.sentence($0) }
  }

  /// The sentences of `slot`.
  func sentences(for slot: ExplainSlot) -> [ExplainSentence] {
    switch slot {
    case .headline: return list(["headline." + verdict])
    case .inShort: return inShort()
    case .lookedAt: return lookedAt()
    case .found: return found()
    case .howSure: return howSure()
    case .notMean: return notMean()
    case .decision:
      if verdict == "emergent" {
        return list(["decision.emergent", hasBudget ? nil : "decision.emergent.cost"]) + budget()
      }
      // Too few points on one side: the data to gather lie on that side, not near the estimate.
      if verdict == "inconclusive", has(.tooFewPointsOnSide), values.has("side") {
        return list(["decision.inconclusive.side"]) + budget()
      }
      return list(["decision." + verdict]) + budget()
    case .oneSentence: return list(["restate." + verdict])
    case .details: return details()
    }
  }

  /// Whether a collapse block and a budget block were given.
  private var hasCollapse: Bool { values.values.sources.collapse != nil }
  private var hasBudget: Bool { values.values.sources.budget != nil }

  /// What the collapse block says about size at equal loss: "size is not the cause" only for
  /// loss-only, the opposite for size-matters, "tested, not settled" for inconclusive.
  private func size() -> [ExplainSentence] {
    guard let v = values.values.sources.string(at: "collapse.verdict") else { return [] }
    return list(["size." + v])
  }

  /// What reaching the budget's threshold would take (E: the manager's "what would it take").
  private func budget() -> [ExplainSentence] {
    guard hasBudget else { return [] }
    guard values.has("budget_n") else { return list(["decision.budget.unreachable"]) }
    return list(["decision.budget", "decision.budget.smallest"])
  }

  /// "shows" when the evidence is strong (p < alpha/10 and a BIC gap over 10 against the
  /// logistic curve), else "suggests" (TEACHING.md 1.7).
  private var strong: Bool {
    guard let p = values.number("p_plain"), let alpha = values.number("alpha"),
      let gap = values.number("delta_bic_signed")
    else { return false }
    return p < alpha / 10 && gap > 10
  }

  private func inShort() -> [ExplainSentence] {
    switch verdict {
    case "emergent":
      return list([
        strong ? "short.emergent.shows" : "short.emergent.suggests", "short.emergent.flat", "short.emergent.rise",
      ])
    case "smooth":
      return list(["short.smooth", highLossSide.offChance ? "short.smooth.off_chance" : nil, "short.smooth.steady"])
    default:
      return list(["short.inconclusive"] + failures().map(\.key)) + unknownReasons()
    }
  }

  private func failures() -> [ThresholdReasonCode] { codes.filter(\.isFailure) }

  private func unknownReasons() -> [ExplainSentence] {
    reasons.compactMap { r -> ExplainSentence? in
      guard case .unknown(let text) = r else { return nil }
      return values.sentence("reason.unknown", with: ["reason": [.text(text)]])
    }
  }

  private func lookedAt() -> [ExplainSentence] {
    let chance: String? =
      !values.has("chance")
      ? nil
      : options.metric == .brier
        ? "looked.chance.brier"
        : values.has("options") ? "looked.chance.options" : "looked.chance.plain"
    return list(["looked.n", values.has("items") && values.has("options") ? "looked.items" : nil, chance])
  }

  /// Whether the high-loss side is off chance, and whether it still slopes: from the verdict's
  /// reasons, or, when they say nothing about the side (W1's rule weighs only p and BIC), from
  /// the side's numbers by the default rule of STATS.md section 5 (chance outside the mean's
  /// interval and more than 0.02 away; a slope interval without 0), so that the sentence
  /// never calls a side flat at chance that is not.
  private var highLossSide: (offChance: Bool, sloped: Bool) {
    let stated = codes.contains {
      [.highLossSideAtChance, .highLossSideOffChance, .highLossSideFlat, .highLossSideSloped].contains($0)
    }
    if stated { return (has(.highLossSideOffChance), has(.highLossSideSloped)) }
    let sources = values.values.sources
    let t = "threshold."
    var off = false
    if let mean = sources.number(at: t + "above.mean"), let lo = sources.number(at: t + "above.mean_ci.0"),
      let hi = sources.number(at: t + "above.mean_ci.1"), let chance = sources.number(at: t + "random")
    {
      off = (chance < lo || chance > hi) && abs(mean - chance) > 0.02
    }
    var sloped = false
    if let lo = sources.number(at: t + "above.slope_ci.0"), let hi = sources.number(at: t + "above.slope_ci.1") {
      sloped = lo > 0 || hi < 0
    }
    return (off, sloped)
  }

  /// Whether the high-loss side counts as at chance, or as flat, only by the verdict's
  /// tolerance: the mean's interval excludes chance, or the slope's interval excludes 0. The
  /// sentence then says "close enough to count as", not "cannot be told apart".
  private var byTolerance: Bool {
    let sources = values.values.sources
    let t = "threshold."
    if let lo = sources.number(at: t + "above.mean_ci.0"), let hi = sources.number(at: t + "above.mean_ci.1"),
      let chance = sources.number(at: t + "random"), chance < lo || chance > hi
    {
      return true
    }
    if let lo = sources.number(at: t + "above.slope_ci.0"), let hi = sources.number(at: t + "above.slope_ci.1") {
      return lo > 0 || hi < 0
    }
    return false
  }

  private func found() -> [ExplainSentence] {
    let side = highLossSide
    let above =
      side.offChance
      ? "found.above.off"
      : side.sloped ? "found.above.sloped" : byTolerance ? "found.above.flat.tolerance" : "found.above.flat"
    let improves =
      has(.lowLossSideImproves) || verdict == "emergent"
      || (!has(.lowLossSideDoesNotImprove) && (values.number("points_lo") ?? -1) > 0)
    let below = improves && values.has("points") ? "found.below.improves" : "found.below.flat"
    let reference = verdict == "emergent" ? "found.reference" : nil
    let rho = verdict == "smooth" ? "found.rho" : nil
    // A side with fewer than min_side points has no summary to report: say nothing of it
    // (the reason "too few points" says why) rather than "no clear rise".
    let needed = values.number("min_side") ?? Double(ThresholdSpec.Defaults.minSide)
    func measured(_ count: String) -> Bool { (values.number(count) ?? needed) >= needed }
    let both = measured("n_above") && measured("n_below")
    return list([
      measured("n_above") ? above : nil, measured("n_below") ? below : nil, both ? nil : "found.unmeasured", reference,
      rho,
    ]) + size()
  }

  /// The catalogue key of the threshold interval's sentence: its method decides what it says.
  private func intervalKey(_ base: String) -> String {
    switch values.values.sources.string(at: "threshold.eta.ci_method") {
    case "bootstrap-profile": base + ".calibrated"
    case "profile": base + ".profile"
    default: base
    }
  }

  private func howSure() -> [ExplainSentence] {
    let interval = verdict == "smooth" ? nil : intervalKey("sure.interval")
    let p = values.number("exceed") == 0 ? "sure.p.floor" : "sure.p.some"
    var bic: String? = nil
    if let gap = values.number("delta_bic_signed") {
      bic = abs(gap) < 2 ? "sure.bic.tie" : gap > 0 ? "sure.bic.hinge" : "sure.bic.logistic"
    }
    return list([interval, p, bic])
  }

  private func notMean() -> [ExplainSentence] {
    let runs = (values.values.sources.string(at: "threshold.eta.resample") ?? "") == "runs"
    let independence = verdict == "smooth" ? nil : runs ? "caveat.independence.runs" : "caveat.independence"
    var keys: [String?]
    switch verdict {
    case "emergent": keys = ["caveat.scale", "caveat.start", independence]
    case "smooth": keys = ["caveat.not_found", "caveat.scale.generic"]
    default: keys = ["caveat.cannot_tell", "caveat.scale", independence]
    }
    // Without a collapse or a budget block the one caveat says neither was measured; with
    // either, only what was not measured is said.
    let sizeCaveats: [String?] =
      !hasCollapse && !hasBudget
      ? ["caveat.size"] : [hasCollapse ? nil : "caveat.size.untested", hasBudget ? nil : "caveat.cost.untested"]
    keys += sizeCaveats
    keys += [
      values.has("true_eta") ? "caveat.simulated" : nil,
      options.metric.isDiscrete ? "caveat.continuous" : nil,
    ]
    return list(keys)
  }

  private func details() -> [ExplainSentence] {
    list([
      "details.model", intervalKey("details.interval"), "details.supf", "details.davies", "details.chow",
      "details.cusum",
      "details.segments", "details.bic", "details.spearman", "details.other", "details.verdict",
    ]) + list(codes.map(\.key)) + unknownReasons() + assumptions()
  }

  /// The fixed paragraph on what the methods assume (issue 13): the noise model behind least
  /// squares, BIC and F; why sup-F's p-value is simulated; whether checkpoints were treated as
  /// independent; how the notebook's tests were adjusted; and the size check's, when it is read.
  private func assumptions() -> [ExplainSentence] {
    let sources = values.values.sources
    let resample = sources.string(at: "threshold.eta.resample")
    let tests = values.number("tests_total") ?? 1
    let method = sources.string(at: "threshold.adjustment.method")
    let multiple: String? =
      !values.has("tests_total") ? nil : tests <= 1 ? "details.assume.single" : method.map { "details.assume." + $0 }
    return list([
      options.metric.isDiscrete ? "details.assume.noise.binomial" : "details.assume.noise",
      "details.assume.supf",
      resample == "runs" ? "details.assume.runs" : "details.assume.cases",
      multiple,
      hasCollapse ? "details.assume.collapse" : nil,
    ])
  }

  /// The prediction question and its answer (E15): for emergent verdicts, when asked for.
  func quiz() -> (question: ExplainSentence, answer: ExplainSentence)? {
    guard options.quiz, verdict == "emergent", let loss = values.number("quiz_loss"), let eta = values.number("eta"),
      let q = values.sentence("quiz.question")
    else { return nil }
    guard let a = values.sentence(loss >= eta ? "quiz.answer.flat" : "quiz.answer.rise") else { return nil }
    return (q, a)
  }
}
