import LossbookCore
import LossbookEngine
import LossbookSyntax
import LossbookWords

/// A `threshold` block: tests whether a score waits for the loss to pass a threshold
/// (STATS.md sections 3 to 5) and ends in a verdict with its reasons.
struct ThresholdSpec: Decodable, BlockSpec {
  /// The tests a notebook can ask for.
  enum Test: String, CaseIterable, Sendable { case supf, davies, chow, pelt, binseg, cusum }
  /// The verdict's rule: STATS.md section 5, or WORKLOAD-W1.md section 5.
  enum Rule: String, CaseIterable, Sendable { case stats, w1 }

  var table: Located<String>
  var x: Located<String>
  var y: Located<String>
  var random: SpecNumber?
  var tests: [Located<Choice<Test>>]?
  var bootstrap: SpecNumber?
  var limits: ThresholdLimits?
  var ci: ThresholdIntervalSpec?
  var runs: Located<String>?
  var candidates: ThresholdCandidatesSpec?
  var min_side: SpecNumber?
  var alpha: SpecNumber?
  var davies: DaviesSpec?
  var chow: ChowSpec?
  var pelt: PeltSpec?
  var binseg: BinsegSpec?
  var chance_tolerance: SpecNumber?
  var chance_slack: SpecNumber?
  var bic_margin: SpecNumber?
  var grey_zone: SpecNumber?
  var verdict_rule: Choice<Rule>?

  var blockReferences: [Located<String>] { [table] }

  /// Its tests' p-values are adjusted with every other threshold block's (`adjust:` in the
  /// front matter), and the verdict is decided on the adjusted sup-F p-value.
  var joinsTestFamily: Bool { true }

  /// Every number field, for the resolve stage's check of expressions.
  var numbers: [SpecNumber] {
    var out = [random, bootstrap, min_side, alpha, chance_tolerance, chance_slack, bic_margin, grey_zone]
    out += [ci?.replicates, ci?.level, davies?.k, chow?.at, pelt?.penalty?.number, pelt?.multiplier, pelt?.min_size]
    out += [binseg?.breaks, binseg?.min_size, limits?.replicates]
    out += candidates?.numbers ?? []
    return out.compactMap { $0 }
  }

  var expressions: [SpecExpression] {
    numbers.compactMap {
      if case .expression(let e) = $0.value { return e }
      return nil
    }
  }

  func execute(_ context: ExecutionContext) throws(BlockFailure) -> any BlockResult {
    try ThresholdBlock.run(self, context: context)
  }

  /// The counts written as numbers that exceed a fixed limit (`ThresholdLimits`), and replicate
  /// counts over `limits.replicates`: refused by `lossbook check`, as the run would refuse them.
  var limitErrors: [SpecDecodingError] {
    let fixed: [(SpecLimit, SpecNumber?)] = [
      (ThresholdLimits.replicatesCeiling, limits?.replicates), (ThresholdLimits.candidateGrid, candidates?.grid),
      (ThresholdLimits.daviesPoints, davies?.k), (ThresholdLimits.breaks, binseg?.breaks),
      (ThresholdLimits.minSide, min_side), (ThresholdLimits.peltMinSize, pelt?.min_size),
      (ThresholdLimits.binsegMinSize, binseg?.min_size),
    ]
    var errors: [SpecDecodingError] = []
    for (limit, n) in fixed {
      guard let n, let value = n.literal, let error = limit.decodingError(value, at: n.range) else { continue }
      errors.append(error)
    }
    let ceiling = limits?.replicates?.literal ?? ThresholdLimits.defaultReplicates
    for (name, n) in [("bootstrap", bootstrap), ("ci.replicates", ci?.replicates)] {
      guard let n, let v = n.literal, v > ceiling, ceiling <= ThresholdLimits.ceilingReplicates else { continue }
      let (message, help) = ThresholdLimits.tooManyReplicates(name, asked: v, limit: ceiling)
      errors.append(SpecDecodingError(ThresholdDiagnostics.tooManyReplicates, message, at: n.range, help: help))
    }
    return errors
  }

  /// A quantile as the docs write it: `0.10`.
  private static func fixed2(_ x: Double) -> String { LossbookNumberFormat().format(x, style: .fixed(2)) }

  static let fields: [FieldDoc] = [
    FieldDoc("table", "block id", "the table to test (a family or data block)"),
    FieldDoc("x", "column", "the loss (or any predictor); the threshold is a value of it"),
    FieldDoc("y", "column", "the score"),
    FieldDoc("random", "number", default: "none (verdict: inconclusive)", "the chance level; the verdict needs it"),
    FieldDoc(
      "tests", "list of supf | davies | chow | pelt | binseg | cusum",
      default: "[\(Defaults.tests.map(\.rawValue).joined(separator: ", "))], and chow when chow.at is given",
      "the tests reported; sup-F always runs, because the verdict reads its p-value"),
    FieldDoc(
      "bootstrap", "whole number ≥ 0", default: Defaults.bootstrap,
      "sup-F: parametric-bootstrap replicates B for its p-value"),
    FieldDoc(
      "ci.method", "bootstrap-profile | profile | bootstrap", default: Defaults.intervalMethod,
      "the threshold's interval: every threshold whose profile RSS stays within the likelihood-ratio cut-off of the best, the cut-off calibrated by the bootstrap (never below chi-square(1)); profile: the chi-square(1) cut-off; bootstrap: the percentile bootstrap. The default is the one that covers in the coverage study (93% or more on every emergent W1 shape)"
    ),
    FieldDoc(
      "ci.replicates", "whole number ≥ 1", default: Defaults.intervalReplicates,
      "the threshold's bootstrap: replicates (the percentile interval, or the calibration of the profile's cut-off)"),
    FieldDoc(
      "limits", "{replicates}", default: "{replicates: \(FieldDoc.show(ThresholdLimits.defaultReplicates))}",
      "the most replicates bootstrap and ci.replicates may ask for; more is an error before any work (raise it here, \(ThresholdLimits.replicatesCeiling.words))"
    ),
    FieldDoc("ci.level", "number in (0, 1)", default: Defaults.level, "the coverage of every interval of the block"),
    FieldDoc(
      "ci.resample", "cases | runs", default: Defaults.resample,
      "resample single checkpoints, or whole runs (the column `runs`); cases by default, because with W1's six runs resampling runs covers less (80% to 93% in the coverage study)"
    ),
    FieldDoc(
      "runs", "column", default: Defaults.runsColumn, "ci.resample: runs: the column naming each checkpoint's run"),
    FieldDoc(
      "candidates", "gaps | {from, to} | {grid, from, to}",
      default: "gaps from \(fixed2(Defaults.candidatesFrom)) to \(fixed2(Defaults.candidatesTo))",
      "sup-F's candidate thresholds: every gap between distinct x, or grid evenly spaced values (grid \(ThresholdLimits.candidateGrid.words)), between the quantiles from and to of x"
    ),
    FieldDoc(
      "min_side", "whole number ≥ 1, \(ThresholdLimits.minSide.words)", default: Defaults.minSide,
      "the fewest points on each side of any threshold (fits, tests, verdict)"),
    FieldDoc("alpha", "number in (0, 1)", default: Defaults.alpha, "the test level of the verdict"),
    FieldDoc(
      "davies.k", "whole number ≥ 2, \(ThresholdLimits.daviesPoints.words)", default: Defaults.daviesK,
      "Davies test: evaluation points (R segmented's default)"),
    FieldDoc("chow.at", "number", default: "none (no Chow test)", "Chow test: the known threshold to test"),
    FieldDoc(
      "pelt.penalty", "number > 0 | mad | mean-square", default: Defaults.peltPenalty,
      "PELT's penalty per change point: a number, or multiplier × sigma² × ln n with sigma² from the first differences of the sorted scores, by their MAD (STATS.md) or their mean square (WORKLOAD-W1.md); mad falls back to mean-square when more than half the differences are equal"
    ),
    FieldDoc(
      "pelt.multiplier", "number > 0", default: Defaults.peltMultiplier, "PELT: the multiplier of the estimated penalty"
    ),
    FieldDoc(
      "pelt.min_size", "whole number ≥ 1, \(ThresholdLimits.peltMinSize.words)", default: Defaults.peltMinSize,
      "PELT: the shortest segment (ruptures' min_size)"),
    FieldDoc(
      "binseg.breaks", "whole number ≥ 1, \(ThresholdLimits.breaks.words)", default: Defaults.binsegBreaks,
      "binary segmentation: the number of change points"),
    FieldDoc(
      "binseg.min_size", "whole number ≥ 1, \(ThresholdLimits.binsegMinSize.words)", default: Defaults.binsegMinSize,
      "binary segmentation: the shortest segment"),
    FieldDoc(
      "chance_tolerance", "number ≥ 0", default: Defaults.chanceTolerance,
      "verdict: a high-loss mean this close to random counts as at chance"),
    FieldDoc(
      "chance_slack", "number ≥ 0", default: Defaults.chanceSlack,
      "random may lie outside the scores' range by at most this many times their span"),
    FieldDoc(
      "bic_margin", "number ≥ 0", default: Defaults.bicMargin,
      "verdict: hinge and logistic BICs closer than this split the evidence"),
    FieldDoc(
      "verdict_rule", "stats | w1", default: Defaults.verdictRule,
      "stats: the rule of STATS.md section 5 (chance level, slopes on each side, sup-F, BIC); w1: WORKLOAD-W1.md's rule, emergent when sup-F's p < alpha and the hinge has the smallest BIC, else smooth"
    ),
    FieldDoc(
      "grey_zone", "number ≥ 1", default: Defaults.greyZone,
      "verdict: p between alpha and grey_zone × alpha is inconclusive"),
  ]
}

/// `ci: {method: bootstrap-profile, replicates: 500, level: 0.95, resample: cases}`.
struct ThresholdIntervalSpec: Decodable, Sendable {
  enum Resample: String, CaseIterable, Sendable { case cases, runs }
  var method: Choice<ThresholdEtaInterval.Method>?
  var replicates: SpecNumber?
  var level: SpecNumber?
  var resample: Located<Choice<Resample>>?
}

/// `davies: {k: 10}`.
struct DaviesSpec: Decodable, Sendable {
  var k: SpecNumber?
}

/// `chow: {at: 2.2}`.
struct ChowSpec: Decodable, Sendable {
  var at: SpecNumber?
}

/// `pelt: {penalty: 0.0123 | mad | mean-square, multiplier: 2, min_size: 3}`.
struct PeltSpec: Decodable, Sendable {
  var penalty: PeltPenaltySpec?
  var multiplier: SpecNumber?
  var min_size: SpecNumber?
}

/// A PELT penalty: a number, or the name of an estimate.
enum PeltPenaltySpec: Decodable, Sendable {
  enum Rule: String, CaseIterable, Sendable {
    case mad
    case meanSquare = "mean-square"
  }
  case fixed(SpecNumber)
  case rule(Rule)

  init(from decoder: Decoder) throws {
    if let d = decoder as? PositionedDecoder, let text = d.scalarText,
      Rule(rawValue: text) != nil || text.first?.isLetter == true
    {
      self = .rule(try Choice<Rule>(from: decoder).value)
    } else {
      self = .fixed(try SpecNumber(from: decoder))
    }
  }

  /// The number, when the penalty is one.
  var number: SpecNumber? {
    if case .fixed(let n) = self { return n }
    return nil
  }
}

/// `binseg: {breaks: 1, min_size: 3}`.
struct BinsegSpec: Decodable, Sendable {
  var breaks: SpecNumber?
  var min_size: SpecNumber?
}

/// `candidates: gaps`, `{from: 0.1, to: 0.9}` (gaps) or `{grid: 100, from: 0.1, to: 0.9}`.
struct ThresholdCandidatesSpec: Decodable, Sendable {
  enum Word: String, CaseIterable, Sendable { case gaps }
  var grid: SpecNumber?
  var from: SpecNumber?
  var to: SpecNumber?
  var range: SourceRange

  enum CodingKeys: String, CodingKey { case grid, from, to }

  init(from decoder: Decoder) throws {
    let d = decoder as? PositionedDecoder
    range = d?.range ?? SourceRange(line: 0, column: 0, length: 0)
    if d?.nodeKind == .scalar {
      _ = try Choice<Word>(from: decoder)
      return
    }
    let c = try decoder.container(keyedBy: CodingKeys.self)
    grid = try c.decodeIfPresent(SpecNumber.self, forKey: .grid)
    from = try c.decodeIfPresent(SpecNumber.self, forKey: .from)
    to = try c.decodeIfPresent(SpecNumber.self, forKey: .to)
  }

  var numbers: [SpecNumber] { [grid, from, to].compactMap { $0 } }
}

/// The threshold block's budget: how many bootstrap replicates it may run.
struct ThresholdLimits: Decodable, Sendable {
  var replicates: SpecNumber?

  static let defaultReplicates = 100_000.0
  /// The most `limits.replicates` itself may be raised to.
  static let ceilingReplicates = 10_000_000.0
  /// `ceilingReplicates` as a fixed limit of `limits.replicates`.
  static let replicatesCeiling = SpecLimit(
    "limits.replicates", maximum: Int(ceilingReplicates),
    help: "ask for fewer replicates: 10,000 already give p-values to ±0.005")
  static let candidateGrid = SpecLimit(
    "candidates.grid", maximum: 1_000,
    help: "use fewer candidate thresholds, or candidates: gaps (every gap between distinct x)")
  static let daviesPoints = SpecLimit(
    "davies.k", maximum: 1_000, help: "use fewer evaluation points: the default is \(ThresholdSpec.Defaults.daviesK)")
  static let breaks = SpecLimit(
    "binseg.breaks", maximum: 1_000,
    help: "ask for fewer change points: the default is \(ThresholdSpec.Defaults.binsegBreaks)")
  static let minSide = SpecLimit(
    "min_side", maximum: 10_000_000, help: "use a smaller minimum: the default is \(ThresholdSpec.Defaults.minSide)")
  static let peltMinSize = SpecLimit(
    "pelt.min_size", maximum: 10_000_000,
    help: "use a shorter segment: the default is \(ThresholdSpec.Defaults.peltMinSize)")
  static let binsegMinSize = SpecLimit(
    "binseg.min_size", maximum: 10_000_000,
    help: "use a shorter segment: the default is \(ThresholdSpec.Defaults.binsegMinSize)")

  /// The words of a replicate count over `limits.replicates`: the message and the help.
  static func tooManyReplicates(_ name: String, asked: Double, limit: Double) -> (
    DiagnosticMessage, DiagnosticMessage
  ) {
    (
      .threshold(
        .tooManyReplicates(
          option: name, asked: LossbookNumberFormat().format(asked, style: .automatic), limit: SpecLimit.show(limit))),
      .threshold(.tooManyReplicatesHelp)
    )
  }
}
