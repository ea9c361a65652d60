import LossbookEngine

extension FamilySpec {
  /// The fields, as `lossbook kinds family` shows them. Every number field also takes an
  /// expression such as `=params.eta`.
  static let fields: [FieldDoc] = [
    FieldDoc(
      "law", "chinchilla | epoch | {E, A, B, alpha, beta} | =formula in N and D",
      "the true loss L(N, D): a preset, E + A/N^alpha + B/D^beta with your constants, or any formula such as =1.7 + 400 / N^0.34 + 410 / D^0.28"
    ),
    FieldDoc(
      "sizes", "list of sizes (300M, 1.5B)", default: "none",
      "model sizes in parameters, one run each, all on the grid `tokens`"),
    FieldDoc(
      "tokens", "{from, to, checkpoints, spacing: log | linear} | {from, every, to} | list",
      default: "none (needed with sizes)",
      "the token counts at which each run of `sizes` is observed; {from: 43B, every: 43B, to: 2.5T} steps by 43B and always ends with `to`"
    ),
    FieldDoc(
      "runs", "list of {size, tokens, name} | a table's block id", default: "none",
      "runs with their own token grids (name defaults to the size, such as 1.5B); or a table whose rows are the checkpoints, with columns N, D and optionally run"
    ),
    FieldDoc(
      "final_only", "list of {size, tokens, name}", default: "none",
      "runs that stop early: each token count is one run of that size, observed only at its final checkpoint (name defaults to '<size> final')"
    ),
    FieldDoc(
      "loss_noise", "number ≥ 0", default: Defaults.lossNoise,
      "sd of the observed loss around the true loss (tasks follow the true loss)"),
    FieldDoc(
      "score_from", "true | observed", default: Defaults.scoreFrom,
      "the loss the tasks' success probabilities follow: the true loss (the model's quality) or the observed loss (WORKLOAD-W1.md)"
    ),
    FieldDoc(
      "score_noise", "number ≥ 0", default: Defaults.scoreNoise,
      "sd of Gaussian noise on the accuracy of tasks without items"),
    FieldDoc(
      "tasks", "list of tasks", default: "none",
      "each {name, shape: linear | logistic | hinge | exact-match | items, ...}; a field the shape does not use is an error"
    ),
    FieldDoc("tasks[].name", "text", "the task's column name in the table"),
    FieldDoc(
      "labels", "mapping of column or run to text", default: "none",
      "display names, such as {MMLU_brier: \"MMLU (Brier score)\", 300M final: \"300M, final checkpoint only\"}: every plot and table of the family's table shows them instead of the raw name unless it has its own labels:; the table, its CSV and the results file keep the names; a key that is neither a column nor a run is an error (unknown-label) with a did-you-mean"
    ),
    FieldDoc(
      "tasks[].random", "number in [0, 1]", default: "\(FieldDoc.show(Defaults.random)) (items: 1/options)",
      "the chance level; for the items shape it must be 1/K"),
    FieldDoc(
      "tasks[].ceiling", "number in (random, 1]", default: Defaults.ceiling,
      "the best score (items: the probability of the right option once an item is learned)"),
    FieldDoc(
      "tasks[].items", "whole number ≥ 1", default: "none (items shape: required)",
      "questions per evaluation: accuracy is Binomial(items, p) / items; the items shape draws each item"),
    FieldDoc(
      "tasks[].options", "whole number ≥ 2", default: "none (items: 1/random)",
      "K, the answer options, for the Brier score"),
    FieldDoc(
      "tasks[].metrics", "list of accuracy | prob | brier | token", default: "[accuracy]",
      "extra columns <task>_prob (CorrectChoiceProb), <task>_brier (summed over the K options: chance 1 - 1/K) and, for exact-match, <task>_token (the per-token probability q)"
    ),
    FieldDoc(
      "tasks[].eta, slope", "numbers", "hinge: flat at random for loss ≥ eta, rising by slope per unit of loss below"),
    FieldDoc("tasks[].mid, width", "numbers", "logistic: the midpoint and width of the S-curve in loss"),
    FieldDoc("tasks[].value, at, slope", "numbers", "linear: value at loss `at`, rising by slope per unit of loss"),
    FieldDoc(
      "tasks[].tokens, rate, floor", "whole number, numbers",
      "exact-match: all of `tokens` answer tokens right, each with q(L) = exp(-rate (L - floor)) capped at 1"),
    FieldDoc(
      "tasks[].eta, spread, sharpness", "numbers",
      default: "eta and sharpness required; spread \(FieldDoc.show(Defaults.spread))",
      "items: item i has threshold eta_i ~ Normal(eta, spread) and puts c_i = 1/K + (ceiling - 1/K) sigmoid((eta_i - L) / sharpness) on its right option"
    ),
    FieldDoc(
      "limits.items", "number, \(FamilyLimits.itemsCeiling.words)", default: powerOfTen(FamilyLimits.defaultItems),
      "the most items a task may have"),
    FieldDoc(
      "limits.item_draws", "number, \(FamilyLimits.itemDrawsCeiling.words)",
      default: powerOfTen(FamilyLimits.defaultItemDraws),
      "the most per-item draws (items × checkpoints over the items-shape tasks)"),
    FieldDoc(
      "limits.checkpoints", "number, \(FamilyLimits.checkpointsCeiling.words)",
      default: powerOfTen(FamilyLimits.defaultCheckpoints),
      "the most checkpoints (table rows) in the family"),
  ]
}
