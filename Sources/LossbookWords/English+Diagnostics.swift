import LossbookStats

/// The English text of the diagnostics, the command line's words in every report language
/// (`DiagnosticMessage`).
extension English {
  func text(_ key: DiagnosticMessage) -> String {
    switch key {
    case .fit(let k): text(k)
    case .plot(let k): text(k)
    case .threshold(let k): text(k)
    case .data(let k): text(k)
    case .family(let k): text(k)
    case .table(let k): text(k)
    case .explain(let k): text(k)
    case .explore(let k): text(k)
    case .column(let k): text(k)
    case .budget(let k): text(k)
    case .collapse(let k): text(k)
    case .sweep(let k): text(k)
    case .engine(let k): text(k)
    case .file(let k): text(k)
    case .output(let k): text(k)
    case .shard(let k): text(k)
    case .spec(let k): text(k)
    case .citation(let k): text(k)
    case .print(let k): text(k)
    case .notebook(let k): text(k)
    case .syntax(let k): text(k)
    case .expression(let k): text(k)
    case .limit(let k): text(k)
    }
  }

  /// A list of names as a diagnostic writes it: "a, b, c".
  private func list(_ names: [String]) -> String { names.joined(separator: ", ") }

  // MARK: - Fit

  func text(_ key: FitProblem) -> String {
    switch key {
    case .modelFailed(let model, let reason): "the \(model) model: \(text(reason))"
    case .noModelOK(let model, let reason):
      "the \(model) model: \(text(reason)); no model of this block is ok or at a bound"
    case .leftOut(let model, let status, let reason):
      "the \(model) model is left out of the comparison (\(status)): \(text(reason))"
    case .advice(let advice): text(advice)
    case .chinchillaPredictors: "the chinchilla model takes two predictors, x: [N, D]"
    case .chinchillaPredictorsHelp: "write x: [N, D]"
    case .onePredictor(let model, let count): "the \(model) model takes one predictor, but x names \(count)"
    case .onePredictorHelp: "fit it in a block of its own with one x"
    case .binomialFloor: "binomial_floor must be above 0"
    case .binomialOutside(let rows, let more):
      "binomial weights need y between 0 and 1, but not in rows \(rows)\(more > 0 ? " and \(more) more" : "")"
    case .mustBeAbove0(let option): "\(option) must be above 0"
    case .mustBeOneOrMore(let option): "\(option) must be 1 or more"
    case .ftolNegative: "ftol must be 0 or more"
    case .noBound(let model, let parameter, let why): "the \(model) model takes no bound on \(parameter): \(text(why))"
    case .removeBounds: "remove bounds"
    case .boundsTake(let parameters): "bounds here take \(list(parameters))"
    case .noStarts(let model, let why): "the \(model) model takes no starts: \(text(why))"
    case .removeStarts: "remove starts"
    case .startNotFinite(let parameter): "the start of \(parameter) must be a finite number"
    case .notAParameter(let name, let field, let parameters):
      "'\(name)' in \(field) is not a parameter of this model (\(list(parameters)))"
    case .formulaUnknownName(let model, let name):
      "the formula of '\(model)' uses '\(name)', which is neither a parameter named in start nor a numeric column"
    case .formulaNamesHelp(let parameters, let columns): "parameters: \(list(parameters)); columns: \(list(columns))"
    case .unusedStart(let parameter): "the parameter '\(parameter)' is given a start but the formula does not use it"
    case .unusedStartHelp: "remove it from start, or use it in the formula"
    case .positiveNotAParameter(let name): "'\(name)' in positive is not a parameter named in start"
    case .didNotConvergeHelp: "raise max_iterations, loosen xtol or gtol, try other starts, or drop this model"
    case .nonFiniteHelp: "drop or fix those rows (a data block's where: can filter them)"
    case .singularJacobianHelp: "the data cannot pin down every parameter of this model; simplify it or add data"
    case .singularDesignHelp: "the data cannot pin down every parameter of this model"
    case .boundEndsNotNumbers: "a bound's ends should be numbers"
    case .badBound: "a bound is [low, high] with low < high (one end may be .inf or -.inf)"
    case .startNotANumber: "a starting value should be a number"
    case .noStartValues: "give at least one starting value"
    }
  }

  private func text(_ why: FitFixedBy) -> String {
    switch why {
    case .closedForm: "it is fitted in closed form by least squares"
    case .profiledThreshold: "its threshold is found exactly by profiling, and r and k by least squares for it"
    case .profiledBreakpoint: "its breakpoint is found exactly by profiling, and the slopes by least squares for it"
    case .hoffmannGrid: "it always uses the Hoffmann grid of starts with E, A and B positive"
    case .nothing: ""
    }
  }

  /// "a whole number of at least 1", after "... must be".
  private func text(_ rule: NumberRule) -> String {
    switch rule {
    case .number: "a number"
    case .zeroOrMore: "0 or more"
    case .oneOrMore: "1 or more"
    case .above0: "above 0"
    case .between0And1: "strictly between 0 and 1"
    case .quantile: "a quantile between 0 and 1"
    case .atLeast(let n): "a number of at least \(n)"
    case .wholeAtLeast(let n): "a whole number of at least \(n)"
    }
  }

  // MARK: - Plot

  func text(_ key: PlotProblem) -> String {
    switch key {
    case .notOverlayable(let block): "'\(block)' is not a fit, threshold or collapse block"
    case .overlayTakesHelp: "overlay takes fit, threshold and collapse blocks"
    case .noRows(let table): "the table '\(table)' has no rows to draw"
    case .noModel(let fit, let model, let models): "the fit '\(fit)' has no model '\(model)' (models: \(list(models)))"
    case .badLevel: "level must lie strictly between 0 and 1"
    case .noFiniteValues(let column): "the column '\(column)' has no finite values to count"
    case .histogramLeavesOutHelp: "a histogram leaves out NaN and infinite values"
    case .histogramCannotShowFit(let fit): "a histogram's y axis is a count, so it cannot show the fit '\(fit)'"
    case .overlayThresholdHelp: "overlay a threshold block, which marks its threshold and interval"
    case .notFitOrThreshold(let block): "'\(block)' is neither a fit nor a threshold block"
    case .histogramOverlayTakesHelp: "overlay takes threshold blocks on a histogram"
    case .binsWithoutHistogram(let mark): "bins sets the bins of a histogram; this plot draws \(mark)"
    case .binsWithoutHistogramHelp: "add mark: histogram, or remove bins"
    case .histogramTakesNoY: "a histogram counts the values of x, so it takes no y"
    case .histogramTakesNoYHelp: "remove y: the y axis is the count"
    case .histogramTakesNoColor: "a histogram draws one set of bars, so it takes no color"
    case .histogramTakesNoFacet: "a histogram is one panel, so it takes no facet"
    case .histogramTakesNoChance: "chance is a level of the score, and a histogram's y axis is a count"
    case .histogramTakesNoYPercent: "a histogram's y axis is a count, not a share"
    case .histogramLogScale: "a histogram's bins have equal widths on linear axes"
    case .histogramLogScaleHelp: "remove the log scale"
    case .removeField(let field): "remove \(field)"
    case .badBins(let maximum, let value): "bins must be a whole number from 1 to \(maximum), not \(value)"
    case .binsHelp(let bins): "\(bins) bins suit a few hundred values"
    }
  }

  // MARK: - Threshold

  func text(_ key: ThresholdProblem) -> String {
    switch key {
    case .stepFailed(let step, let reason): "\(text(step)): \(text(reason))"
    case .minSideHelp: "a threshold needs min_side points on each side; add checkpoints or lower min_side"
    case .distinctXHelp: "a threshold lies between distinct values of x; add checkpoints at other losses"
    case .constantScoresHelp: "every score is the same, so nothing changes with the loss; check the column"
    case .candidatesHelp: "widen candidates (from, to) or lower min_side"
    case .badDataHelp: "drop or fix those rows (a data block's where: can filter them)"
    case .chanceScaleHelp: "give random on the scores' scale (0.25 for four options, not 25)"
    case .chancePercentHelp: "the scores look like percentages: give random in percent too (25, not 0.25)"
    case .chanceFarHelp(let chance):
      "if \(chance) is the right chance level, every score is far from it, so these data have no stage at "
        + "chance to find a threshold in; raise chance_slack (default 1) to run the tests anyway, or check that y "
        + "is the score you mean"
    case .mustBe(let option, let rule): "\(option) must be \(text(rule))"
    case .chowWithoutThreshold: "the Chow test needs a known threshold"
    case .chowWithoutThresholdHelp: "add chow: {at: 2.2}, or drop chow from tests"
    case .candidatesOrder(let from, let to): "candidates: from (\(from)) must not exceed to (\(to))"
    case .tooManyReplicates(let option, let asked, let limit):
      "\(option) asks for \(asked) replicates, more than limits.replicates (\(limit))"
    case .tooManyReplicatesHelp: "ask for fewer, or raise limits: {replicates: …} if you mean it"
    }
  }

  private func text(_ step: ThresholdStep) -> String {
    switch step {
    case .data: "the data"
    case .random: "random"
    case .supF: "sup-F"
    case .interval: "the threshold's interval"
    case .segmented: "the segmented fit"
    case .hinge: "the hinge fit"
    case .verdict: "the verdict"
    case .spearman: "Spearman"
    case .davies: "the Davies test"
    case .chow: "the Chow test"
    case .pelt: "PELT"
    case .binarySegmentation: "binary segmentation"
    case .cusum: "OLS-CUSUM"
    }
  }

  // MARK: - Data

  func text(_ key: DataProblem) -> String {
    switch key {
    case .atPosition(let file, let line, let column, let reason): "\(file):\(line):\(column): \(reason)"
    case .inFile(let file, let reason): "\(file): \(reason)"
    case .noJSONFiles(let path): "'\(path)' names no .json files"
    case .noColumns(let names, let columns): "no columns \(names) (columns: \(list(columns)))"
    case .didYouMeanAny(let names): "did you mean \(list(names))?"
    case .noColumn(let name, let columns): "no column '\(name)' (columns: \(list(columns)))"
    case .noSource: "a data block needs exactly one of 'path' and 'rows'"
    case .noSourceHelp: "write path: results.csv, or rows: [{loss: 2.31, score: 0.27}]"
    case .pattern(let path): "'\(path)' is a pattern; only format: lm-eval reads several files"
    case .patternHelp: "name one file, or write format: lm-eval for a folder or glob of harness result files"
    case .filesTooLarge(let path, let limit, let upTo):
      "the files of '\(path)' hold more than \(limit) bytes together (up to \(upTo))"
    case .filesTooLargeHelp: "raise limits: {bytes: …} if they are meant to be this large, or name fewer files"
    case .notHarnessResults(let reason): reason
    case .notHarnessResultsHelp: "name a folder or glob of the harness's results*.json files (not its samples files)"
    case .fileTooLargeHelp: "raise limits: {bytes: …} if the file is meant to be this large"
    case .folderNeedsLMEvalHelp: "a folder of lm-evaluation-harness results needs format: lm-eval"
    case .badByteLimit: "limits.bytes must be a positive number of bytes"
    case .rowsEmpty: "rows is empty"
    case .rowColumns(let row, let columns, let first):
      "row \(row) has the columns \(columns), the first row has \(first)"
    case .rowColumnsHelp: "give every row the same columns in the same order"
    case .noFiles(let path, let suffix): "'\(path)' names no \(suffix) files"
    case .noFilesHelp: "name a folder of result files, or a glob such as evals/*/results*.json"
    case .holdsJSON(let path, let start): "\(path) holds JSON (it starts with '\(start)'), not CSV"
    case .writeJSONHelp: "write format: json for an array of records"
    case .writeJSONLHelp: "write format: jsonl for one record per line, or format: lm-eval for harness results"
    case .notAnArray(let path, let kind): "\(path) holds \(text(kind)), not an array of records"
    case .harnessFileHelp: "this is an lm-evaluation-harness result file: write format: lm-eval"
    case .recordsHelp:
      "write the records as [{\"loss\": 2.31, \"score\": 0.27}, ...], or one object per line with format: jsonl"
    case .notJSON(let path): "\(path) could not be read as JSON"
    case .noRecords(let path): "\(path) holds no records"
    case .unknownFormat(let written, let known): "unknown data format '\(written)'; the formats are \(known)"
    case .formatHelp: "write format: csv (or tsv, json, jsonl, lm-eval)"
    case .didYouMeanPath(let path): "did you mean '\(path)'?"
    case .recordNotAnObject(let record, let kind):
      "\(text(record)) is \(text(kind)), not an object such as {\"loss\": 2.31, \"score\": 0.27}"
    case .recordNested(let record, let kind, let name):
      "\(text(record)) has \(text(kind)) under '\(name)'; a data table holds only numbers and text"
    case .noRecordColumns: "there are no records with columns"
    case .notHarnessFile(let path):
      "'\(path)' is not an lm-evaluation-harness result file (it has no \"results\" object)"
    }
  }

  private func text(_ kind: JSONKind) -> String {
    switch kind {
    case .null: "null"
    case .bool: "true or false"
    case .number: "a number"
    case .text: "text"
    case .list: "a list"
    case .object: "an object"
    }
  }

  private func text(_ record: DataRecordLabel) -> String {
    switch record {
    case .record(let n): "record \(n)"
    case .line(let n): "line \(n)"
    }
  }

  // MARK: - Family

  func text(_ key: FamilyProblem) -> String {
    switch key {
    case .columnTaken(let task, let column):
      "the task '\(task)' would make the column '\(column)', which the table already has"
    case .columnTakenHelp: "give the task another name"
    case .tooManyItemDraws(let items, let checkpoints, let limit):
      "\(items) items × \(checkpoints) checkpoints is more per-item draws than limits.item_draws (\(limit))"
    case .tooManyItemDrawsHelp:
      "use fewer items or checkpoints, a hinge or logistic task scored Binomial(items, p), or raise limits: {item_draws: …}"
    case .zeroWidth: "the width of a logistic task must not be 0"
    case .badSharpness(let x): "sharpness must be a positive number, not \(x)"
    case .sharpnessHelp: "a small sharpness such as 0.02 makes each item switch on abruptly"
    case .negativeSpread: "spread must be 0 or more"
    case .chanceNotOneOverK(let x): "the chance level of an items task is 1/K for K answer options, not \(x)"
    case .chanceNotOneOverKHelp: "write options: 4 (chance 0.25) instead"
    case .chanceNotOptions(let random, let options): "random (\(random)) is not 1/options (1/\(options))"
    case .chanceNotOptionsHelp: "give only one of random and options"
    case .chanceOutside01(let x): "the chance level must be between 0 and 1, not \(x)"
    case .ceilingAbove1(let x): "the ceiling must be at most 1, not \(x)"
    case .chanceAboveCeiling(let chance, let ceiling):
      "the chance level (\(chance)) is not below the ceiling (\(ceiling)): the task could never rise above guessing"
    case .chanceAboveCeilingHelp: "raise the ceiling or lower the chance level"
    case .notPositive(let what, let x): "a \(text(what)) must be a positive number, not \(x)"
    case .lossNotPositive(let loss, let n, let d):
      "the loss law gives \(loss) at N = \(n), D = \(d); a loss must be a positive number"
    case .notWhole(let field, let value): "\(field) must be a whole number, not \(value)"
    case .notWholeHelp: "write a whole number, such as 1000"
    case .tooSmall(let field, let least, let value): "\(field) must be at least \(least), not \(value)"
    case .overLimit(let field, let value, let limit): "\(field) is \(value), more than the limit of \(limit)"
    case .tooManyItemsHelp: "no benchmark has that many items; raise limits: {items: …} if you mean it"
    case .negativeNoise(let x): "noise must be 0 or more, not \(x)"
    case .thresholdOutside(let task, let field, let eta, let lowest, let highest, let place):
      "the threshold of '\(task)' (\(field) = \(eta)) is outside the loss range of every run (\(lowest) to \(highest)): \(text(place))"
    case .thresholdOutsideHelp(let field): "move \(field) inside the runs' losses, or train the runs further"
    case .sizesWithoutTokens: "sizes need a token grid"
    case .sizesWithoutTokensHelp: "add tokens: {from: 20B, to: 2T, checkpoints: 40}"
    case .tokensWithoutSizes: "a token grid needs sizes"
    case .tokensWithoutSizesHelp: "add sizes: [300M, 1B], or give each run its own tokens under runs:"
    case .noRuns: "the family has no runs"
    case .noRunsHelp: "add sizes: [300M, 1B] with tokens:, or runs:, or final_only:"
    case .emptyTokenList: "the token list is empty: this run has no checkpoints"
    case .tokensBackwards(let to, let from): "tokens.to (\(to)) is before tokens.from (\(from))"
    case .zeroCheckpoints: "checkpoints is 0: this run has no checkpoints"
    case .tooManyCheckpoints(let count, let limit):
      "the family would have \(count) checkpoints, more than limits.checkpoints (\(limit))"
    case .tooManyCheckpointsHelp: "space the checkpoints further apart, or raise limits: {checkpoints: …}"
    case .runTableColumn(let table, let column, let columns):
      "the run table '\(table)' needs a numeric column '\(column)' (it has: \(list(columns)))"
    case .runTableNotPositive(let table, let row, let n, let d):
      "row \(row) of the run table '\(table)' has N = \(n) and D = \(d); both must be positive"
    case .runTableEmpty(let table): "the run table '\(table)' has no rows"
    case .tokenGridNeedsCount: "a token grid needs 'checkpoints' or 'every'"
    case .tokenGridNeedsCountHelp: "add checkpoints: 40 (with spacing: log or linear), or every: 43B"
    case .lawUnknownName(let name): "a loss formula can use N (parameters) and D (tokens), not '\(name)'"
    case .lawParameterHelp(let name): "write params.\(name) for a parameter"
    case .taskNeedsField(let shape, let field):
      "\(shape.first.map("aeiou".contains) == true ? "an" : "a") \(shape) task needs '\(field)'"
    case .addTaskField(let field, let task): "add \(field): … to the task '\(task)'"
    case .itemsNeedOptions: "an items task needs its number of answer options"
    case .itemsNeedOptionsHelp(let task):
      "add options: 4 (or random: 0.25, the chance level 1/K) to the task '\(task)'"
    case .tokenMetricNotExactMatch: "the token metric is the per-token probability of an exact-match task"
    case .tokenMetricHelp(let shape): "use prob or brier for a \(shape) task"
    case .brierWithoutOptions(let exactMatch):
      exactMatch
        ? "an exact-match task has no answer options, so it has no Brier score"
        : "the Brier score needs the number of answer options"
    case .brierExactMatchHelp: "use the token metric for a smooth score"
    case .brierOptionsHelp(let task): "add options: 4 to the task '\(task)'"
    }
  }

  private func text(_ quantity: FamilyQuantity) -> String {
    switch quantity {
    case .modelSize: "model size"
    case .tokenCount: "token count"
    case .tokenStep: "token step"
    }
  }

  private func text(_ place: FamilyThresholdPlace) -> String {
    switch place {
    case .pastEveryRun: "no run gets that far, so the task stays at its chance level everywhere"
    case .beforeEveryRun: "every checkpoint is already past it, so the task rises from the first one"
    case .betweenRuns: "it falls between the runs, so no run crosses it"
    }
  }

  // MARK: - Table, explain, explore, columns

  func text(_ key: TableProblem) -> String {
    switch key {
    case .unknownFormat(let f): "unknown format '\(f)'"
    case .unknownFormatHelp: "use one of .3f, .2g, %, .1%, sci, si, int, p"
    case .notAThreshold(let block): "'\(block)' is not a threshold block"
    case .notAThresholdHelp: "a list in of: takes threshold blocks only (one summary row each)"
    case .badRows: "rows must be 1 or more, or all"
    }
  }

  func text(_ key: ExplainProblem) -> String {
    switch key {
    case .notACollapse(let block): "'\(block)' is not a collapse block: collapse: reads its verdict"
    case .notACollapseHelp: "name a collapse block, or leave collapse: out"
    case .notABudget(let block): "'\(block)' is not a budget block: budget: reads its sizes and optimum"
    case .notABudgetHelp: "name a budget block, or leave budget: out"
    case .notAThreshold(let block):
      "'\(block)' is not a threshold block: explain reads a threshold analysis (its verdict and tests)"
    case .unusable(let block, .noVerdict):
      "'\(block)': the threshold result has no verdict emergent, smooth or inconclusive"
    case .unusable(let block, .noEtaEstimate): "'\(block)': the threshold result has no eta.estimate"
    case .unusable(let block, .noTaskName):
      "'\(block)': the threshold result names no y column, so the task has no name; give it with task:"
    case .notAThresholdHelp: "name a threshold block"
    case .numberMismatch(let m): "a number of the explanation differs from the results: \(text(m))"
    case .misleading(let p): "the explanation would mislead: \(p)"
    case .noLanguage: "no language to explain in"
    case .unknownReason(let code): "the reason '\(code)' has no sentence; it is shown as written"
    }
  }

  private func text(_ mismatch: ExplainMismatch) -> String {
    switch mismatch {
    case .notInResults(let number, let formula): "\(number): \(formula) is not in the results"
    case .shouldRead(let number, let again, let formula): "\(number) should read \(again) (\(formula))"
    case .catalogueWritesNumber(let text, let number): "the catalogue text “\(text)” writes the number \(number) itself"
    case .missingFromPage(let numbers): "numbers missing from the page: \(list(numbers))"
    case .fromNowhere(let numbers): "numbers on the page that come from nowhere: \(list(numbers))"
    }
  }

  func text(_ key: ExploreProblem) -> String {
    switch key {
    case .notAFamily(let block): "'\(block)' is not a family block"
    case .unknownTask(let family, let task): "the family '\(family)' has no task '\(task)'"
    case .unsupportedShape(let task): "the task '\(task)' has a shape the explorer cannot re-simulate"
    case .unsupportedShapeHelp: "explore a hinge, logistic, linear or exact-match task"
    case .itemsOffGrid(let items, let nearest):
      "the questions slider moves in steps of 10, so the task's \(items) questions are re-simulated as \(nearest) once the reader moves a slider (the figure at rest is the report's own)"
    case .itemsOffGridHelp: "give the task a multiple of 10 items, or leave items out of controls"
    case .badPreset(.emergentNeedsHinge): "'emergent' needs a hinge task (its own threshold)"
    case .badPreset(.smoothNeedsShape): "'smooth' needs a hinge, logistic or linear task"
    case .badPreset(.mirageIsExactMatch):
      "'mirage' turns a hinge, logistic or linear task into exact match; this task is one"
    case .badPreset(.fewQuestionsNeedsItems(let questions)):
      "'few-questions' needs the items control and a task with more than \(questions) questions"
    case .badPreset(.noRise(let preset)):
      "'\(preset)' needs a task that rises above a guessing level above 0 within the checkpoints' loss range"
    case .noPresetHelp: "no preset applies to this task: use presets: []"
    case .presetsHelp(let presets): "presets that apply here: \(list(presets))"
    case .tooManyControls(let n): "an explorer has at most \(n) controls"
    case .notAControl(let c): "'\(c)' is not a control of this task"
    case .controlsHelp(let controls): "use one of: \(list(controls))"
    }
  }

  func text(_ key: ColumnProblem) -> String {
    switch key {
    case .holdsText(let column): "the column '\(column)' holds text, not numbers"
    case .notALabelKey(let name, let what, let known): "labels: '\(name)' is not \(text(what)) (\(list(known)))"
    case .labelKeyHelp: "a label's key is a column name or a value of color"
    }
  }

  private func text(_ key: LabelKey) -> String {
    switch key {
    case .column: "a column"
    case .columnOrGroup: "a column or a group"
    case .columnOrRun: "a column or a run"
    case .columnOrTextValue: "a column or a text value"
    }
  }

  // MARK: - Budget

  func text(_ key: BudgetProblem) -> String {
    switch key {
    case .badLevel(let level): "level must lie strictly between 0 and 1, not \(level)"
    case .badLevelHelp: "write level: 0.95 for 95% intervals"
    case .replicatesBelow1: "replicates must be 1 or more"
    case .replicatesHelp: "write replicates: 200"
    case .tooManyReplicates(let asked, let threshold, let has):
      "replicates asks for \(asked) draws, but the threshold block '\(threshold)' has \(has)"
    case .tooManyReplicatesHelp(let has): "ask for at most \(has), or raise the threshold block's ci.replicates"
    case .unreachable(let threshold, let e):
      "the threshold \(threshold) is not above the law's irreducible loss E = \(e): "
        + "no model size and no amount of data reaches it"
    case .unreachableHelp: "aim at a loss above E, or check that the threshold and the law measure the same loss"
    case .noSizes: "sizes is empty: name at least one model size"
    case .noSizesHelp: "write sizes: [1B, 7B, 70B]"
    case .badSize(let x): "a model size must be a number of parameters above 0, not \(x)"
    case .badSizeHelp: "write sizes such as 300M, 7B or 7e9"
    case .lawENotFinite: "the law's E must be a finite number"
    case .lawNotPositive(let constant, let value): "the law's \(constant) must be a number above 0, not \(value)"
    case .lawHelp: "Hoffmann et al.'s law is {E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28}"
    case .notAFit(let block): "'\(block)' is not a fit block: budget reads a fitted Chinchilla law"
    case .notAFitHelp:
      "name a fit block with models: [chinchilla] and x: [N, D], or write the constants {E, A, B, alpha, beta}"
    case .noChinchilla(let fit): "the fit '\(fit)' has no chinchilla model"
    case .noChinchillaHelp:
      "add chinchilla to its models (with x: [N, D] and the loss as y), or write the constants {E, A, B, alpha, beta}"
    case .lawNotFitted(let fit, let status, let reason):
      "the chinchilla model of '\(fit)' \(status == "not_converged" ? "did not converge" : "is \(status)")"
        + (reason == .none ? "" : " (\(text(reason)))") + ": its law cannot be used"
    case .lawNotFittedHelp:
      "fix the fit (more sizes and token counts, other starts) or write the constants {E, A, B, alpha, beta}"
    case .lawAtZero(let fit): "the chinchilla law of '\(fit)' has a constant at 0: it cannot be used"
    case .lawAtZeroHelp: "fit the law to more sizes and token counts"
    case .thresholdNotFinite: "the threshold must be a finite loss"
    case .thresholdHelp: "write threshold: 2.2"
    case .notAThreshold(let block): "'\(block)' is not a threshold block: budget reads a threshold's estimate and draws"
    case .notAThresholdHelp: "name a threshold block, or write the loss as a number"
    }
  }

  // MARK: - Collapse

  func text(_ key: CollapseProblem) -> String {
    switch key {
    case .oneGroup(let by, let label):
      "the grouping column '\(by)' has one group ('\(label)'): there is nothing to compare"
    case .oneGroupHelp: "group by a column with two or more values (such as run for the model sizes)"
    case .noOverlap(let by, let groups, let minOverlap):
      "no two of the \(groups) groups of '\(by)' share a loss range with \(minOverlap) or more points each: "
        + "they cannot be compared at equal loss"
    case .noOverlapHelp(let minOverlap):
      "add checkpoints where the groups' losses overlap, or lower min_overlap (now \(minOverlap))"
    case .thresholdNeedsHinge(let model): "differ: threshold needs the hinge as the common curve, not \(model)"
    case .thresholdNeedsHingeHelp: "write model: hinge, or differ: shift"
    case .mustBe(let field, let rule): "\(field) must be \(text(rule))"
    case .shiftedFitFailed(let curve, let reason): "the \(curve) with a shift per group: \(reason.map(text) ?? "")"
    case .fitHelp: "add points (a hinge needs 5 on each side of its threshold), or choose another curve: model: linear"
    case .noCandidate: "none of linear, logistic and hinge could be fitted to these data"
    case .toleranceHelp: "write tolerance: 0.02 for two score points on a 0-1 scale"
    case .alphaHelp: "write alpha: 0.05"
    case .levelHelp: "write level: 0.95"
    case .replicatesHelp: "write replicates: 999"
    case .minOverlapHelp: "write min_overlap: 5"
    }
  }

  private func text(_ rule: CollapseRule) -> String {
    switch rule {
    case .positiveInYUnits: "a number above 0, in the units of y"
    case .between0AndHalf: "strictly between 0 and 0.5"
    case .between0And1: "strictly between 0 and 1"
    case .zeroOrMore: "0 or more"
    case .oneOrMore: "1 or more"
    }
  }

  // MARK: - Sweep

  func text(_ key: SweepProblem) -> String {
    switch key {
    case .notAFamily(let block): "'\(block)' is not a family block: a sweep simulates a family again"
    case .notAFamilyHelp: "name a family block with a hinge task"
    case .unknownTask(let task, let family, let tasks):
      "the family '\(family)' has no task '\(task)' (its tasks: \(list(tasks)))"
    case .notHinge(let task):
      "the task '\(task)' is not a hinge task: a sweep needs a true threshold eta and a slope to vary"
    case .notHingeHelp: "give the task shape: hinge with eta and slope, or sweep another task"
    case .atLeast(let field, let low): "\(field) must be a whole number of at least \(low)"
    case .replicatesHelp: "write replicates: 200 (a rate near 5% is then known to about ±1.5 points)"
    case .bootstrapHelp: "write analysis: {bootstrap: 199}"
    case .between(let field, let value): "\(field) must lie strictly between 0 and 1, not \(value)"
    case .alphaHelp: "write analysis: {alpha: 0.05}"
    case .levelHelp: "write analysis: {level: 0.95}"
    case .minSide(let v): "analysis.min_side must be a whole number from 1 to 1000, not \(v)"
    case .minSideHelp: "write analysis: {min_side: 5}"
    case .unsupportedTest(let name):
      "the test '\(name)' has no p-value a sweep can count: it runs supf, davies or cusum"
    case .testsHelp: "write analysis: {tests: [supf]}"
    case .emptyList(let field): "vary.\(field) is empty: give at least one value"
    case .badValue(let field, let shown, let sizes):
      switch field {
      case .items: "vary.items takes whole numbers from 1 to 10^12, not \(shown)"
      case .checkpoints: "vary.checkpoints takes whole numbers from 2 to 100000, not \(shown)"
      case .sizes: "vary.sizes takes how many of the family's \(sizes) sizes to use (1 to \(sizes)), not \(shown)"
      case .slope: "vary.slope takes numbers of 0 or more, not \(shown)"
      case .lossNoise: "vary.loss_noise takes numbers of 0 or more, not \(shown)"
      }
    case .valueHelp(let field):
      switch field {
      case .items: "write vary: {items: [100, 300, 1000]}"
      case .checkpoints: "write vary: {checkpoints: [10, 20, 40]}"
      case .sizes: "give counts of sizes such as vary: {sizes: [3, 6]} for a family of six: its runs, evenly spread"
      case .slope: "write vary: {slope: [0, 0.3, 0.9]}: 0 measures the test's false-positive rate"
      case .lossNoise: "write vary: {loss_noise: [0.005, 0.02]}"
      }
    case .checkpointsNeedGrids(let family):
      "vary.checkpoints respaces each run's tokens, but a run of '\(family)' has a single checkpoint"
    case .overBudget(let fits, let budget, let time):
      "this sweep asks for \(fits) replicate fits (cells × replicates × (bootstrap + 1)), more than "
        + "limits.fits (\(budget)): about \(text(time)) on one core"
    case .overBudgetHelp:
      "use fewer cells, replicates or bootstrap replicates, or raise limits: {fits: …} and shard the render "
        + "(lossbook render notebook.md --shard K/N --out parts/, then lossbook merge parts/)"
    case .badParts(let why): "the shards given to merge do not fit this sweep: \(text(why))"
    case .badPartsHelp:
      "render every shard again from this notebook: lossbook render notebook.md --shard K/N --out parts/"
    }
  }

  private func text(_ time: SweepDuration) -> String {
    switch time {
    case .seconds(let n): "\(n) seconds"
    case .minutes(let n): "\(n) minutes"
    case .hours(let n): "\(n) hours"
    }
  }

  private func text(_ why: SweepPartProblem) -> String {
    switch why {
    case .shape(let total): "a part does not hold a slice of this sweep's \(total) replicates"
    case .twice(let g): "replicate \(g) is in two parts"
    case .missing(let g): "replicate \(g) is in no part"
    }
  }

  // MARK: - Engine

  func text(_ key: EngineProblem) -> String {
    switch key {
    case .noResult(let block): "the block '\(block)' has no result"
    case .notATable(let block): "the block '\(block)' does not make a table"
    case .notATableHelp: "name a family or data block"
    case .textNotNumber: "this expression gives text, not a number"
    case .unknownName(let noun, let name, let known):
      "no \(noun) '\(name)' (\(noun == "column" ? "columns" : noun + "s"): \(list(known)))"
    case .unknownColumn(let name, let didYouMean, let columns):
      "no column '\(name)'" + (didYouMean.map { "; \($0)" } ?? "") + " (columns: \(list(columns)))"
    case .overLimit(let name, let value, let maximum): "\(name) is \(value); the limit is \(maximum)"
    case .duplicateID(let id): "the id '\(id)' is used by two blocks"
    case .duplicateIDHelp: "rename one of them"
    case .firstDefinedHere(let id): "'\(id)' is first defined here"
    case .refersToItself(let block): "the block '\(block)' refers to itself"
    case .noBlock(let id): "no block has the id '\(id)'"
    case .cycle(let names): "these blocks depend on each other in a circle: \(names)"
    case .cycleWaitsHelp:
      "a block that reads a test waits for every test of the notebook, whose p-values are adjusted together "
        + "(adjust: in the front matter); make the tests use only blocks that read no test"
    case .cycleHelp: "a block can only use blocks that do not need it"
    case .isHere(let id): "'\(id)' is here"
    case .unknownInlineFormat(let f): "unknown format '\(f)'"
    case .inlineFormatHelp: "use one of .3f, .2g, %, .1%, sci, si, int, p, ci"
    case .paramsNeedsName(let example): "'params' needs a name, such as \(example)"
    case .noParameter(let name): "no parameter '\(name)' in the front matter"
    case .declareParamsHelp: "write params.NAME for a value declared under params: in the front matter"
    case .paramsNameHelp(let parameters): "write params.NAME; the parameters are \(list(parameters))"
    case .declareParamHelp: "declare it under params: in the front matter"
    case .blockNeedsValue(let block): "'\(block)' is a block; name one of its values, such as \(block).n"
    case .unknownExpressionName(let name): "unknown name '\(name)'"
    case .unknownNameHelp: "use params.NAME for a parameter or ID.value for a block's result"
    }
  }
}
