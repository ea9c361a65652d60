/// The reference text of `lossbook kinds`: every kind's summary, and every field's type, default
/// in words and meaning (`KindDoc`). `{{name}}` is a value the kind's spec gives (`SpecField.values`).
extension English {
  static let kindDocs: [String: KindDoc] = [
    "family": familyDoc,
    "data": dataDoc,
    "fit": fitDoc,
    "plot": plotDoc,
    "table": tableDoc,
    "threshold": thresholdDoc,
    "explore": exploreDoc,
    "explain": explainDoc,
    "budget": budgetDoc,
    "sweep": sweepDoc,
    "collapse": collapseDoc,
  ]

  private static let familyDoc = KindDoc(
    summary: "A synthetic scaling family: runs of several sizes at checkpoints, with tasks scored from their loss.",
    fields: [
      "law": FieldWords(
        "chinchilla | epoch | {E, A, B, alpha, beta} | =formula in N and D",
        "the true loss L(N, D): a preset, E + A/N^alpha + B/D^beta with your constants, or any formula such as =1.7 + 400 / N^0.34 + 410 / D^0.28"
      ),
      "sizes": FieldWords(
        "list of sizes (300M, 1.5B)", default: "none",
        "model sizes in parameters, one run each, all on the grid `tokens`"),
      "tokens": FieldWords(
        "{from, to, checkpoints, spacing: log | linear} | {from, every, to} | list",
        default: "none (needed with sizes)",
        "the token counts at which each run of `sizes` is observed; {from: 43B, every: 43B, to: 2.5T} steps by 43B and always ends with `to`"
      ),
      "runs": FieldWords(
        "list of {size, tokens, name} | a table's block id", default: "none",
        "runs with their own token grids (name defaults to the size, such as 1.5B); or a table whose rows are the checkpoints, with columns N, D and optionally run"
      ),
      "final_only": FieldWords(
        "list of {size, tokens, name}", default: "none",
        "runs that stop early: each token count is one run of that size, observed only at its final checkpoint (name defaults to '<size> final')"
      ),
      "loss_noise": FieldWords(
        "number ≥ 0", "sd of the observed loss around the true loss (tasks follow the true loss)"),
      "score_from": FieldWords(
        "true | observed",
        "the loss the tasks' success probabilities follow: the true loss (the model's quality) or the observed loss (WORKLOAD-W1.md)"
      ),
      "score_noise": FieldWords("number ≥ 0", "sd of Gaussian noise on the accuracy of tasks without items"),
      "tasks": FieldWords(
        "list of tasks", default: "none",
        "each {name, shape: linear | logistic | hinge | exact-match | items, ...}; a field the shape does not use is an error"
      ),
      "tasks[].name": FieldWords("text", "the task's column name in the table"),
      "labels": FieldWords(
        "mapping of column or run to text", default: "none",
        "display names, such as {MMLU_brier: \"MMLU (Brier score)\", 300M final: \"300M, final checkpoint only\"}: every plot and table of the family's table shows them instead of the raw name unless it has its own labels:; the table, its CSV and the results file keep the names; a key that is neither a column nor a run is an error (unknown-label) with a did-you-mean"
      ),
      "tasks[].random": FieldWords(
        "number in [0, 1]", default: "{{random}} (items: 1/options)",
        "the chance level; for the items shape it must be 1/K"),
      "tasks[].ceiling": FieldWords(
        "number in (random, 1]", "the best score (items: the probability of the right option once an item is learned)"),
      "tasks[].items": FieldWords(
        "whole number ≥ 1", default: "none (items shape: required)",
        "questions per evaluation: accuracy is Binomial(items, p) / items; the items shape draws each item"),
      "tasks[].options": FieldWords(
        "whole number ≥ 2", default: "none (items: 1/random)", "K, the answer options, for the Brier score"),
      "tasks[].metrics": FieldWords(
        "list of accuracy | prob | brier | token",
        "extra columns <task>_prob (CorrectChoiceProb), <task>_brier (summed over the K options: chance 1 - 1/K) and, for exact-match, <task>_token (the per-token probability q)"
      ),
      "tasks[].eta, slope": FieldWords(
        "numbers", "hinge: flat at random for loss ≥ eta, rising by slope per unit of loss below"),
      "tasks[].mid, width": FieldWords("numbers", "logistic: the midpoint and width of the S-curve in loss"),
      "tasks[].value, at, slope": FieldWords("numbers", "linear: value at loss `at`, rising by slope per unit of loss"),
      "tasks[].tokens, rate, floor": FieldWords(
        "whole number, numbers",
        "exact-match: all of `tokens` answer tokens right, each with q(L) = exp(-rate (L - floor)) capped at 1"),
      "tasks[].eta, spread, sharpness": FieldWords(
        "numbers", default: "eta and sharpness required; spread {{spread}}",
        "items: item i has threshold eta_i ~ Normal(eta, spread) and puts c_i = 1/K + (ceiling - 1/K) sigmoid((eta_i - L) / sharpness) on its right option"
      ),
      "limits.items": FieldWords("number, {{limit}}", "the most items a task may have"),
      "limits.item_draws": FieldWords(
        "number, {{limit}}", "the most per-item draws (items × checkpoints over the items-shape tasks)"),
      "limits.checkpoints": FieldWords("number, {{limit}}", "the most checkpoints (table rows) in the family"),
    ])

  private static let dataDoc = KindDoc(
    summary:
      "A table from a CSV, TSV, JSON or lm-evaluation-harness file (inside the notebook's folder) or inline rows, with rename, derive, where and select.",
    fields: [
      "path": FieldWords(
        "text", default: "none (then rows)",
        "a data file relative to the notebook's folder (or to a --data-root folder); it may not leave them. With format: lm-eval, a folder (its .json files, subfolders too) or a glob such as evals/*/results*.json"
      ),
      "format": FieldWords(
        "csv | tsv | json | jsonl | lm-eval", default: "from the extension (.tsv, .json, .jsonl; else csv)",
        "csv and tsv: a header line, then rows; json: an array of records [{\"loss\": 2.31}, ...]; jsonl: one record per line; lm-eval: lm-evaluation-harness result files (0.3 or 0.4 layout) as rows with the columns model, step (from revision=stepN), shots, task, metric, value, stderr"
      ),
      "rows": FieldWords(
        "list of mappings", default: "none (then path)", "inline rows, such as [{loss: 2.31, score: 0.27}]"),
      "rename": FieldWords("mapping old: new", default: "none", "renames columns (first)"),
      "derive": FieldWords(
        "mapping name: =expression", default: "none",
        "adds columns computed per row, in order; bare names are columns (second)"),
      "where": FieldWords("=expression", default: "none", "keeps the rows where the expression is true (third)"),
      "select": FieldWords("list of column names", default: "all", "keeps these columns, in this order (last)"),
      "labels": FieldWords(
        "mapping of column or text value to text", default: "none",
        "display names, such as {MMLU_like: MMLU-like}: every plot, table, fit, threshold and collapse of this table shows them instead of the raw name unless it has its own labels:; the table, its CSV and the results file keep the names; a key that is neither a column nor a text value is an error (unknown-label)"
      ),
      "limits": FieldWords(
        "{bytes}",
        "the largest data file read (for lm-eval, all its files together); a larger one is an error before it is read (raise it here if you mean it)"
      ),
    ])

  private static let fitDoc = KindDoc(
    summary:
      "Fits built-in models (linear, quadratic, logistic, hinge, segmented, exp-decay, power-law, chinchilla) and formulas with GSL's nonlinear least squares, and compares them.",
    fields: [
      "table": FieldWords("block id", "the table to fit (a family or data block)"),
      "x": FieldWords(
        "column, or [N, D] for chinchilla", "the predictor, usually loss; chinchilla takes the pair [N, D]"),
      "y": FieldWords("column", "the score (chinchilla: the loss, fitted on the log scale)"),
      "models": FieldWords(
        "list of linear | quadratic | logistic | hinge | segmented | exp-decay | power-law | chinchilla | {name, bounds, starts} | {name, formula, start, positive, bounds, starts}",
        "linear: y = b0 + b1 x; quadratic: y = b0 + b1 x + b2 x^2; logistic: y = lo + (hi - lo) / (1 + exp((x - mid) / width)); hinge: y = r + k max(eta - x, 0) and segmented: y = b0 + b1 x + b2 max(x - psi, 0), both at the global optimum by profiling the threshold; exp-decay: y = eps - k exp(-gamma x), gamma > 0; power-law: y = a + b x^(-c), c > 0; chinchilla: log L = log(E + A N^-alpha + B D^-beta), E, A, B > 0, from the Hoffmann grid; a formula: any column by name, its parameters named in start (a number, or a list of numbers: every combination is a start, {{limit}} combinations), positive: the parameters fitted on the log scale. An entry {name: logistic, ...} or a formula takes bounds: {PARAM: [low, high]} (fitted by transformation; the logistic's default boxes: lo, hi in [-0.1, 1.1] when every y is in [0, 1], mid within a range of the data, width in [range/1000, range]; hinge: eta only, segmented: psi only) and starts: [{PARAM: value, ...}, ...] (logistic, exp-decay, power-law, formulas), tried before the model's own. Every model ends ok, at_bound (a parameter on a bound; eligible for best), unidentified or not_converged (after restarts with geodesic acceleration, dogleg and subspace2D; left out with a warning); the block fails only when no model is ok or at_bound"
      ),
      "weights": FieldWords(
        "none | binomial | column",
        "weights w_i: RSS becomes the weighted sum everywhere; binomial: 1 / max(y (1 - y), binomial_floor), for y in [0, 1]"
      ),
      "binomial_floor": FieldWords("number > 0", "binomial weights: the smallest variance y (1 - y) used"),
      "robust": FieldWords(
        "{huber: delta}", default: "none (least squares)",
        "the Huber loss with this delta, by iteratively reweighted least squares (chinchilla: Hoffmann's 1e-3)"),
      "starts": FieldWords(
        "data | grid",
        "exp-decay, power-law: polish the best grid_refine points of the profiled rate grid instead of the best one; chinchilla always uses the Hoffmann grid"
      ),
      "grid_refine": FieldWords(
        "whole number ≥ 1, {{limit}}",
        "how many of the best grid points (by the objective at the start) the solver polishes"),
      "grid_size": FieldWords(
        "whole number ≥ 1, {{limit}}", "exp-decay, power-law: how many log-spaced rates the profiled grid has"),
      "criterion": FieldWords("aic | bic", "how the best model is chosen (the smallest wins)"),
      "min_side": FieldWords("whole number ≥ 1", "hinge, segmented: the fewest points on each side of the threshold"),
      "xtol": FieldWords("number > 0", "Levenberg-Marquardt step tolerance"),
      "gtol": FieldWords("number > 0", "Levenberg-Marquardt gradient tolerance"),
      "ftol": FieldWords("number ≥ 0", "Levenberg-Marquardt residual-change tolerance (GSL 2.7 does not test it)"),
      "max_iterations": FieldWords("whole number ≥ 1, {{limit}}", "the most solver iterations"),
      "geodesic": FieldWords("true | false", "geodesic acceleration in the trust-region solver"),
      "collinearity": FieldWords(
        "number > 0",
        "a parameter is not identified when 1 / VIF of its Jacobian column falls below this (singular Jacobian)"),
      "bound_tolerance": FieldWords(
        "number > 0",
        "a parameter is at_bound within this fraction of its box's width of an end, or (one-sided, such as positive) when moving it to its end changes the fitted values by less than this fraction of the residual norm"
      ),
      "huber_iterations": FieldWords("whole number ≥ 1, {{limit}}", "robust: the most reweighting rounds"),
      "huber_tolerance": FieldWords(
        "number > 0", "robust: stop when no parameter moves by more than this (relative) between rounds"),
      "trace": FieldWords(
        "true | false", "add each model's convergence trace (iteration, RSS, parameters) to the results file"),
    ])

  private static let plotDoc = KindDoc(
    summary:
      "An SVG figure: points, lines or a histogram of a table, fitted curves, thresholds and a labelled chance line, with alt text.",
    fields: [
      "table": FieldWords("block id", "the table to draw"),
      "x": FieldWords("column", "the horizontal axis"),
      "y": FieldWords(
        "column or list of columns", default: "none with mark: histogram, else required",
        "the vertical axis; several columns give one series each; a histogram takes no y (its y axis is the count)"),
      "color": FieldWords(
        "column", default: "none", "one series per value of this column (such as run); not with a histogram"),
      "mark": FieldWords(
        "points | line | both | histogram",
        "how the data are drawn; histogram counts the finite values of x in equal-width bins, drawn as bars (NaN and infinite values are left out; the generated alt text says how many); its bins are the block's table (bin_lower, bin_upper, count), written to <id>.csv; with it, y, color, facet, chance, y_percent and log scales are errors, a threshold overlay draws its line and interval band (never the hinge), and a fit overlay is an error"
      ),
      "bins": FieldWords(
        "whole number from 1 to {{maxBins}}",
        "the histogram's bins: equal widths from the smallest to the largest finite x, each [lower, upper) but the last, which also holds the largest value; all values equal give one bar; only with mark: histogram"
      ),
      "x_scale": FieldWords("linear | log", "the x axis scale"),
      "y_scale": FieldWords("linear | log", "the y axis scale"),
      "x_reversed": FieldWords(
        "true | false", default: "true when x is a loss column",
        "draw x falling to the right, so lower loss (better) reads left to right"),
      "overlay": FieldWords(
        "list of fit or threshold block ids, or {fit, model, band, level}", default: "none",
        "draws a fit's best model (or the named model) over the data; band: true adds its pointwise confidence band (delta method) at level (default {{overlayLevel}}); a threshold block with the verdict emergent draws its threshold as a vertical line, its interval as a band, and its fitted hinge ({fit: t, hinge: false} leaves the hinge out); with smooth it draws no threshold, only the curve with the smallest BIC of its line, logistic curve and hinge, on top; with inconclusive that curve and its interval as a band labelled 'where a threshold might be', never a line; a fit overlay drawing the same model of the same column stands for the threshold's curve"
      ),
      "facet": FieldWords(
        "true | false",
        "one panel per y column (small multiples with shared axes, in as many columns as keep each panel 250 px wide: 2 in a report); each overlay goes to the panel of its y; the legend names each kind once (data, hinge fit, threshold, the interval band, guessing) and each kind looks the same in every panel; a threshold's label carries its interval; on narrow screens the page shows the panels in one column"
      ),
      "scales": FieldWords(
        "fixed | free_y",
        "with facet: true, free_y gives each panel its own y range, ticked and labelled in every panel (a task from 25% to 30% is not squashed into a panel sized for one from 25% to 60%); fixed shares one range so that panels compare by height; one panel has one range either way"
      ),
      "chance": FieldWords("number", default: "none", "the chance level, drawn as a labelled dashed line"),
      "y_percent": FieldWords("true | false", "label y ticks as percentages"),
      "title": FieldWords("text", default: "a title from the columns", "the figure's title: say the finding"),
      "caption": FieldWords("text", default: "none", "shown under the figure"),
      "alt": FieldWords("text", default: "generated from the data", "the text description for screen readers"),
      "x_label": FieldWords(
        "text", default: "the column (loss: 'pre-training loss (lower is better →)')", "the x axis title"),
      "y_label": FieldWords(
        "text",
        default:
          "the column(s); for a histogram '\(English().text(PageMessage.count))' (ja \(Japanese().text(PageMessage.count)))",
        "the y axis title"),
      "labels": FieldWords(
        "mapping of column or group value to text", default: "none",
        "display names, such as {MMLU_brier: \"MMLU (Brier score)\", err17: \"average error over 17 tests\"}: used instead of the raw name in legends, panel titles, axis titles, the default title, fit names and the description; the results file keeps the names; a key that is neither a column of the table nor a value of color is an error (unknown-label) with a did-you-mean"
      ),
    ])

  private static let tableDoc = KindDoc(
    summary: "Shows a table, or a fit's model comparison, with chosen columns, number formats and a caption.",
    fields: [
      "of": FieldWords(
        "block id | list of threshold block ids",
        "a block that makes a table (family, data) or a fit (its model comparison); threshold blocks give one summary row each (block, y, aic_* and bic_* of linear, logistic and hinge, best, eta, eta_lower, eta_upper, supf, p, pelt_changes, pelt_onset, spearman, verdict)"
      ),
      "columns": FieldWords("list of columns", default: "all", "the columns to show, in this order"),
      "formats": FieldWords(
        "mapping column: format", default: "automatic", "number formats: .3f, .2g, %, .1%, sci, si, int, p"),
      "rows": FieldWords("whole number | all", "the most rows to show (the CSV always has all)"),
      "where": FieldWords("=expression", default: "none", "shows only the rows where it is true"),
      "caption": FieldWords("text", default: "none", "the table's caption"),
      "labels": FieldWords(
        "mapping of column to text", default: "none",
        "display names for the column headers, such as {err17: \"average error over 17 tests\"}; the CSV and the results file keep the names; a key that is not a column is an error (unknown-label) with a did-you-mean"
      ),
    ])

  private static let thresholdDoc = KindDoc(
    summary:
      "Tests whether a score stays at chance until the loss passes a threshold: the hinge threshold with bootstrap and delta-method intervals, sup-F, Davies, Chow, PELT, binary segmentation and OLS-CUSUM, and a verdict (emergent, smooth, inconclusive) with its reasons.",
    fields: [
      "table": FieldWords("block id", "the table to test (a family or data block)"),
      "x": FieldWords("column", "the loss (or any predictor); the threshold is a value of it"),
      "y": FieldWords("column", "the score"),
      "random": FieldWords("number", default: "none (verdict: inconclusive)", "the chance level; the verdict needs it"),
      "tests": FieldWords(
        "list of supf | davies | chow | pelt | binseg | cusum", default: "[{{tests}}], and chow when chow.at is given",
        "the tests reported; sup-F always runs, because the verdict reads its p-value"),
      "bootstrap": FieldWords("whole number ≥ 0", "sup-F: parametric-bootstrap replicates B for its p-value"),
      "ci.method": FieldWords(
        "bootstrap-profile | profile | bootstrap",
        "the threshold's interval: every threshold whose profile RSS stays within the likelihood-ratio cut-off of the best, the cut-off calibrated by the bootstrap (never below chi-square(1)); profile: the chi-square(1) cut-off; bootstrap: the percentile bootstrap. The default is the one that covers in the coverage study (93% or more on every emergent W1 shape)"
      ),
      "ci.replicates": FieldWords(
        "whole number ≥ 1",
        "the threshold's bootstrap: replicates (the percentile interval, or the calibration of the profile's cut-off)"),
      "limits": FieldWords(
        "{replicates}",
        "the most replicates bootstrap and ci.replicates may ask for; more is an error before any work (raise it here, {{limit}})"
      ),
      "ci.level": FieldWords("number in (0, 1)", "the coverage of every interval of the block"),
      "ci.resample": FieldWords(
        "cases | runs",
        "resample single checkpoints, or whole runs (the column `runs`); cases by default, because with W1's six runs resampling runs covers less (80% to 93% in the coverage study)"
      ),
      "runs": FieldWords("column", "ci.resample: runs: the column naming each checkpoint's run"),
      "candidates": FieldWords(
        "gaps | {from, to} | {grid, from, to}", default: "gaps from {{candidatesFrom}} to {{candidatesTo}}",
        "sup-F's candidate thresholds: every gap between distinct x, or grid evenly spaced values (grid {{limit}}), between the quantiles from and to of x"
      ),
      "min_side": FieldWords(
        "whole number ≥ 1, {{limit}}", "the fewest points on each side of any threshold (fits, tests, verdict)"),
      "alpha": FieldWords("number in (0, 1)", "the test level of the verdict"),
      "davies.k": FieldWords("whole number ≥ 2, {{limit}}", "Davies test: evaluation points (R segmented's default)"),
      "chow.at": FieldWords("number", default: "none (no Chow test)", "Chow test: the known threshold to test"),
      "pelt.penalty": FieldWords(
        "number > 0 | mad | mean-square",
        "PELT's penalty per change point: a number, or multiplier × sigma² × ln n with sigma² from the first differences of the sorted scores, by their MAD (STATS.md) or their mean square (WORKLOAD-W1.md); mad falls back to mean-square when more than half the differences are equal"
      ),
      "pelt.multiplier": FieldWords("number > 0", "PELT: the multiplier of the estimated penalty"),
      "pelt.min_size": FieldWords("whole number ≥ 1, {{limit}}", "PELT: the shortest segment (ruptures' min_size)"),
      "binseg.breaks": FieldWords("whole number ≥ 1, {{limit}}", "binary segmentation: the number of change points"),
      "binseg.min_size": FieldWords("whole number ≥ 1, {{limit}}", "binary segmentation: the shortest segment"),
      "chance_tolerance": FieldWords(
        "number ≥ 0", "verdict: a high-loss mean this close to random counts as at chance"),
      "chance_slack": FieldWords(
        "number ≥ 0", "random may lie outside the scores' range by at most this many times their span"),
      "bic_margin": FieldWords("number ≥ 0", "verdict: hinge and logistic BICs closer than this split the evidence"),
      "verdict_rule": FieldWords(
        "stats | w1",
        "stats: the rule of STATS.md section 5 (chance level, slopes on each side, sup-F, BIC); w1: WORKLOAD-W1.md's rule, emergent when sup-F's p < alpha and the hinge has the smallest BIC, else smooth"
      ),
      "grey_zone": FieldWords("number ≥ 1", "verdict: p between alpha and grey_zone × alpha is inconclusive"),
    ])

  private static let exploreDoc = KindDoc(
    summary:
      "Sliders (threshold, slope, answer length, questions per checkpoint) and teaching presets that re-simulate a family task and redraw its figure.",
    fields: [
      "of": FieldWords("block id", "a family block"),
      "task": FieldWords(
        "task name",
        "a hinge, logistic, linear or exact-match task of that family; an exact-match task's figure shows its exact-match score and the per-token accuracy of the same answers"
      ),
      "controls": FieldWords(
        "up to 3 of eta, slope, items (hinge), mid, width (logistic), slope, items (linear), tokens, items (exact-match)",
        "the sliders; tokens is the answer length in tokens (1 to {{answerTokens}}, or the task's own length if longer); items is the number of questions per checkpoint (needs a task with items, {{limit}}; by default only then). Each slider has at most {{sliderPositions}} positions: a threshold, midpoint or slope slider over a wider range moves in larger steps"
      ),
      "presets": FieldWords(
        "any of emergent, smooth, mirage, few-questions", default: "every preset that applies to the task and controls",
        "teaching buttons, each computed from the task: emergent = the task's own hinge; smooth = an S-curve over the checkpoints' loss range to the same top score; mirage = exact match of {{mirageTokens}} tokens whose per-token probability rises smoothly from the guessing level; few-questions = {{fewQuestions}} questions per checkpoint (needs the items control); smooth and mirage do not apply to an exact-match task; [] for none"
      ),
      "title": FieldWords("text", default: "a title from the task", "the figure's title"),
    ])

  private static let explainDoc = KindDoc(
    summary:
      "Explains a threshold result in plain words (English or Japanese): nine slots, numbers checked against the results.",
    fields: [
      "of": FieldWords("block id", "the threshold block to explain (its result object of FORMAT.md section 5)"),
      "fit": FieldWords(
        "block id", default: "none", "a fit block with a hinge model: the expected scores use its parameters"),
      "audience": FieldWords("manager | analyst", "manager: details for statisticians folded; analyst: open"),
      "quiz": FieldWords(
        "true | false", "a prediction question before the text, its answer folded (emergent verdicts)"),
      "task": FieldWords("text", default: "the threshold's y column", "the task's name in sentences"),
      "metric": FieldWords(
        "accuracy | prob | brier | exact-match | score",
        "what the score measures: sets its words, the chance sentence and the metric caveat"),
      "points": FieldWords(
        "checkpoints | models",
        "what each point is: a checkpoint of a training run, or a separately trained model; sets the words for the points, the independence caveat and the advice. Not inferred from the table: a data block can hold either, and a family's final_only runs are separate models"
      ),
      "options": FieldWords(
        "number", default: "none", "answer options per question: the chance level as “about 25 of every 100”"),
      "items": FieldWords("number", default: "none", "questions per point (checkpoint or model)"),
      "reference_loss": FieldWords(
        "number", default: "none", "the loss at which the expected score is given (emergent verdicts)"),
      "true_threshold": FieldWords(
        "number", default: "none", "for simulated data: the threshold the simulation was given (disclosed)"),
      "quiz_loss": FieldWords("number", default: "the threshold + 0.1", "the loss the quiz asks about"),
      "collapse": FieldWords(
        "block id", default: "none",
        "a collapse block: the explanation says whether model size matters at equal loss as its verdict says (size is not the cause only for loss-only); without one it says this was not tested"
      ),
      "budget": FieldWords(
        "block id", default: "none",
        "a budget block: the decision says what reaching the threshold would take (the compute-optimal size, tokens and training compute, and the smallest size that can reach it)"
      ),
    ])

  private static let budgetDoc = KindDoc(
    summary:
      "What it takes to reach a threshold loss under a Chinchilla law: per size its loss floor, whether it can reach the threshold, the tokens and compute (6 N D), and the compute-optimal size, with intervals from paired bootstrap draws of the law and the threshold.",
    fields: [
      "law": FieldWords(
        "block id | {E, A, B, alpha, beta}",
        "the loss law L(N, D) = E + A N^-alpha + B D^-beta: a fit block whose models include chinchilla (status ok or at_bound; its bootstrap draws give the intervals), or the five constants"
      ),
      "threshold": FieldWords(
        "block id | number",
        "the target loss eta: a threshold block (its estimate, and its bootstrap thresholds for the intervals), or a number"
      ),
      "sizes": FieldWords(
        "list of numbers > 0 (300M, 7B, ...)", "the model sizes N (parameters) to cost: one row each"),
      "replicates": FieldWords(
        "whole number ≥ 1, {{limit}}",
        default: "the threshold block's bootstrap thresholds (ci.replicates), else {{replicates}}",
        "paired draws of the law and the threshold behind the intervals (at most the threshold block's count)"),
      "level": FieldWords("number in (0, 1)", "the coverage of the intervals (type-7 quantiles of the draws)"),
      "title": FieldWords("text", default: "a sentence from the numbers", "the figure's title"),
      "caption": FieldWords("text", default: "none", "a caption under the figure"),
    ])

  private static let sweepDoc = KindDoc(
    summary:
      "The power of an evaluation design: simulates a family again for every cell of a grid of design values (items, checkpoints, sizes, slope, loss noise) and runs the threshold analysis on each replicate; per cell the detection rate with its Wilson interval, the false-positive rate at slope 0, the rate of the verdict emergent, the coverage and median width of the threshold's interval, and the verdicts' counts.",
    fields: [
      "family": FieldWords(
        "block id", "the family block to simulate again, cell by cell (its law, runs, noise and seed)"),
      "task": FieldWords("task name", "the family's task to analyse: a hinge task (its eta is the true threshold)"),
      "vary.items": FieldWords(
        "list of whole numbers ≥ 1", default: "the task's items",
        "questions per checkpoint: the score is Binomial(items, p) / items"),
      "vary.checkpoints": FieldWords(
        "list of whole numbers ≥ 2", default: "the family's",
        "checkpoints per size: each run's token grid respaced log-evenly from its first to its last token count"),
      "vary.sizes": FieldWords(
        "list of whole numbers ≥ 1", default: "all the family's sizes",
        "how many model sizes: k of the family's runs, evenly spread from the first to the last"),
      "vary.slope": FieldWords(
        "list of numbers ≥ 0", default: "the task's slope",
        "the threshold's slope; 0 is a task with no threshold, whose rejection rate is the test's real size"),
      "vary.loss_noise": FieldWords("list of numbers ≥ 0", default: "the family's", "the sd of the observed loss"),
      "replicates": FieldWords(
        "whole number ≥ 1, {{limit}}",
        "simulated families per cell; the Monte Carlo error of a rate near 0.05 is about sqrt(0.05 · 0.95 / R)"),
      "analysis.tests": FieldWords(
        "list of supf, davies, cusum",
        "the tests run on each replicate; the first decides a rejection (the verdict always reads sup-F)"),
      "analysis.bootstrap": FieldWords("whole number ≥ 1, {{limit}}", "sup-F's bootstrap replicates per analysis"),
      "analysis.alpha": FieldWords("number in (0, 1)", "a test rejects when its p-value is below alpha"),
      "analysis.level": FieldWords(
        "number in (0, 1)", "the coverage of the threshold's profile interval and of the rates' Wilson intervals"),
      "analysis.logistic": FieldWords(
        "true | false",
        "whether each replicate's verdict also fits the logistic curve (STATS.md section 5: a hinge and a logistic within bic_margin are inconclusive); without it the rate of emergent is an upper bound. The fit costs about 250 ms on a flat score (slope 0), a hundred times the rest of the replicate"
      ),
      "analysis.min_side": FieldWords("whole number ≥ 1", "points required on each side of a threshold"),
      "limits.fits": FieldWords(
        "whole number, {{limit}}",
        "the most replicate fits (cells × replicates × (bootstrap + 1)) this sweep may ask for"),
      "title": FieldWords("text", default: "a sentence from the numbers", "the figure's title"),
      "caption": FieldWords("text", default: "none", "a caption under the figure"),
    ])

  private static let collapseDoc = KindDoc(
    summary:
      "Do the groups (model sizes, runs) fall on one curve of the score against the loss? A common curve against the same curve with a shift (or a threshold) per group: F with a parametric-bootstrap p-value, each group's shift at equal loss with its interval, an equivalence check against a tolerance, and a verdict (loss-only, size-matters, inconclusive) with its reasons.",
    fields: [
      "table": FieldWords("block id", "the table (a family or data block)"),
      "x": FieldWords("column", "the loss (or any predictor): groups are compared at equal x"),
      "y": FieldWords("column", "the score"),
      "by": FieldWords("column", "the grouping column (model sizes, runs): text or numbers"),
      "model": FieldWords(
        "auto | linear | logistic | hinge",
        "the common curve; auto: the best of linear, logistic and hinge by BIC on every point (a curve that cannot be fitted is named and left out)"
      ),
      "differ": FieldWords(
        "shift | threshold", "how the groups may differ under H1: a shift in y at equal x, or (hinge) a threshold each"),
      "replicates": FieldWords(
        "whole number ≥ 0, {{limit}}",
        "parametric-bootstrap replicates of the F statistic (simulated under one common curve)"),
      "tolerance": FieldWords(
        "number > 0", "the equivalence margin in units of y: a shift smaller than this does not matter"),
      "min_overlap": FieldWords(
        "whole number ≥ 1", "a group counts only with this many points inside the x range it shares with another group"),
      "alpha": FieldWords(
        "number in (0, 0.5)", "the test level; the equivalence check uses 1 − 2 alpha intervals (two one-sided tests)"),
      "level": FieldWords("number in (0, 1)", "the coverage of each shift's reported interval"),
      "title": FieldWords("text", default: "a sentence from the numbers", "the figure's title"),
      "caption": FieldWords("text", default: "none", "a caption under the figure"),
    ])
}

/// The English text of `lossbook kinds`' own lines (`KindsMessage`).
extension English {
  func text(_ key: KindsMessage) -> String {
    switch key {
    case .abstract: "The block kinds, their fields, types, defaults and meaning."
    case .kindArgumentHelp: "A kind to describe in full (or front-matter)."
    case .frontMatterLine: "The notebook's settings (lossbook kinds front-matter)."
    case .frontMatterHeading: "front-matter: the YAML between --- lines at the top of a notebook."
    case .limitsLine: "Every fixed limit (lossbook kinds limits)."
    case .limitsHeading:
      "limits: a notebook that asks for more is refused by lossbook check, with the value and the limit."
    case .hingeShape: "a hinge"
    case .logisticShape: "a logistic"
    case .lineShape: "a line"
    case .exactMatchShape: "exact match"
    case .defaultIs(let value): "default: \(value)"
    case .required: "required"
    case .unknownKind(let kind, let hint, let kinds):
      "unknown block kind '\(kind)'\(hint); the kinds are: \(kinds.joined(separator: ", "))"
    }
  }
}
