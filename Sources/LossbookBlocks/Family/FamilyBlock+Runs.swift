import LossbookCore
import LossbookEngine
import LossbookSimulation
import LossbookSyntax
import LossbookWords

/// The runs of a family: `sizes` × `tokens`, `runs` and `final_only`, in that order.
extension FamilyBlock {
  static func resolveRuns(_ spec: FamilySpec, limit: Double, context: ExecutionContext) throws(BlockFailure)
    -> [FamilyRun]
  {
    var runs: [FamilyRun] = []
    var total = 0
    func add(_ run: FamilyRun, at range: SourceRange) throws(BlockFailure) {
      total += run.tokens.count
      guard Double(total) <= limit else { throw tooManyCheckpoints(total, limit: limit, at: range) }
      runs.append(run)
    }
    switch (spec.sizes, spec.tokens) {
    case (let sizes?, let tokens?):
      let grid = try points(tokens, limit: limit, context: context)
      for s in sizes {
        let n = try positive(s, .modelSize, context: context)
        try add(FamilyRun(label: sizeLabel(n), parameters: n, tokens: grid), at: s.range)
      }
    case (_?, nil):
      throw BlockFailure(
        FamilyDiagnostics.badTokens, .family(.sizesWithoutTokens), at: context.blockRange,
        help: .family(.sizesWithoutTokensHelp))
    case (nil, let tokens?):
      throw BlockFailure(
        FamilyDiagnostics.badTokens, .family(.tokensWithoutSizes), at: tokens.range,
        help: .family(.tokensWithoutSizesHelp))
    case (nil, nil): break
    }
    switch spec.runs {
    case .list(let list)?:
      for r in list {
        let n = try positive(r.size, .modelSize, context: context)
        let grid = try points(r.tokens, limit: limit, context: context)
        try add(FamilyRun(label: r.name?.value ?? sizeLabel(n), parameters: n, tokens: grid), at: r.tokens.range)
      }
    case .table(let id)?:
      for run in try tableRuns(id, context: context) { try add(run, at: id.range) }
    case nil: break
    }
    for r in spec.final_only ?? [] {
      let n = try positive(r.size, .modelSize, context: context)
      let label = r.name?.value ?? "\(sizeLabel(n)) final"
      for d in try points(r.tokens, limit: limit, context: context) {
        try add(FamilyRun(label: label, parameters: n, tokens: [d]), at: r.tokens.range)
      }
    }
    guard !runs.isEmpty else {
      throw BlockFailure(
        FamilyDiagnostics.noRuns, .family(.noRuns), at: context.blockRange, help: .family(.noRunsHelp))
    }
    return runs
  }

  /// A size as the `run` column writes it: 300M, 1.5B.
  static func sizeLabel(_ n: Double) -> String { LossbookNumberFormat(language: .en).format(n, style: .si) }

  /// The token counts of a grid, checked before they are made.
  static func points(_ t: TokenSpec, limit: Double, context: ExecutionContext) throws(BlockFailure) -> [Double] {
    if let list = t.list {
      guard !list.isEmpty else {
        throw BlockFailure(
          FamilyDiagnostics.noCheckpoints, .family(.emptyTokenList), at: t.range)
      }
      var xs: [Double] = []
      for s in list { xs.append(try positive(s, .tokenCount, context: context)) }
      return xs
    }
    guard let fromSpec = t.from, let toSpec = t.to else { return [] }
    let from = try positive(fromSpec, .tokenCount, context: context)
    let to = try positive(toSpec, .tokenCount, context: context)
    guard to >= from else {
      throw BlockFailure(
        FamilyDiagnostics.badTokens, .family(.tokensBackwards(to: sizeLabel(to), from: sizeLabel(from))),
        at: toSpec.range)
    }
    let grid: TokenGrid
    let countRange: SourceRange
    if let everySpec = t.every {
      let every = try positive(everySpec, .tokenStep, context: context)
      grid = .steps(from: from, every: every, to: to)
      countRange = everySpec.range
    } else if let n = t.checkpoints {
      let count = try whole(
        n, "checkpoints", atLeast: 0, limit: limit, limitID: FamilyDiagnostics.badTokens, context: context)
      guard count > 0 else {
        throw BlockFailure(
          FamilyDiagnostics.noCheckpoints, .family(.zeroCheckpoints), at: n.range)
      }
      grid = .range(from: from, to: to, checkpoints: count, logSpaced: t.spacing == .log)
      countRange = n.range
    } else {
      return []
    }
    guard Double(grid.count) <= limit else { throw tooManyCheckpoints(grid.count, limit: limit, at: countRange) }
    return grid.points
  }

  static func tooManyCheckpoints(_ n: Int, limit: Double, at range: SourceRange) -> BlockFailure {
    BlockFailure(
      FamilyDiagnostics.badTokens,
      .family(
        .tooManyCheckpoints(count: FamilyDiagnostics.show(Double(n)), limit: FamilyDiagnostics.show(limit))),
      at: range, help: .family(.tooManyCheckpointsHelp))
  }

  /// The runs of an explicit table: each row is a checkpoint (columns N and D); consecutive
  /// rows with the same `run` (or, without that column, the same N) form one run.
  static func tableRuns(_ id: Located<String>, context: ExecutionContext) throws(BlockFailure) -> [FamilyRun] {
    let table = try context.table(id)
    func numbers(_ name: String) throws(BlockFailure) -> [Double] {
      guard let c = table.numbers(name) else {
        throw BlockFailure(
          DataDiagnostics.unknownColumn,
          .family(.runTableColumn(table: id.value, column: name, columns: table.columnNames)),
          at: id.range)
      }
      return c
    }
    let N = try numbers("N")
    let D = try numbers("D")
    let labels: [String] =
      switch table.column("run")?.values {
      case .text(let v)?: v
      case .numbers(let v)?: v.map { LossbookNumberFormat.csv($0) }
      case nil: N.map(sizeLabel)
      }
    var runs: [FamilyRun] = []
    for r in 0..<table.rowCount {
      guard N[r] > 0, N[r].isFinite, D[r] > 0, D[r].isFinite else {
        throw BlockFailure(
          FamilyDiagnostics.notPositive,
          .family(
            .runTableNotPositive(
              table: id.value, row: r + 1, n: FamilyDiagnostics.show(N[r]), d: FamilyDiagnostics.show(D[r]))),
          at: id.range)
      }
      if let last = runs.last, last.label == labels[r], last.parameters == N[r] {
        runs[runs.count - 1].tokens.append(D[r])
      } else {
        runs.append(FamilyRun(label: labels[r], parameters: N[r], tokens: [D[r]]))
      }
    }
    guard !runs.isEmpty else {
      throw BlockFailure(FamilyDiagnostics.noCheckpoints, .family(.runTableEmpty(table: id.value)), at: id.range)
    }
    return runs
  }
}
