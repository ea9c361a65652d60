import LossbookCore

/// The English catalogue.
struct English: Catalogue {
  // MARK: - Page

  func text(_ key: PageMessage) -> String {
    switch key {
    case .contents: "Contents"
    case .source: "Source"
    case .result: "Result"
    case .figure: "Figure"
    case .table: "Table"
    case .data: "data"
    case .downloadCSV: "Data (CSV)"
    case .downloadSVG: "Figure (SVG)"
    case .error: "Error"
    case .skipped: "Not run"
    case .model: "model"
    case .estimate: "estimate"
    case .standardError: "standard error"
    case .interval95: "95% interval"
    case .parameter: "parameter"
    case .converged: "converged"
    case .yes: "yes"
    case .no: "no"
    case .rows: "rows"
    case .columns: "columns"
    case .definition(let d): " (\(d))"
    case .range(let lower, let upper): "\(lower) to \(upper)"
    case .verdictLabel: "Verdict: "
    case .blockTable(let id): "Table: \(id)"
    case .proseTable(let n): "Table in the text \(n)"
    case .imageNotShown(let alt): "[\(alt.isEmpty ? "image" : alt): not shown, a report loads nothing from outside]"
    case .showingFirst(let shown, let total): "Showing the first \(shown) of \(total) rows."
    case .noData: "no data"
    case .guessing: "guessing"
    case .lowerIsBetter: "lower is better →"
    case .preTrainingLoss: "pre-training loss"
    case .count: "count"
    case .fitName(let model): model
    case .numbered(let label, let n): "\(label == .figure ? "Figure" : "Table") \(n)"
    case .numberedCaption(let label, let n, let caption):
      "\(label == .figure ? "Figure" : "Table") \(n): \(caption)"
    case .footer(let version, let notebook, let seed):
      "Made with lossbook \(version) from \(notebook), seed \(seed). The numbers are in the results file next to this report."
    case .reset: "Reset"
    case .teachingExamples: "Teaching examples:"
    case .presetEmergent: "threshold (emergent)"
    case .presetSmooth: "smooth S-curve"
    case .presetMirage(let tokens): "exact-match mirage (\(tokens) tokens)"
    case .presetFewQuestions(let items): "fewer questions (\(items))"
    case .references: "References"
    case .etAl(let first): "\(first) et al."
    case .twoAuthors(let a, let b): "\(a) and \(b)"
    case .noDate: "n.d."
    case .narrativeCitation(let authors, let inner): "\(authors) (\(inner))"
    case .parentheticalCitation(let works): "(" + works.joined(separator: "; ") + ")"
    }
  }

  // MARK: - Threshold

  func text(_ key: ThresholdMessage) -> String {
    switch key {
    case .caption(let y, let x, let n): "Threshold analysis of \(y) against \(x) (n = \(n))"
    case .thresholdHinge: "threshold (hinge)"
    case .valueWithMethod(let value, let method): "\(value) (\(method))"
    case .deltaInterval: "delta-method interval"
    case .deltaValue(let value, let level): "\(value) (\(level) interval, delta method)"
    case .adjustedSuffix(let p): ", \(p)"
    case .adjustedP(let method, let p): "\(method)-adjusted \(p)"
    case .supFValue(let statistic, let at, let p, let adjusted, let replicates):
      "\(statistic) at \(at), \(p)\(adjusted) (B = \(replicates))"
    case .daviesTest: "Davies test"
    case .chowTest: "Chow test"
    case .chowValue(let f, let at, let p, let adjusted): "F = \(f) at \(at), \(p)\(adjusted)"
    case .peltValue(let changes, let lastAt): "\(changes) change points" + (lastAt.map { ", last at \($0)" } ?? "")
    case .binarySegmentation: "binary segmentation"
    case .breakpoints(let list): "breakpoints \(list)"
    case .multipleTesting: "multiple testing"
    case .familyNotAdjusted(let tests, let blocks):
      "p-values not adjusted (adjust: none); the notebook's \(thresholdBlocks(blocks)) hold \(testCount(tests))"
    case .familyAdjusted(let method, let tests, let blocks):
      "\(method) adjustment over the \(testCount(tests)) of the notebook's \(thresholdBlocks(blocks)); the verdict uses the adjusted sup-F p-value"
    case .bicEntry(let model, let bic, let best): "\(model) \(bic)" + (best ? " (best)" : "")
    case .logisticNotFitted: "logistic: could not be fitted (the reason is in the results file)"
    case .spearman: "Spearman ρ"
    case .verdictRuleHeader: "verdict rule"
    case .verdictRule(let w1, let alpha, let other):
      (w1
        ? "W1's (verdict_rule: w1): emergent when sup-F's p < \(alpha) and the hinge has the smallest BIC, else smooth; the default rule, which also checks the chance level and the slopes on each side, "
        : "the default: the chance level, the slopes on each side, sup-F and BIC; W1's simpler rule (sup-F's p < \(alpha) and the smallest BIC only) ")
        + (other.map { "would say “\($0.rawValue)”" } ?? "gives the same verdict")
    case .verdict(let v): v.rawValue
    case .intervalBootstrapProfile(let level, let count, let runs):
      "\(level) interval, profile likelihood with its cut-off calibrated by \(count) \(runs ? "run" : "case") resamples"
    case .intervalProfile(let level, let cutoff): "\(level) interval, profile likelihood (chi-square cut-off \(cutoff))"
    case .intervalBootstrap(let level, let count, let runs):
      "\(level) interval, percentile bootstrap of \(count) \(runs ? "run" : "case") resamples"
    case .shortBootstrapProfile: "profile likelihood"
    case .shortProfile: "profile likelihood, χ²"
    case .shortBootstrap: "percentile bootstrap"
    case .reason(let reason): text(reason)
    }
  }

  private func testCount(_ n: Int) -> String { n == 1 ? "1 test" : "\(n) tests" }
  private func thresholdBlocks(_ n: Int) -> String { n == 1 ? "1 block with tests" : "\(n) blocks with tests" }

  private func text(_ reason: ThresholdReasonMessage) -> String {
    switch reason {
    case .noChanceLevel:
      "No chance level (random) was given, so whether the score sits at guessing level cannot be judged."
    case .tooFewPoints(let below, let count, let needed):
      "Only \(count) points lie \(below ? "below" : "above") the threshold; at least \(needed) are needed to judge it."
    case .thresholdDetected(let p, let alpha): "The sup-F test rejects a straight line (\(p), alpha = \(alpha))."
    case .noThresholdDetected(let p, let alpha): "The sup-F test detects no threshold (\(p), alpha = \(alpha))."
    case .greyZone(let p, let alpha, let upper):
      "The sup-F p-value (\(p)) lies between \(alpha) and \(upper): the evidence is borderline."
    case .linePreferred(let linear, let hinge):
      "The line's BIC (\(linear)) is no worse than the hinge's (\(hinge)): one line describes the data."
    case .bicSplit(let hinge, let logistic, let margin):
      "The hinge and the logistic curve fit about equally well (BIC \(hinge) and \(logistic), less than \(margin) apart)."
    case .onBoundary(let threshold):
      "The best threshold (\(threshold)) is at the end of its allowed range: no flat stretch is located."
    case .atChance(let mean, let interval, let chance):
      "Above the threshold the mean score \(mean) \(interval) includes the guessing level (\(chance))."
    case .atChanceWithinTolerance(let mean, let interval, let chance, let tolerance):
      "Above the threshold the mean score \(mean) \(interval) excludes the guessing level (\(chance)) but lies within the tolerance of \(tolerance) of it (chance_tolerance), so it counts as guessing level."
    case .offChance(let mean, let interval, let chance):
      "Above the threshold the mean score \(mean) \(interval) is already off guessing level (\(chance)): the ability does not start from chance."
    case .flatAbove(let slope, let interval):
      "Above the threshold the score is flat: slope \(slope) \(interval) includes 0."
    case .flatWithinTolerance(let slope, let interval, let change, let tolerance):
      "Above the threshold the slope \(slope) \(interval) excludes 0, but across that side the score changes by at most \(change), within the tolerance of \(tolerance) (chance_tolerance), so it counts as flat."
    case .slopedAbove(let slope, let interval, let change, let tolerance):
      "Above the threshold the score still changes: slope \(slope) \(interval) excludes 0, and across that side the score may change by \(change), more than the tolerance of \(tolerance)."
    case .improvesBelow(let slope, let interval):
      "Below the threshold the score improves as the loss falls: slope \(slope) \(interval)."
    case .doesNotImproveBelow(let slope, let interval):
      "Below the threshold the score does not clearly improve: slope \(slope) \(interval)."
    case .bestByBIC(let best, let bics): "The \(best) fit has the smallest BIC (\(bics.joined(separator: ", ")))."
    }
  }

  // MARK: - Plot

  func text(_ key: PlotMessage) -> String {
    switch key {
    case .title(let y, let x): "\(y) against \(x)"
    case .lossAxis: "pre-training loss (lower is better →)"
    case .chance(let value): "guessing (\(value))"
    case .fitSeries(let model, let y): "\(model) fit (\(y))"
    case .fitKind(let model): "\(model) fit"
    case .fitSeriesOfBlock(let model, let y, let block): "\(model) fit (\(y), block \(block))"
    case .bestFitSeries(let model, let y): "\(model) fit, best by BIC (\(y))"
    case .bestFitKind(let model): "\(model) fit (best by BIC)"
    case .dataKind: "data"
    case .scatterDescription(let y, let x, let points, let groups, let chance, let curves, let thresholds):
      "Scatter plot of \(y) against \(x), \(points) points" + (groups > 1 ? " in \(groups) series" : "") + "."
        + (chance.map { " The dashed line marks guessing (\($0))." } ?? "")
        + (curves.isEmpty ? "" : " Lines show the fitted models: \(curves.joined(separator: ", ")).")
        + (thresholds.isEmpty ? "" : " \(thresholds.joined(separator: "; ")).")
    case .histogramTitle(let x): "Distribution of \(x)"
    case .histogramDescription(
      let x, let values, let lower, let upper, let bins, let tallest, let nonFinite, let marked):
      "Histogram of \(x): "
        + histogramBody(values: values, lower: lower, upper: upper, bins: bins, tallest: tallest)
        + (nonFinite == 0
          ? ""
          : nonFinite == 1
            ? " 1 value that is not a finite number is left out."
            : " \(nonFinite) values that are not finite numbers are left out.")
        + (marked.isEmpty ? "" : " Marked: \(marked.joined(separator: "; ")).")
    case .thresholdLine(let eta): "threshold \(eta)"
    case .thresholdLineWithInterval(let eta, let level, let lower, let upper):
      // A no-break space keeps "(95% interval" whole when the label wraps.
      "threshold \(eta) (\(level)\u{a0}interval \(lower)–\(upper))"
    case .thresholdBand(let level, let method, let lower, let upper):
      "\(level) interval (\(method)) \(lower)–\(upper): where the threshold probably is"
    case .flatAtGuessing: "flat at guessing"
    case .slopePer01(let points): "+\(points) points per 0.1 loss"
    case .thresholdBandTentative(let level, let method, let lower, let upper):
      "\(level) interval (\(method)) \(lower)–\(upper): where a threshold might be (inconclusive)"
    case .describeSmooth(let y, let best):
      "\(y): no threshold (smooth), so no threshold line"
        + (best.map { "; the line drawn is the \($0) fit, the smallest BIC of linear, logistic and hinge" } ?? "")
    case .describeInconclusive(let y, let interval, let best):
      "\(y): inconclusive, so no threshold line"
        + (interval.map {
          "; the band \($0.lower)–\($0.upper) (\($0.level) interval, \($0.method)) shows where a threshold might be"
        } ?? "")
        + (best.map { "; the line drawn is the \($0) fit, the smallest BIC of linear, logistic and hinge" } ?? "")
    case .describeThreshold(let y, let eta, let interval, let slope):
      "\(y): threshold \(eta)"
        + (interval.map { " (\($0.level) interval \($0.lower)–\($0.upper), \($0.method))" } ?? "")
        + (slope.map { ", flat at guessing at higher loss, \($0) below it" } ?? "")
    case .keyThreshold: "threshold"
    case .keyBand(let level, let method):
      (level.map { "\($0) interval" } ?? "interval") + (method.map { " (\($0))" } ?? "")
        + ": where the threshold probably is"
    }
  }

  private func histogramBody(values: Int, lower: String, upper: String, bins: Int, tallest: TallestBin?) -> String {
    let count = "\(values) \(values == 1 ? "value" : "values")"
    guard let tallest else {
      return values == 1 ? "1 value, \(lower), in one bar." : "all \(count) equal \(lower), in one bar."
    }
    return "\(count) in \(bins) bins from \(lower) to \(upper); "
      + "the tallest bin, \(tallest.lower) to \(tallest.upper), holds \(tallest.count)."
  }

  // MARK: - Fit

  func text(_ key: FitMessage) -> String {
    switch key {
    case .caption(let y, let x, let n, let criterion):
      "Models of \(y) against \(x) (n = \(n)); the smallest \(criterion) is best."
    case .modelRow(let model, let best): best ? "\(model) (best)" : model
    case .statusHeader: "status"
    case .parametersHeader: "parameters [95% interval]"
    case .status(let s): fitStatus(s)
    case .atBound(let value, let lower): "\(value) (at its \(lower ? "lower" : "upper") bound)"
    case .notDetermined(let value): "\(value) (not determined by the data)"
    case .rangeBetween(let low, let high): " [\(low), \(high)]"
    case .rangeAbove(let low): " (above \(low))"
    case .rangeBelow(let high): " (below \(high))"
    case .atBoundNote(let model, let parameter, let range, let lower, let meaning):
      "\(model): \(parameter) sits at the \(lower ? "lower" : "upper") end of its allowed range\(range): \(text(meaning)). Its numbers are shown and it can be best."
    case .leftOutNote(let model, let status, let reason, let advice):
      "\(model) is left out of the comparison (\(fitStatus(status))): \(text(reason))."
        + (advice.map { " What to do: \(text($0))." } ?? "")
    }
  }

  private func fitStatus(_ s: FitStatusWord) -> String {
    switch s {
    case .ok: "ok"
    case .atBound: "at bound"
    case .unidentified: "unidentified"
    case .notConverged: "not converged"
    }
  }

  // MARK: - Budget

  func text(_ key: BudgetMessage) -> String {
    switch key {
    case .caption(let eta, let law):
      "Tokens and training compute (6 N D) to reach a loss of \(eta), on the law L = \(law)."
    case .captionIntervals(let level, let draws):
      " Brackets: \(level) intervals from \(draws) paired bootstrap draws of the law and the threshold."
    case .sizeHeader: "size N"
    case .floorHeader: "loss floor E + A N^−α"
    case .reachesHeader: "reaches it?"
    case .tokensHeader: "tokens"
    case .computeHeader: "training compute (FLOPs)"
    case .reachable: "yes"
    case .unreachable: "no: its floor is not below the threshold"
    case .reachableShare(let answer, let share): "\(answer) (in \(share) of the draws)"
    case .belowIrreducibleLoss(let eta, let e):
      "The threshold \(eta) is not above the law's irreducible loss E = \(e): no model size and no amount of data reaches it."
    case .smallestSize(let size):
      "No model smaller than \(size) parameters reaches this loss, whatever the amount of data."
    case .openIntervals:
      "An interval ending in ∞: in some draws that size cannot reach the threshold at all, so the interval has no finite upper end (null in the results file)."
    case .computeOptimal(let size, let tokens, let flops):
      "The compute-optimal way to reach it: a model of \(size) parameters trained on \(tokens) tokens, \(flops) FLOPs."
    case .failedDraws(let failures, let draws):
      "\(failures) of the \(draws) draws are left out of the intervals: the law's refit or the threshold failed in them."
    case .lawCurve: "the law's curve"
    case .sizesAskedFor: "sizes asked for"
    case .computeOptimalPoint: "compute-optimal"
    case .smallerCannotReach: "smaller cannot reach it"
    case .unreachableMark: "× unreachable"
    case .title(let eta, let sizes, let unreachable):
      unreachable > 0
        ? "\(unreachable) of \(sizes) sizes cannot reach a loss of \(eta); larger models need fewer tokens to get there"
        : "Larger models need fewer tokens to reach a loss of \(eta)"
    case .figureDescription(let eta):
      "For each model size (x, log scale), the tokens needed to reach a loss of \(eta) (y, log scale)."
    case .sizeAxis: "model size (parameters)"
    case .tokensAxis: "tokens to reach the threshold"
    }
  }

  // MARK: - Explore

  func text(_ key: ExploreMessage) -> String {
    switch key {
    case .title(let task): "\(task): move the sliders to try it"
    case .description(let task, let points):
      "Scatter plot of \(task) against pre-training loss, \(points) points. The sliders below re-simulate the task and redraw the points."
    case .descriptionTokens(let task, let points):
      "Scatter plot of \(task) against pre-training loss, \(points) checkpoints scored twice: by exact match (the whole answer right) and by per-token accuracy (the share of its tokens right). The sliders below change the answer's length and redraw the points."
    case .tokensScoreAxis: "share right"
    case .exactMatchSeries: "exact match (whole answer)"
    case .perTokenSeries: "per-token accuracy"
    case .label(let c):
      switch c {
      case .eta: "Threshold"
      case .slope: "Rise below the threshold"
      case .items: "Questions per checkpoint"
      case .mid: "Midpoint"
      case .width: "Width"
      case .tokens: "Answer length"
      }
    case .valueTemplate(let c):
      switch c {
      case .eta: "loss {eta}"
      case .slope: "+{points} points per 0.1 loss"
      case .items: "{items} questions"
      case .mid: "loss {mid}"
      case .width: "width {width}"
      case .tokens: "{tokens}-token answers"
      }
    }
  }

  // MARK: - Family and data

  func text(_ key: FamilyMessage) -> String {
    switch key {
    case .summaryPerRun(let runs, let checkpoints, let rows, let lower, let upper):
      "\(runs) runs × \(checkpoints) checkpoints = \(rows) rows; loss from \(lower) to \(upper)."
    case .summary(let runs, let rows, let lower, let upper):
      "\(runs) runs, \(rows) checkpoints in all; loss from \(lower) to \(upper)."
    case .brierChance(let task, let options, let score): "\(task)_brier (K = \(options)): \(score)"
    case .brierNote(let chances):
      "Brier scores are summed over the K answer options and averaged over items (lower is better); a uniform guess scores 1 − 1/K: \(chances.joined(separator: "; "))."
    }
  }

  func text(_ key: DataMessage) -> String {
    switch key {
    case .summary(let rows, let columns, let source): "\(rows) rows × \(columns) columns from \(source)."
    }
  }

  // MARK: - Glossary

  func glossary(_ term: GlossaryTerm) -> (word: String, definition: String) {
    switch term {
    case .emergentAbility: ("emergent ability", "an ability that appears only once the loss falls below some value")
    case .loss: ("pre-training loss", "the model's health-check number; lower is better")
    case .threshold: ("threshold", "the value at which the behaviour changes")
    case .guessing: ("guessing level", "the score of random answers")
    case .interval: ("confidence interval", "the range of values the data leave plausible")
    case .pValue: ("p-value", "how often a straight line with the same noise gives a bend this strong")
    case .bic: ("BIC", "a fit score that charges for complexity; lower is better")
    case .checkpoint: ("checkpoints", "snapshots of a model during training")
    case .model: ("models", "each trained separately")
    }
  }

  func reading(_ term: GlossaryTerm) -> String? {
    nil
  }

  var explanations: [String: String] { Self.explanations }
  var sentenceSeparator: String { " " }
  /// K M B T (10³…10¹²: `300M`, `1.5B`); from 10¹⁵ the exponent form.
  var largeNumberUnits: LargeNumberUnits {
    LargeNumberUnits(
      [
        .init(power: 3, suffix: "K"), .init(power: 6, suffix: "M"), .init(power: 9, suffix: "B"),
        .init(power: 12, suffix: "T"),
      ],
      exponentFormFrom: 15)
  }

  // MARK: - Sweep

  func text(_ key: SweepMessage) -> String {
    switch key {
    case .field(let f):
      switch f {
      case .items: "questions per checkpoint"
      case .checkpoints: "checkpoints per size"
      case .sizes: "model sizes"
      case .slope: "threshold slope"
      case .lossNoise: "loss noise (sd)"
      }
    case .powerAxis: "share of replicates that find the threshold (power)"
    case .allCells: "all cells"
    case .alphaLine: "alpha (the test's nominal level)"
    case .cell: "cell"
    case .powerHeader: "power [interval]"
    case .emergentHeader: "rate of the verdict emergent"
    case .coverageHeader: "coverage of the true threshold"
    case .widthHeader: "median interval width"
    case .verdictsHeader: "verdicts (emergent / smooth / inconclusive)"
    case .failedHeader: "failed"
    case .caption(let replicates, let family, let task, let test, let bootstrap, let alpha, let level, let eta):
      "\(replicates) replicates per cell: the family \(family) simulated again with the cell's values and the "
        + "threshold analysis (\(test), \(bootstrap) bootstrap replicates) run on \(task). Power is the share with "
        + "p < \(alpha); brackets are \(level) Wilson intervals. At slope 0 the power is the false-positive rate "
        + "(the test's real level). Coverage is the share of \(level) profile intervals that hold the true threshold "
        + "\(eta)."
    case .nullNote(let at, let rate, let nominal, let error, let within):
      "At slope 0\(at.isEmpty ? "" : " (\(at.joined(separator: ", ")))") the false-positive rate is \(rate) against the test's nominal level "
        + "\(nominal) (p < alpha with its bootstrap's resolution), Monte Carlo error ±\(error): "
        + (within
          ? "within twice its Monte Carlo error of the nominal level."
          : "more than twice its Monte Carlo error from the nominal level.")
    case .powerTrend(let field, let low, let lowRate, let high, let highRate):
      "With \(low) \(field) this threshold is found \(lowRate) of the time; with \(high), \(highRate)."
    case .title(let task, let by):
      "How often the analysis finds the threshold of \(task)" + (by.map { ", by \($0)" } ?? "")
    case .description:
      "For each cell, the share of replicates in which the test rejects the straight line (y), with Wilson intervals (bands)."
    case .fieldValue(let field, let value): "\(field) \(value)"
    case .legend(let entries): entries.joined(separator: ", ")
    }
  }

  // MARK: - Collapse

  func text(_ key: CollapseMessage) -> String {
    switch key {
    case .verdict(let v):
      switch v {
      case .lossOnly: "loss-only: the groups fall on one curve"
      case .sizeMatters: "size-matters: the groups differ at equal loss"
      case .inconclusive: "inconclusive"
      }
    case .curve(let c):
      switch c {
      case .linear: "line"
      case .logistic: "logistic curve"
      case .hinge: "hinge"
      }
    case .adjustedP(let p, let method): "\(p) (\(method)-adjusted)"
    case .shiftFound(let p, let alpha): "The groups differ at equal loss: the F test's \(p) is below alpha = \(alpha)."
    case .noShiftFound(let p, let alpha):
      "No difference between the groups was detected: the F test's \(p) is not below alpha = \(alpha); this alone does not show that there is none."
    case .withinTolerance(let tolerance, let coverage, let bound):
      "Every group's shift is within ±\(tolerance) (the tolerance): all \(coverage) intervals lie inside it, the widest reaching \(bound)."
    case .notEquivalent(let tolerance, let coverage, let group, let bound):
      "The data cannot rule out a shift of \(tolerance) (the tolerance): the \(coverage) interval of \(group) reaches \(bound)."
    case .shiftBeyondTolerance(let group, let shift, let tolerance, let coverage):
      "At equal loss \(group) scores \(shift) against the reference, beyond the tolerance of ±\(tolerance): its \(coverage) interval lies wholly outside it."
    case .shiftNotBeyondTolerance(let group, let shift, let tolerance):
      "The largest shift, \(shift) (\(group)), is not clearly beyond the tolerance of ±\(tolerance): a difference was found but it may not matter."
    case .notIdentified(let group):
      "The shift of \(group) cannot be estimated from these data (no interval), so equivalence cannot be checked."
    case .noPValue: "No bootstrap replicate could be refitted, so there is no p-value."
    case .groupsLeftOut(let count, let minOverlap):
      "\(count == 1 ? "1 group is" : "\(count) groups are") left out: fewer than \(minOverlap) points inside a loss range shared with another group."
    case .caption(let y, let x, let by, let reference, let level, let coverage):
      "Each group's shift in \(y) at equal \(x), against \(reference) (by \(by)), with its \(level) interval and the \(coverage) interval of the equivalence check."
    case .groupHeader: "group"
    case .pointsHeader: "points"
    case .shiftHeader: "shift at equal loss"
    case .thresholdHeader: "threshold"
    case .intervalHeader(let level): "\(level) interval"
    case .reference: "reference"
    case .leftOut(let minOverlap): "left out (fewer than \(minOverlap) shared points)"
    case .chosenBy(let names): " (the best of \(names.joined(separator: ", ")) by BIC)"
    case .commonCurve: "common curve"
    case .alternative: "alternative"
    case .fTest: "F test"
    case .largestShift: "largest shift"
    case .testTable: "The test: common curve, F test, largest shift"
    case .shiftPerGroup: "a shift in score per group"
    case .thresholdPerGroup: "a threshold per group (hinge)"
    case .fTestValue(let p, let replicates, let adjusted):
      "\(p) (parametric bootstrap, B = \(replicates))" + (adjusted.map { ", \($0)" } ?? "")
    case .largestShiftValue(let shift, let group, let tolerance):
      shift + (group.map { " (\($0))" } ?? "") + ", tolerance ±" + tolerance
    case .figureTitle(let v, let tolerance):
      switch v {
      case .lossOnly: "Every group's shift at equal loss is within ±\(tolerance)"
      case .sizeMatters: "The groups differ at equal loss by more than ±\(tolerance)"
      case .inconclusive: "Shifts at equal loss against ±\(tolerance): the data do not settle it"
      }
    case .figureDescription(let y, let x, let groups):
      "For each of \(groups) groups, its shift in \(y) at equal \(x) against the reference group (x), with its interval, and the tolerance band around 0."
    case .xAxis(let y): "shift in \(y) at equal loss"
    case .yAxis: "group (in table order)"
    case .toleranceBand(let tolerance): "tolerance ±\(tolerance)"
    case .shiftSeries: "shift"
    case .intervalSeries(let level): "\(level) interval"
    case .noShift: "no shift"
    case .shiftCurve(let group, let y): "one curve plus shift: \(group) (\(y))"
    case .thresholdCurve(let group, let y): "hinge with own threshold: \(group) (\(y))"
    }
  }

  // MARK: - Preview

  func text(_ key: PreviewMessage) -> String {
    switch key {
    case .panel: "Preview"
    case .status(let notebook, let version, let time):
      "Preview of \(notebook), version \(version), rendered at \(time) UTC"
    case .counts(let errors, let warnings):
      [
        errors > 0 ? (errors == 1 ? "1 error" : "\(errors) errors") : nil,
        warnings > 0 || errors == 0 ? (warnings == 1 ? "1 warning" : "\(warnings) warnings") : nil,
      ]
      .compactMap { $0 }.joined(separator: ", ")
    case .stale: "The notebook has errors, so the report below is the last version that rendered."
    case .noReport: "No report yet: fix the errors and save, and it appears here."
    case .disconnected: "The preview server stopped; the page no longer updates."
    }
  }
}
