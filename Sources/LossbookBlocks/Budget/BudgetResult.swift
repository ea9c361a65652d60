import LossbookCore
import LossbookEngine
import LossbookRender
import LossbookStats
import LossbookWords

/// What a `budget` block found: the `budget` object of FORMAT.md section 6. Its table has one
/// row per size.
struct BudgetResult: BlockResult {
  let numbers: BudgetNumbers
  /// The fit block of the law (nil for constants) and the threshold block (nil for a number).
  let lawID: String?
  let thresholdID: String?
  /// What the law's draws resample (`cases` or `runs`); nil for constants.
  let lawResample: String?
  let title: String?
  let caption: String?
  let warnings: [BlockWarning]

  /// `{estimate, ci}`; an infinite end of the interval is written null.
  static func value(_ v: BudgetValue) -> JSONValue {
    .object([
      ("estimate", .num(v.estimate)),
      ("ci", v.interval.map { .array([.num($0.lower), .num($0.upper)]) } ?? .null),
    ])
  }

  var json: JSONValue {
    let n = numbers
    let law = n.law
    let sizes: [JSONValue] = n.sizes.map { s in
      var members: [(String, JSONValue)] = [
        ("N", .num(s.N)), ("floor", .num(s.floor)), ("reachable", .bool(s.reachable)),
        ("reachable_fraction", .num(s.reachableFraction)),
      ]
      if let t = s.tokens { members.append(("tokens", Self.value(t))) }
      if let f = s.flops { members.append(("flops", Self.value(f))) }
      return .object(members)
    }
    let optimal: JSONValue =
      n.optimal.map { o in
        .object([
          ("N", .num(o.N.estimate)), ("tokens", .num(o.tokens.estimate)), ("flops", .num(o.flops.estimate)),
          (
            "ci",
            .object([
              ("N", o.N.interval.map { .array([.num($0.lower), .num($0.upper)]) } ?? .null),
              ("tokens", o.tokens.interval.map { .array([.num($0.lower), .num($0.upper)]) } ?? .null),
              ("flops", o.flops.interval.map { .array([.num($0.lower), .num($0.upper)]) } ?? .null),
            ])
          ),
        ])
      } ?? .null
    return .object([
      ("eta", Self.value(n.eta)),
      (
        "law",
        .object([
          ("E", .num(law.E)), ("A", .num(law.A)), ("B", .num(law.B)), ("alpha", .num(law.alpha)),
          ("beta", .num(law.beta)),
        ])
      ),
      ("law_block", lawID.map { .string($0) } ?? .null),
      ("threshold_block", thresholdID.map { .string($0) } ?? .null),
      ("resample", lawResample.map { .string($0) } ?? .null),
      ("level", .num(n.level)), ("replicates", .number(Double(n.replicates))),
      ("failures", .number(Double(n.failures))),
      ("reachable", .bool(n.reachable)), ("smallest_size", .num(n.smallestSize)),
      ("sizes", .array(sizes)),
      ("optimal", optimal),
    ])
  }

  /// One row per size: `N`, `floor`, `reachable` (1 or 0), `reachable_fraction`, `tokens` with
  /// `tokens_lower` and `tokens_upper`, `flops` with its ends (NaN where a size cannot reach the
  /// threshold, +∞ for an open upper end).
  var table: DataTable? {
    let s = numbers.sizes
    func column(_ name: String, _ value: (BudgetSize) -> Double?) -> DataColumn {
      DataColumn(name, numbers: s.map { value($0) ?? .nan })
    }
    return DataTable(columns: [
      column("N") { $0.N }, column("floor") { $0.floor }, column("reachable") { $0.reachable ? 1 : 0 },
      column("reachable_fraction") { $0.reachableFraction },
      column("tokens") { $0.tokens?.estimate }, column("tokens_lower") { $0.tokens?.interval?.lower },
      column("tokens_upper") { $0.tokens?.interval?.upper },
      column("flops") { $0.flops?.estimate }, column("flops_lower") { $0.flops?.interval?.lower },
      column("flops_upper") { $0.flops?.interval?.upper },
    ])
  }

  func render(_ context: RenderContext) -> BlockRendering {
    context.figureWithLinks(
      BudgetHTML.chart(self, context: context), caption: caption,
      tables: BudgetHTML.table(self, context: context) + AssumptionsHTML.details(.budget, context: context))
  }
}
