import LossbookCore
import LossbookEngine
import LossbookRender
import LossbookStats
import LossbookWords

/// What a `sweep` block found: the `sweep` object of FORMAT.md section 6, one entry per cell.
struct SweepResult: ShardedResult {
  let design: SweepSetup
  /// Every replicate's draw, numbered cell by cell (nil outside a shard's slice).
  let draws: [SweepDraw?]
  /// The replicates computed here.
  let range: Range<Int>
  /// Whether this is one shard's share (`render --shard`), not the whole sweep.
  let sharded: Bool
  let title: String?
  let caption: String?

  /// The cells' summaries, in grid order.
  var cells: [SweepCellSummary] {
    let r = design.replicates
    return design.cells.enumerated().map { i, cell in
      SweepCellSummary.make(
        cell, draws: draws[(i * r)..<((i + 1) * r)], alpha: design.analysis.alpha, level: design.analysis.level)
    }
  }

  var partJSON: JSONValue { SweepParts.json(draws, range: range) }

  /// `{estimate, ci}` of a rate.
  static func rate(_ r: SweepRate) -> JSONValue {
    .object([
      ("estimate", .num(r.estimate)),
      ("ci", r.interval.map { .array([.num($0.lower), .num($0.upper)]) } ?? .null),
    ])
  }

  var json: JSONValue {
    let a = design.analysis
    let cells: [JSONValue] = self.cells.map { s in
      var members: [(String, JSONValue)] = s.cell.values.map { ($0.field.rawValue, .num($0.value)) }
      members += [
        ("replicates", .number(Double(s.replicates))),
        ("power", Self.rate(s.power)),
        ("false_positive", s.isNull ? Self.rate(s.power) : .null),
        ("mc_error", .num(s.monteCarloError(alpha: a.nominalLevel))),
        ("emergent_rate", Self.rate(s.emergent)),
        ("coverage", .num(s.coverage)),
        ("median_width", .num(s.medianWidth)),
        (
          "verdicts",
          .object([
            ("emergent", .number(Double(s.emergent.count))), ("smooth", .number(Double(s.smooth))),
            ("inconclusive", .number(Double(s.inconclusive))),
          ])
        ),
        ("failures", .number(Double(s.failures))),
      ]
      return .object(members)
    }
    return .object([
      ("family", .string(design.familyID)), ("task", .string(design.task)),
      ("replicates", .number(Double(design.replicates))),
      ("vary", .array(design.grid.map { .string($0.field.rawValue) })),
      ("eta", .num(design.eta)),
      (
        "analysis",
        .object([
          ("tests", .array(a.tests.map { .string($0.rawValue) })), ("bootstrap", .number(Double(a.bootstrap))),
          ("alpha", .num(a.alpha)), ("nominal_level", .num(a.nominalLevel)), ("level", .num(a.level)),
          ("min_side", .number(Double(a.minSide))),
          ("ci_method", .string("profile")), ("logistic", .bool(a.compareLogistic)),
        ])
      ),
      ("cells", .array(cells)),
    ])
  }

  /// One row per cell: the varied values, then the rates with their interval ends, coverage,
  /// median width and the verdicts' counts (NaN where a number does not apply).
  var table: DataTable? {
    let s = cells
    func column(_ name: String, _ value: (SweepCellSummary) -> Double?) -> DataColumn {
      DataColumn(name, numbers: s.map { value($0) ?? .nan })
    }
    var columns: [DataColumn] = []
    for (field, _) in design.grid {
      columns.append(column(field.rawValue) { $0.cell.value(field) })
    }
    columns += [
      column("replicates") { Double($0.replicates) },
      column("power") { $0.power.estimate }, column("power_lower") { $0.power.interval?.lower },
      column("power_upper") { $0.power.interval?.upper },
      column("false_positive") { $0.isNull ? $0.power.estimate : nil },
      column("emergent_rate") { $0.emergent.estimate }, column("emergent_lower") { $0.emergent.interval?.lower },
      column("emergent_upper") { $0.emergent.interval?.upper },
      column("coverage") { $0.coverage }, column("median_width") { $0.medianWidth },
      column("emergent") { Double($0.emergent.count) }, column("smooth") { Double($0.smooth) },
      column("inconclusive") { Double($0.inconclusive) }, column("failures") { Double($0.failures) },
    ]
    return DataTable(columns: columns)
  }

  func render(_ context: RenderContext) -> BlockRendering {
    let summaries = cells
    return context.figureWithLinks(
      SweepHTML.chart(self, summaries: summaries, context: context), caption: caption,
      tables: SweepHTML.table(self, summaries: summaries, context: context)
        + AssumptionsHTML.details(.sweep, context: context))
  }
}
