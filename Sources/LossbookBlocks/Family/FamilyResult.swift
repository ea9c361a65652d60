import LossbookCore
import LossbookEngine
import LossbookRender
import LossbookSimulation
import LossbookSyntax
import LossbookWords

/// A simulated family: its table and what it was made from.
struct FamilyResult: BlockResult {
  let table: DataTable?
  let loss: LossModel
  let runs: [FamilyRun]
  let tasks: [ScalingFamily.Task]
  let warnings: [BlockWarning]
  /// The noise and scoring of the family, so that a `sweep` can simulate it again.
  var lossNoise: Double = 0
  var scoreNoise: Double = 0
  var scoreFrom: ScalingFamily.ScoreLoss = .true

  /// The checkpoints of every run, when all runs have the same number; else nil.
  var checkpointsPerRun: Int? {
    let counts = Set(runs.map(\.tokens.count))
    return counts.count == 1 ? counts.first : nil
  }

  /// The distinct sizes, in the order of the runs.
  var sizes: [Double] {
    var seen = Set<Double>()
    return runs.map(\.parameters).filter { seen.insert($0).inserted }
  }

  var json: JSONValue {
    let t = table!
    let loss = t.numbers("loss") ?? []
    return .object([
      ("n", .number(Double(t.rowCount))),
      ("runs", .number(Double(runs.count))),
      ("checkpoints_per_run", checkpointsPerRun.map { .number(Double($0)) } ?? .null),
      ("columns", .array(t.columnNames.map { .string($0) })),
      ("law", lawJSON),
      ("sizes", .numbers(sizes)),
      ("loss", .object([("min", .num(loss.min())), ("max", .num(loss.max()))])),
      ("tasks", .object(tasks.map { ($0.name, taskJSON($0, table: t)) })),
    ])
  }

  private var lawJSON: JSONValue {
    switch loss {
    case .law(let law):
      .object([
        ("E", .num(law.E)), ("A", .num(law.A)), ("B", .num(law.B)), ("alpha", .num(law.alpha)),
        ("beta", .num(law.beta)),
      ])
    case .formula(let f): .object([("formula", .string(f.text))])
    }
  }

  private func taskJSON(_ task: ScalingFamily.Task, table t: DataTable) -> JSONValue {
    var entry: [(String, JSONValue)] = [
      ("shape", .string(Self.shapeName(task.shape))),
      ("items", task.items.map { .number(Double($0)) } ?? .null),
    ]
    if let chance = task.shape.chance { entry.append(("random", .num(chance))) }
    if let ceiling = task.shape.ceiling { entry.append(("ceiling", .num(ceiling))) }
    if let k = task.optionCount { entry.append(("options", .number(Double(k)))) }
    if task.metrics.contains(.brier), let k = task.optionCount {
      entry.append(("brier_chance", .num(TaskMetric.brierChance(options: k))))
    }
    entry.append(("metrics", .array(task.metrics.map { .string($0.rawValue) })))
    for metric in task.metrics {
      let values = t.numbers(metric.column(of: task.name)) ?? []
      let mean = values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
      entry.append((metric == .accuracy ? "mean" : "\(metric.rawValue)_mean", .num(mean)))
    }
    return .object(entry)
  }

  static func shapeName(_ s: TaskShape) -> String {
    switch s {
    case .linear: "linear"
    case .logistic: "logistic"
    case .hinge: "hinge"
    case .exactMatch: "exact-match"
    case .items: "items"
    }
  }

  func render(_ context: RenderContext) -> BlockRendering {
    guard let t = table else { return BlockRendering(html: "") }
    let w = context.words
    let loss = t.numbers("loss") ?? []
    let f = context.format
    let lo = f.format(loss.min() ?? .nan, style: .fixed(3))
    let hi = f.format(loss.max() ?? .nan, style: .fixed(3))
    let summary =
      checkpointsPerRun.map {
        w[.summaryPerRun(runs: runs.count, checkpoints: $0, rows: t.rowCount, lower: lo, upper: hi)]
      }
      ?? w[.summary(runs: runs.count, rows: t.rowCount, lower: lo, upper: hi)]
    var html: Markup = "<p class=\"\(CSSClass.note)\">\(summary)</p>\n"
    if let note = brierNote(context) { html += "<p class=\"\(CSSClass.note)\">\(note)</p>\n" }
    html += TableHTML.render(
      t, maxRows: 6, caption: nil, formats: Self.formats, format: context.format, words: context.words,
      label: context.words[.blockTable(context.blockID)])
    html +=
      "<p class=\"\(CSSClass.links)\"><a href=\"\(attribute: context.sideFolder)/\(attribute: context.blockID).csv\">\(w[.downloadCSV])</a></p>\n"
    return BlockRendering(html: html)
  }

  /// The Brier convention, stated once for the tasks that have a Brier column.
  private func brierNote(_ context: RenderContext) -> String? {
    let scored = tasks.filter { $0.metrics.contains(.brier) }
    guard !scored.isEmpty else { return nil }
    let f = context.format
    let chances = scored.compactMap { task in
      task.optionCount.map { k in
        context.words[
          .brierChance(
            task: task.name, options: k, score: f.format(TaskMetric.brierChance(options: k), style: .automatic))]
      }
    }
    return context.words[.brierNote(chances: chances)]
  }

  /// Column formats: sizes as 1.5B, compute in scientific notation, losses to 4 decimals.
  static let formats: [String: NumberStyle] = [
    "N": .si, "D": .si, "C": .scientific(2), "loss_true": .fixed(4), "loss": .fixed(4),
  ]
}

extension FamilyResult: TaskSimulating {
  var simulatedTasks: [ScalingFamily.Task] { tasks }
}
