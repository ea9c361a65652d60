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

  static let fields: [SpecField] = [
    SpecField("table"),
    SpecField("x"),
    SpecField("y"),
    SpecField("random"),
    SpecField("tests", values: ["tests": Defaults.tests.map(\.rawValue).joined(separator: ", ")]),
    SpecField("bootstrap", default: Defaults.bootstrap),
    SpecField("ci.method", default: Defaults.intervalMethod),
    SpecField("ci.replicates", default: Defaults.intervalReplicates),
    SpecField(
      "limits", default: "{replicates: \(FieldDoc.show(ThresholdLimits.defaultReplicates))}",
      values: ["limit": ThresholdLimits.replicatesCeiling.words]),
    SpecField("ci.level", default: Defaults.level),
    SpecField("ci.resample", default: Defaults.resample),
    SpecField("runs", default: Defaults.runsColumn),
    SpecField(
      "candidates",
      values: [
        "candidatesFrom": fixed2(Defaults.candidatesFrom), "candidatesTo": fixed2(Defaults.candidatesTo),
        "limit": ThresholdLimits.candidateGrid.words,
      ]),
    SpecField("min_side", default: Defaults.minSide, values: ["limit": ThresholdLimits.minSide.words]),
    SpecField("alpha", default: Defaults.alpha),
    SpecField("davies.k", default: Defaults.daviesK, values: ["limit": ThresholdLimits.daviesPoints.words]),
    SpecField("chow.at"),
    SpecField("pelt.penalty", default: Defaults.peltPenalty),
    SpecField("pelt.multiplier", default: Defaults.peltMultiplier),
    SpecField("pelt.min_size", default: Defaults.peltMinSize, values: ["limit": ThresholdLimits.peltMinSize.words]),
    SpecField("binseg.breaks", default: Defaults.binsegBreaks, values: ["limit": ThresholdLimits.breaks.words]),
    SpecField(
      "binseg.min_size", default: Defaults.binsegMinSize, values: ["limit": ThresholdLimits.binsegMinSize.words]),
    SpecField("chance_tolerance", default: Defaults.chanceTolerance),
    SpecField("chance_slack", default: Defaults.chanceSlack),
    SpecField("bic_margin", default: Defaults.bicMargin),
    SpecField("verdict_rule", default: Defaults.verdictRule),
    SpecField("grey_zone", default: Defaults.greyZone),
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
    help: .thresholdReplicatesHelp)
  static let candidateGrid = SpecLimit(
    "candidates.grid", maximum: 1_000,
    help: .thresholdCandidatesHelp)
  static let daviesPoints = SpecLimit(
    "davies.k", maximum: 1_000, help: .thresholdDaviesHelp(default: ThresholdSpec.Defaults.daviesK))
  static let breaks = SpecLimit(
    "binseg.breaks", maximum: 1_000,
    help: .thresholdBreaksHelp(default: ThresholdSpec.Defaults.binsegBreaks))
  static let minSide = SpecLimit(
    "min_side", maximum: 10_000_000, help: .thresholdMinSideHelp(default: ThresholdSpec.Defaults.minSide))
  static let peltMinSize = SpecLimit(
    "pelt.min_size", maximum: 10_000_000,
    help: .thresholdSegmentHelp(default: ThresholdSpec.Defaults.peltMinSize))
  static let binsegMinSize = SpecLimit(
    "binseg.min_size", maximum: 10_000_000,
    help: .thresholdSegmentHelp(default: ThresholdSpec.Defaults.binsegMinSize))

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
