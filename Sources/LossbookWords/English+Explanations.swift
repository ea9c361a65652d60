/// The English sentences of explanations. Keys and placeholders match the Japanese catalogue
/// exactly (TEACHING.md J10, checked by a test). `{name}` is filled from the results, `[[term]]`
/// is a glossary term (defined at its first use). A key ending in `.models` replaces its base
/// key when the points are separately trained models (`points: models`).
extension English {
  static let explanations: [String: String] = [
    "slot.in_short": "In short",
    "slot.looked_at": "What we looked at",
    "slot.found": "What we found",
    "slot.how_sure": "How sure we are",
    "slot.not_mean": "What this does not mean",
    "slot.decision": "For the decision",
    "slot.one_sentence": "In one sentence",
    "slot.details": "For statisticians",
    "slot.quiz": "Before you look:",
    "slot.quiz_answer": "Show the answer",

    "headline.emergent": "{task}: {metric} stays at the [[guessing]] until the [[loss]] falls below about {eta}",
    "headline.smooth": "{task}: {metric} rises steadily as the [[loss]] falls; no [[threshold]] was found",
    "headline.inconclusive": "{task}: there may be a [[threshold]] near {eta}, but the data cannot tell",

    "short.emergent.shows": "In these data {task} follows the pattern of an [[emergent_ability]].",
    "short.emergent.suggests": "These data suggest that {task} follows the typical pattern of an [[emergent_ability]].",
    "short.emergent.flat": "While the [[loss]] is above {eta}, {metric} stays at the [[guessing]] of about {chance}.",
    "short.emergent.rise":
      "Once the loss drops below {eta}, {metric} starts to climb: about {points} points per 0.1 drop in loss.",
    "short.smooth": "In these data {task} is not an [[emergent_ability]].",
    "short.smooth.off_chance": "Even the weakest [[checkpoint]] beat the [[guessing]]: {mean_above} against {chance}.",
    "short.smooth.off_chance.models":
      "Even the weakest [[model]] beat the [[guessing]]: {mean_above} against {chance}.",
    "short.smooth.steady":
      "As the [[loss]] falls, {metric} changes step by step, with no point where it suddenly switches on.",
    "short.inconclusive": "These data cannot tell whether {task} has a [[threshold]].",

    "looked.n": "We analysed {n} [[checkpoint]] of {task}, scored by {metric}.",
    "looked.n.models": "We analysed {n} [[model]] on {task}, scored by {metric}.",
    "looked.items": "Each was scored on {items} questions with {options} options each.",
    "looked.chance.options":
      "With {options} options, blind guessing gets about {chance_count} of every 100 questions right: that is the [[guessing]].",
    "looked.chance.plain": "Answering at random scores about {chance}: that is the [[guessing]].",
    "looked.chance.brier": "For the Brier score lower is better; random guessing scores {chance}, the [[guessing]].",

    "found.above.flat":
      "Above {eta} ({n_above} checkpoints): average {metric} {mean_above}, which cannot be told apart from guessing, and no trend as the loss falls.",
    "found.above.flat.tolerance":
      "Above {eta} ({n_above} checkpoints): average {metric} {mean_above}, close enough to the guessing level of {chance} to count as it, and it changes little as the loss falls.",
    "found.above.off":
      "Above {eta} ({n_above} checkpoints): average {metric} {mean_above}, clearly off the guessing level of {chance}.",
    "found.above.sloped":
      "Above {eta} ({n_above} checkpoints): average {metric} {mean_above}, and it still changes as the loss falls.",
    "found.below.improves":
      "Below {eta} ({n_below} checkpoints): {metric} rises by about {points} points ({points_lo} to {points_hi}) for every 0.1 drop in loss.",
    "found.below.flat": "Below {eta} ({n_below} checkpoints): no clear rise as the loss falls.",
    "found.above.flat.models":
      "Above {eta} ({n_above} models): average {metric} {mean_above}, which cannot be told apart from guessing, and no trend as the loss falls.",
    "found.above.flat.tolerance.models":
      "Above {eta} ({n_above} models): average {metric} {mean_above}, close enough to the guessing level of {chance} to count as it, and it changes little as the loss falls.",
    "found.above.off.models":
      "Above {eta} ({n_above} models): average {metric} {mean_above}, clearly off the guessing level of {chance}.",
    "found.above.sloped.models":
      "Above {eta} ({n_above} models): average {metric} {mean_above}, and it still changes as the loss falls.",
    "found.below.improves.models":
      "Below {eta} ({n_below} models): {metric} rises by about {points} points ({points_lo} to {points_hi}) for every 0.1 drop in loss.",
    "found.unmeasured": "Only {side_n} checkpoints lie on the {side} side of {eta}: too few to describe that side.",
    "found.unmeasured.models": "Only {side_n} models lie on the {side} side of {eta}: too few to describe that side.",
    "found.below.flat.models": "Below {eta} ({n_below} models): no clear rise as the loss falls.",
    "found.reference": "A model at loss {ref_loss} scores about {ref_score}.",
    "found.rho":
      "The rank correlation of {metric} with loss is {rho}, where -1 would mean “lower loss, higher score, without exception”.",

    "sure.interval.calibrated":
      "Where the [[threshold]] is: thresholds from {eta_range} fit the data almost as well as the best one, and thresholds outside that range fit clearly worse. This is the {level} [[interval]]; how much worse counts as clearly worse was checked on {replicates} resampled copies of the data.",
    "sure.interval.profile":
      "Where the [[threshold]] is: thresholds from {eta_range} fit the data almost as well as the best one, and thresholds outside that range fit clearly worse. This is the {level} [[interval]].",
    "sure.interval":
      "Where the [[threshold]] is: we re-ran the analysis on {replicates} resampled copies of the data. In {level} of them it fell within {eta_range}; this is the {level} [[interval]].",
    "sure.p.floor":
      "Could the bend be chance? We built {B} data sets with no [[threshold]]: a straight-line trend with the same noise. None showed a bend as strong as this one, so the [[p_value]] is below {p_floor}.",
    "sure.p.some":
      "Could the bend be chance? We built {B} data sets with no [[threshold]]: a straight-line trend with the same noise. {exceed} of them showed a bend at least as strong, so the [[p_value]] is {p_plain}.",
    "sure.bic.hinge":
      "Threshold or smooth curve? A line with a threshold fits better than a smooth S-shaped curve. Its [[bic]] is lower by {delta_bic}: {bic_word} evidence on the usual scale (Raftery 1995).",
    "sure.bic.logistic":
      "Threshold or smooth curve? A smooth S-shaped curve fits better than a line with a threshold. Its [[bic]] is lower by {delta_bic}: {bic_word} evidence on the usual scale (Raftery 1995).",
    "sure.bic.tie":
      "Threshold or smooth curve? Both fit about equally well: their [[bic]] differs by only {delta_bic}, too little to choose.",

    "bic.weak": "weak",
    "bic.positive": "positive",
    "bic.strong": "strong",
    "bic.very_strong": "very strong",

    "reason.no_chance_level": "No guessing level was given, so “at guessing level” cannot be judged.",
    "reason.too_few_points_on_side":
      "Only {side_n} [[checkpoint]] lie on the {side} side of the threshold; at least {min_side} are needed.",
    "reason.too_few_points_on_side.models":
      "Only {side_n} [[model]] lie on the {side} side of the threshold; at least {min_side} are needed.",
    "reason.threshold_detected": "The test finds a bend: {p_text}.",
    "reason.no_threshold_detected": "The test does not find a clear bend: {p_text}.",
    "reason.p_value_in_grey_zone":
      "The test result is borderline ({p_text}, between {alpha} and {alpha2}): too weak to call a threshold, too strong to rule one out.",
    "reason.line_preferred":
      "One straight line fits as well as a line with a bend: BIC {bic_linear} against {bic_hinge}.",
    "reason.bic_split":
      "A line with a threshold and a smooth S-shaped curve fit about equally well: BIC differs by {delta_bic}, less than {bic_margin}.",
    "reason.threshold_on_boundary":
      "The best threshold, {eta}, lies at the edge of the range searched, so no flat stretch was located.",
    "reason.high_loss_side_at_chance":
      "Above the threshold the average, {mean_above}, cannot be told apart from the guessing level of {chance}.",
    "reason.high_loss_side_off_chance":
      "Above the threshold the average, {mean_above}, is clearly off the guessing level of {chance}.",
    "reason.high_loss_side_flat": "Above the threshold the score shows no trend.",
    "reason.high_loss_side_sloped": "Above the threshold the score still changes with the loss.",
    "reason.low_loss_side_improves": "Below the threshold the score improves as the loss falls.",
    "reason.low_loss_side_does_not_improve": "Below the threshold the score does not clearly improve.",
    "reason.best_by_bic": "Of the three fits, the {best_fit} has the smallest BIC.",
    "reason.unknown": "A further reason is listed in the results file: {reason}.",

    "caveat.scale":
      "{eta} is a value on this family’s loss scale, set by its training data and tokenizer. Losses measured on other data or with another tokenizer cannot be compared with it directly.",
    "caveat.scale.generic":
      "The loss values are on this family’s scale, set by its training data and tokenizer. Losses measured another way cannot be compared with them directly.",
    "caveat.start": "The threshold is where {metric} starts to rise, not where it becomes useful.",
    "caveat.not_found":
      "“No threshold found” does not mean “there is no threshold”: one outside the loss range studied, or a step too small to see, cannot be ruled out.",
    "caveat.cannot_tell":
      "“Cannot tell” is not a finding either way: more checkpoints, especially near {eta}, could settle it.",
    "caveat.cannot_tell.models":
      "“Cannot tell” is not a finding either way: more models, especially with a loss near {eta}, could settle it.",
    "caveat.independence":
      "Checkpoints from the same run are not independent, so this interval may be too narrow; resampling whole runs gives a fairer one.",
    "caveat.independence.runs":
      "Checkpoints from the same run are not independent, so the interval resamples whole runs.",
    "caveat.independence.models":
      "Separately trained models are closer to independent draws. Still, models made with the same recipe share its quirks, so the interval assumes they behave like a random sample.",
    "caveat.independence.runs.models":
      "Models made with the same recipe can behave alike, so the interval resamples whole groups of them, not single models.",
    "caveat.size":
      "This analysis uses loss only: it does not test whether model size matters at equal loss, nor what lowering the loss costs.",
    "caveat.size.untested": "This analysis does not test whether model size matters at equal loss.",
    "caveat.cost.untested": "It does not say what lowering the loss costs.",
    "caveat.simulated": "These data were simulated with a true threshold of {true_eta}.",
    "size.loss-only":
      "Size is not the cause here: at equal loss, every model size scored within {size_tol} {size_unit} of {size_reference} (largest gap {size_gap}, {size_p}{size_p_adjusted}).",
    "size.size-matters":
      "Size matters too: at equal loss, {size_group} scored {size_gap} {size_unit} away from {size_reference}, beyond the tolerance of {size_tol} ({size_p}{size_p_adjusted}).",
    "size.inconclusive":
      "Whether size matters at equal loss was tested, but these data cannot settle it (largest gap {size_gap} {size_unit}, tolerance {size_tol}, {size_p}{size_p_adjusted}).",
    "size.adjusted.holm": ", Holm-adjusted over the notebook's tests",
    "size.adjusted.bh": ", Benjamini-Hochberg-adjusted over the notebook's tests",
    "size.unit.points": "points",
    "size.unit.score": "in score",
    "decision.budget":
      "What it would take: on the fitted loss law, the cheapest way to a loss of {budget_eta} is a model of {budget_n} parameters trained on {budget_tokens} tokens, about {budget_flops} FLOPs.",
    "decision.budget.smallest":
      "No model smaller than {budget_smallest} parameters gets there, however much data it sees.",
    "decision.budget.unreachable": "On the fitted loss law, no model size reaches a loss of {budget_eta}.",
    "caveat.continuous":
      "Only right-or-wrong scoring was analysed. Whether the same threshold shows in a continuous measure, such as the probability of the right answer, was not checked (Schaeffer et al. 2023).",

    "decision.emergent":
      "In these runs, getting the loss below about {eta} on this scale was the condition for this ability to appear.",
    "decision.emergent.models":
      "Across these models, getting the loss below about {eta} on this scale was the condition for this ability to appear.",
    "decision.emergent.cost":
      "Which route to a lower loss is cheapest (more data, a larger model, longer training) has to be assessed separately.",
    "decision.smooth":
      "On this task every reduction in loss buys a little more {metric}; investment is not wasted until some line is crossed.",
    "decision.inconclusive":
      "Do not plan around a threshold for {task} yet; gather more checkpoints first, especially near {eta}.",
    "decision.inconclusive.side":
      "Do not plan around a threshold for {task} yet; gather more checkpoints first, on the {side} side of {eta}.",
    "decision.inconclusive.side.models":
      "Do not plan around a threshold for {task} yet; first train or find more models on the {side} side of {eta}.",
    "decision.inconclusive.models":
      "Do not plan around a threshold for {task} yet; first train or find more models with a loss near {eta}.",

    "restate.emergent":
      "{task} appears only once the loss falls below about {eta} on this measurement scale, and after that it improves gradually as the loss keeps falling.",
    "restate.smooth":
      "On this loss scale {task} gets a little better with every drop in loss; it is not a threshold-type emergent ability.",
    "restate.inconclusive": "On this loss scale {task} may have a threshold near {eta}, but these data cannot tell.",

    "details.model":
      "Hinge model y = r + k·max(η − L, 0), at the global least-squares optimum by profiling over every gap: η̂ = {eta}.",
    "details.interval.calibrated":
      "Interval: {level} profile likelihood, its cut-off calibrated by {replicates} bootstrap resamples ({ci_method}): {eta_ci}.",
    "details.interval.profile":
      "Interval: {level} profile likelihood with the chi-square(1) cut-off ({ci_method}): {eta_ci}.",
    "details.interval": "Interval: {level} percentile bootstrap ({ci_method}, {replicates} resamples): {eta_ci}.",
    "details.supf":
      "sup-F (Andrews 1993) against the linear null: {supf_stat} at η = {supf_at}, {p_text} (parametric bootstrap under the fitted line, B = {B}, {exceed} exceedances).",
    "details.davies": "Davies test (k = {davies_k}): {davies_p}.",
    "details.chow": "Chow test at {chow_at}: F = {chow_f}, {chow_p}.",
    "details.cusum": "OLS-CUSUM: {cusum_stat}, {cusum_p}.",
    "details.segments":
      "Above η̂: n = {n_above}, mean {mean_raw}, slope {slope_above} per unit loss. Below: n = {n_below}, slope {slope_below}.",
    "details.bic":
      "BIC: hinge {bic_hinge}, logistic {bic_logistic}, linear {bic_linear}; ΔBIC (logistic − hinge) = {delta_bic_signed}, “{bic_word}” on the scale of Raftery (1995), whose cut-offs 2, 6 and 10 separate weak, positive, strong and very strong.",
    "details.spearman": "Spearman ρ = {rho}.",
    "details.other": "Chance {chance_raw}; seed {seed}.",
    "details.verdict": "Verdict: {verdict_word}. Reasons, in the order checked:",
    "details.assume.noise.binomial":
      "Assumptions. Every curve is fitted by least squares, as if each score were the curve plus Gaussian noise of one variance. A share of right answers is binomial instead, its variance largest where half the answers are right and smallest near the guessing level and the top, so BIC and the F statistics are approximations, close when every checkpoint has many questions.",
    "details.assume.noise":
      "Assumptions. Every curve is fitted by least squares, as if each score were the curve plus Gaussian noise of one variance; where the noise of {metric} changes with its level, BIC and the F statistics are approximations.",
    "details.assume.supf":
      "Under the null, a straight line, there is no threshold to estimate, so the largest F over all candidate thresholds does not follow an F distribution (Davies 1977; Andrews 1993). Its p-value is therefore found by simulation: {B} straight lines drawn with the fitted noise, each searched over every threshold as the data were.",
    "details.assume.runs":
      "Checkpoints of one run share weights and training data, so they are not independent: the interval resamples whole runs, while the tests treat checkpoints as independent, which can make their p-values too small.",
    "details.assume.cases":
      "The interval resamples single rows and the tests treat rows as independent. Checkpoints of one run are not (they share weights and training data), so where rows are checkpoints both can be too confident; resampling whole runs (resample: runs) gives the honest interval.",
    "details.assume.noise.binomial.models":
      "Assumptions. Every curve is fitted by least squares, as if each score were the curve plus Gaussian noise of one variance. A share of right answers is binomial instead, its variance largest where half the answers are right and smallest near the guessing level and the top, so BIC and the F statistics are approximations, close when every model was scored on many questions.",
    "details.assume.runs.models":
      "The interval resamples single models and the tests treat the models as independent, as separately trained models are.",
    "details.assume.cases.models":
      "The interval resamples single models and the tests treat the models as independent, as separately trained models are.",
    "details.assume.single":
      "This is the notebook's only test, so its p-value needs no adjustment for multiple testing.",
    "details.assume.holm":
      "The notebook ran {tests_total} tests; the verdict used the p-value adjusted over all of them by Holm's method ({verdict_p}), which keeps the chance of any false alarm among them at {alpha}.",
    "details.assume.bh":
      "The notebook ran {tests_total} tests; the verdict used the p-value adjusted over all of them by the Benjamini-Hochberg method ({verdict_p}), which keeps the expected share of false alarms among the findings at {alpha}.",
    "details.assume.none":
      "The notebook ran {tests_total} tests and, as asked, did not adjust their p-values, so the chance of at least one false alarm among them is larger than {alpha}.",
    "details.assume.collapse":
      "The size check fits one curve to every size by least squares and lets each size shift it at equal loss; the test of those shifts takes its p-value from a parametric bootstrap under one common curve, and “within the tolerance” means every size's equivalence interval lies inside it (two one-sided tests).",

    "verdict.emergent": "emergent (threshold)",
    "verdict.smooth": "smooth (no threshold)",
    "verdict.inconclusive": "inconclusive",
    "side.above": "high-loss",
    "side.below": "low-loss",

    "quiz.question": "What {metric} would you expect at loss {quiz_loss}?",
    "quiz.answer.flat": "About {quiz_score}, the guessing level: loss {quiz_loss} is above the [[threshold]] of {eta}.",
    "quiz.answer.rise":
      "About {quiz_score}: loss {quiz_loss} is below the [[threshold]] of {eta}, where {metric} has started to rise.",

    "fit.hinge": "line with a threshold",
    "fit.logistic": "smooth S-shaped curve",
    "fit.linear": "straight line",

    "metric.accuracy": "accuracy",
    "metric.prob": "the probability of the right answer",
    "metric.brier": "the Brier score",
    "metric.exact_match": "exact-match accuracy",
    "metric.score": "the score",

    // The explorer's live sentence (TEACHING X4): with "short.emergent.*" and "short.smooth.steady"
    // above, these are the templates the explore block fills in the reader's browser.
    "explore.smooth": "Here {metric} follows a smooth S-shaped curve and rises fastest near loss {mid}.",
    "explore.linear": "Here {metric} rises by about {points} percentage points for every 0.1 drop in loss.",
    // An exact-match state (the task's own or the mirage preset): the smooth per-token curve, the
    // exact-match score it makes, and {onset}, one of "explore.exact.onset.*" filled for the state.
    "explore.exact.token":
      "Each token of an answer is right with a probability that rises smoothly as the loss falls, from {token_high} at the highest loss to {token_low} at the lowest.",
    "explore.exact.whole":
      "An answer counts for {metric} only when all of its tokens are right, so with {tokens}-token answers {metric} goes from {exact_high} to {exact_low} over the same range.",
    "explore.exact.onset": "{onset}",
    "explore.exact.onset.late":
      "Until the loss falls to {exact_onset}, {metric} stays below {level}; by then each token is already right {token_onset} of the time. The jump comes from the scoring, not from a sudden change in the model (Schaeffer et al. 2023).",
    "explore.exact.onset.never":
      "Over the whole range {metric} stays below {level}, although each token is right {token_low} of the time at the lowest loss: the scoring hides the model's progress (Schaeffer et al. 2023).",
    "explore.exact.onset.early": "Even at the highest loss, {metric} is already {level} or more.",
    "explore.exact.onset.one":
      "With one token per answer the two scores measure the same thing, and their points fall together.",
    "explore.band":
      "With {items} questions per checkpoint, pure guessing puts {metric} within about ±{band} percentage points of {chance} at 95 of every 100 checkpoints, so a smaller rise cannot be told apart from guessing.",
    "explore.resolution":
      "With {items} questions per checkpoint, {metric} below one right answer in {items} mostly reads as 0.",
  ]
}
