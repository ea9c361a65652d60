import LossbookEngine
import LossbookRender
import LossbookSimulation
import LossbookSyntax

/// The `family` kind: simulates a scaling family and makes its table.
enum FamilyBlock {
  static let kind = SpecKind(
    "family", spec: FamilySpec.self,
    summary: "A synthetic scaling family: runs of several sizes at checkpoints, with tasks scored from their loss.",
    fields: FamilySpec.fields)

  static func run(_ spec: FamilySpec, context: ExecutionContext) throws(BlockFailure) -> FamilyResult {
    let law = try resolveLaw(spec.law, context: context)
    var sizes: [Double] = []
    for s in spec.sizes {
      let n = try context.number(s)
      guard n > 0, n.isFinite else { throw FamilyDiagnostics.notPositive("model size", n, at: s.range) }
      sizes.append(n)
    }
    guard !sizes.isEmpty else {
      throw BlockFailure(FamilyDiagnostics.noRuns, "the family has no model sizes", at: context.blockRange, help: "add sizes: [300M, 1B]")
    }
    let grid = try resolveTokens(spec.tokens, context: context)
    let lossNoise = try context.number(spec.loss_noise, default: 0)
    let scoreNoise = try context.number(spec.score_noise, default: 0)
    guard lossNoise >= 0, scoreNoise >= 0 else {
      throw BlockFailure(FamilyDiagnostics.badTask, "noise must be 0 or more", at: (lossNoise < 0 ? spec.loss_noise : spec.score_noise)?.range)
    }
    var tasks: [ScalingFamily.Task] = []
    var seen = Set<String>()
    let reserved: Set<String> = ["run", "N", "D", "C", "loss_true", "loss"]
    for t in spec.tasks ?? [] {
      guard !reserved.contains(t.name.value), seen.insert(t.name.value).inserted else {
        throw BlockFailure(FamilyDiagnostics.badTask, "the task name '\(t.name.value)' is already a column", at: t.name.range)
      }
      tasks.append(ScalingFamily.Task(name: t.name.value, shape: try shape(t, context: context), items: try items(t, context: context)))
    }
    let family = ScalingFamily(law: law, sizes: sizes, tokens: grid, lossNoise: lossNoise, scoreNoise: scoreNoise, tasks: tasks)
    let checkpoints = family.simulate(seed: context.seed, block: context.blockID)
    let format = LossbookNumberFormat(language: .en)
    let labels = sizes.map { format.format($0, style: .si) }
    var columns = [
      DataColumn("run", text: checkpoints.run.map { labels[$0] }),
      DataColumn("N", numbers: checkpoints.N),
      DataColumn("D", numbers: checkpoints.D),
      DataColumn("C", numbers: checkpoints.C),
      DataColumn("loss_true", numbers: checkpoints.lossTrue),
      DataColumn("loss", numbers: checkpoints.loss),
    ]
    for (t, scores) in zip(tasks, checkpoints.scores) { columns.append(DataColumn(t.name, numbers: scores)) }
    return FamilyResult(
      table: DataTable(columns: columns), law: law, sizes: sizes, checkpointsPerRun: grid.points.count, tasks: tasks)
  }

  private static func resolveLaw(_ l: LawSpec, context: ExecutionContext) throws(BlockFailure) -> LossLaw {
    switch l.preset {
    case .chinchilla?: return .chinchilla
    case .epoch?: return .epoch
    case nil:
      guard let E = l.E, let A = l.A, let B = l.B, let alpha = l.alpha, let beta = l.beta else { return .chinchilla }
      return LossLaw(
        E: try context.number(E), A: try context.number(A), B: try context.number(B), alpha: try context.number(alpha),
        beta: try context.number(beta))
    }
  }

  private static func resolveTokens(_ t: TokenSpec, context: ExecutionContext) throws(BlockFailure) -> TokenGrid {
    if let list = t.list {
      var xs: [Double] = []
      for s in list {
        let d = try context.number(s)
        guard d > 0, d.isFinite else { throw FamilyDiagnostics.notPositive("token count", d, at: s.range) }
        xs.append(d)
      }
      guard !xs.isEmpty else { throw BlockFailure(FamilyDiagnostics.noRuns, "the token list is empty", at: context.blockRange) }
      return .list(xs)
    }
    guard let fromSpec = t.from, let toSpec = t.to, let n = t.checkpoints else { return .list([]) }
    let from = try context.number(fromSpec)
    let to = try context.number(toSpec)
    guard from > 0, from.isFinite else { throw FamilyDiagnostics.notPositive("token count", from, at: fromSpec.range) }
    guard to >= from, to.isFinite else {
      throw BlockFailure(FamilyDiagnostics.badTokens, "tokens.to must be at least tokens.from", at: toSpec.range)
    }
    guard n >= 1, n <= 1_000_000 else {
      throw BlockFailure(FamilyDiagnostics.badTokens, "checkpoints must be between 1 and 1,000,000, not \(n)", at: context.blockRange)
    }
    return .range(from: from, to: to, checkpoints: n, logSpaced: t.spacing == .log)
  }

  private static func shape(_ t: TaskSpec, context: ExecutionContext) throws(BlockFailure) -> TaskShape {
    func num(_ s: SpecNumber?, _ d: Double) throws(BlockFailure) -> Double { try context.number(s, default: d) }
    let random = try num(t.random, 0)
    let ceiling = try num(t.ceiling, 1)
    if t.shape != .exactMatch {
      guard random >= 0, random <= 1 else {
        throw BlockFailure(FamilyDiagnostics.badTask, "the chance level must be between 0 and 1, not \(random)", at: t.random?.range)
      }
      guard ceiling > random, ceiling <= 1 else {
        throw BlockFailure(
          FamilyDiagnostics.badTask, "the ceiling (\(ceiling)) must be above the chance level (\(random)) and at most 1",
          at: (t.ceiling ?? t.random)?.range ?? t.name.range)
      }
    }
    switch t.shape {
    case .hinge:
      return .hinge(random: random, eta: try num(t.eta, 0), slope: try num(t.slope, 0), ceiling: ceiling)
    case .logistic:
      let width = try num(t.width, 1)
      guard width != 0 else { throw BlockFailure(FamilyDiagnostics.badTask, "width must not be 0", at: t.width?.range) }
      return .logistic(random: random, ceiling: ceiling, mid: try num(t.mid, 0), width: width)
    case .linear:
      return .linear(value: try num(t.value, 0), at: try num(t.at, 0), slope: try num(t.slope, 0), random: random, ceiling: ceiling)
    case .exactMatch:
      guard let m = t.tokens, m >= 1 else {
        throw BlockFailure(FamilyDiagnostics.badTask, "tokens must be 1 or more", at: t.name.range)
      }
      return .exactMatch(tokens: m, rate: try num(t.rate, 0), floor: try num(t.floor, 0))
    }
  }

  private static func items(_ t: TaskSpec, context: ExecutionContext) throws(BlockFailure) -> Int? {
    guard let spec = t.items else { return nil }
    let n = try context.number(spec)
    guard n.rounded() == n, n >= 1, n <= 10_000_000 else {
      throw BlockFailure(FamilyDiagnostics.badTask, "items must be a whole number from 1 to 10,000,000, not \(n)", at: spec.range)
    }
    return Int(n)
  }
}

/// A simulated family: its table and what it was made from.
struct FamilyResult: BlockResult {
  let table: DataTable?
  let law: LossLaw
  let sizes: [Double]
  let checkpointsPerRun: Int
  let tasks: [ScalingFamily.Task]

  var json: JSONValue {
    let t = table!
    var taskJSON: [(String, JSONValue)] = []
    for task in tasks {
      var entry: [(String, JSONValue)] = [("items", task.items.map { .number(Double($0)) } ?? .null)]
      if let chance = task.shape.chance { entry.append(("random", .num(chance))) }
      let scores = t.numbers(task.name) ?? []
      entry.append(("mean", .num(scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count))))
      taskJSON.append((task.name, .object(entry)))
    }
    let loss = t.numbers("loss") ?? []
    return .object([
      ("n", .number(Double(t.rowCount))),
      ("runs", .number(Double(sizes.count))),
      ("checkpoints_per_run", .number(Double(checkpointsPerRun))),
      ("columns", .array(t.columnNames.map { .string($0) })),
      ("law", .object([("E", .num(law.E)), ("A", .num(law.A)), ("B", .num(law.B)), ("alpha", .num(law.alpha)), ("beta", .num(law.beta))])),
      ("sizes", .numbers(sizes)),
      ("loss", .object([("min", .num(loss.min())), ("max", .num(loss.max()))])),
      ("tasks", .object(taskJSON)),
    ])
  }

  func render(_ context: RenderContext) -> BlockRendering {
    guard let t = table else { return BlockRendering(html: "") }
    let w = context.words
    let loss = t.numbers("loss") ?? []
    let f = context.format
    let summary =
      context.language == .ja
      ? "\(sizes.count)個のモデル × \(checkpointsPerRun)チェックポイント＝\(t.rowCount)行。損失は\(f.format(loss.min() ?? .nan, style: .fixed(3)))から\(f.format(loss.max() ?? .nan, style: .fixed(3)))。"
      : "\(sizes.count) runs × \(checkpointsPerRun) checkpoints = \(t.rowCount) rows; loss from \(f.format(loss.min() ?? .nan, style: .fixed(3))) to \(f.format(loss.max() ?? .nan, style: .fixed(3)))."
    var html = "<p class=\"lb-note\">\(HTML.escapeText(summary))</p>\n"
    html += TableHTML.render(t, maxRows: 6, caption: nil, formats: FamilyResult.formats, format: context.format, words: context.words)
    html += "<p class=\"lb-links\"><a href=\"\(HTML.escapeAttribute(context.sideFolder))/\(HTML.escapeAttribute(context.blockID)).csv\">\(w.downloadCSV)</a></p>\n"
    return BlockRendering(html: html)
  }

  static let formats: [String: NumberStyle] = [
    "N": .si, "D": .si, "C": .scientific(2), "loss_true": .fixed(4), "loss": .fixed(4),
  ]
}
