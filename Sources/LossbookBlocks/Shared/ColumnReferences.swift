import LossbookEngine
import LossbookSimulation
import LossbookSyntax
import LossbookWords

// The columns each kind names in another block's table, and the columns a family will make, so
// `check` reports a wrong column name without running anything (the execute stage reports the
// same name with the same words).

extension FitSpec {
  /// x, y and a weights column of the fitted table.
  var columnReferences: [ColumnReference] {
    var names = x.names + [y]
    if let w = weights, w.value != "none", w.value != "binomial" { names.append(w) }
    return names.map { ColumnReference(table: table.value, column: $0) }
  }
}

extension FitSpec {
  /// The columns named, and each formula's bare names that are neither a parameter in its start
  /// nor a column of the table, in the words the execute stage uses.
  func check(_ context: CheckContext) -> StaticCheck {
    var problems = context.unknownColumns(columnReferences)
    guard let columns = context.columns(of: table.value) else { return StaticCheck(problems: problems) }
    for entry in models ?? [] {
      guard case .formula(let spec) = entry.kind else { continue }
      let parameterNames = spec.start.fields.map(\.name)
      let expression = spec.formula.expression
      for ref in expression.expression.references where ref.path.count == 1 {
        let name = ref.path[0]
        guard !parameterNames.contains(name), !columns.contains(name) else { continue }
        problems.append(
          BlockFailure(
            FitDiagnostics.unknownName,
            .fit(.formulaUnknownName(model: spec.name.value, name: name)),
            at: expression.range(of: ref),
            help: Diagnostic.didYouMean(name, among: parameterNames + columns)
              ?? Words.diagnostic(.fit(.formulaNamesHelp(parameters: parameterNames, columns: columns)))))
      }
    }
    return StaticCheck(problems: problems)
  }
}

extension ThresholdSpec {
  /// x and y, and the runs column when the interval resamples whole runs (`run` unless `runs:`).
  var columnReferences: [ColumnReference] {
    var names = [x, y]
    if let resample = ci?.resample, resample.value.value == .runs {
      names.append(runs ?? Located("run", at: resample.range))
    }
    return names.map { ColumnReference(table: table.value, column: $0) }
  }
}

extension PlotSpec {
  /// x, the y columns and the colour column of the plotted table.
  var columnReferences: [ColumnReference] {
    ([x] + (y?.names ?? []) + (color.map { [$0] } ?? [])).map { ColumnReference(table: table.value, column: $0) }
  }
}

extension TableSpec {
  /// The columns shown, of a single table-making block.
  var columnReferences: [ColumnReference] {
    guard of.names.count == 1, let source = of.names.first?.value else { return [] }
    return (columns ?? []).map { ColumnReference(table: source, column: $0) }
  }

  /// The columns shown, and the names in `where`, in the words the execute stage uses.
  func check(_ context: CheckContext) -> StaticCheck {
    var problems = context.unknownColumns(columnReferences)
    if of.names.count == 1, let source = of.names.first?.value, let columns = context.columns(of: source),
      let w = `where`
    {
      problems += CheckContext.unknownNames(in: w.expression, columns: columns)
    }
    return StaticCheck(problems: problems)
  }
}

extension ExploreSpec {
  /// The task must be one of the family's: its columns after the six of every family, without the
  /// extra metric columns (`MMLU_prob` beside `MMLU`).
  func check(_ context: CheckContext) -> StaticCheck {
    guard let columns = context.columns(of: of.value), columns.count >= 6, columns[0] == "run" else {
      return StaticCheck()
    }
    let rest = Array(columns.dropFirst(6))
    let tasks = rest.filter { column in
      !TaskMetric.allCases.contains { metric in
        metric != .accuracy && column.hasSuffix("_" + metric.rawValue)
          && rest.contains(String(column.dropLast(metric.rawValue.count + 1)))
      }
    }
    guard !tasks.contains(task.value) else { return StaticCheck() }
    return StaticCheck(problems: [
      BlockFailure(
        ExploreDiagnostics.unknownTask, .explore(.unknownTask(family: of.value, task: task.value)), at: task.range,
        help: Diagnostic.didYouMean(task.value, among: tasks))
    ])
  }
}

extension FamilySpec {
  /// The family's columns: run, N, D, C, loss_true, loss, then each task and its extra metrics.
  func check(_ context: CheckContext) -> StaticCheck {
    var columns = ["run", "N", "D", "C", "loss_true", "loss"]
    for task in tasks ?? [] {
      let asked = Set(task.metrics.map(\.value.value))
      for metric in TaskMetric.allCases where metric == .accuracy || asked.contains(metric) {
        columns.append(metric.column(of: task.name.value))
      }
    }
    return StaticCheck(columns: columns)
  }
}
