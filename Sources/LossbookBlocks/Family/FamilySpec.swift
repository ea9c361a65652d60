import LossbookEngine
import LossbookSimulation
import LossbookSyntax

/// A `family` block: a synthetic scaling family (STATS.md section 1).
struct FamilySpec: Decodable, BlockSpec {
  var law: LawSpec
  var sizes: [SpecNumber]
  var tokens: TokenSpec
  var loss_noise: SpecNumber?
  var score_noise: SpecNumber?
  var tasks: [TaskSpec]?

  var blockReferences: [Located<String>] { [] }

  var expressions: [SpecExpression] {
    var out: [SpecNumber] = sizes + [loss_noise, score_noise].compactMap { $0 } + law.numbers + tokens.numbers
    for t in tasks ?? [] { out += t.numbers }
    return out.compactMap {
      if case .expression(let e) = $0.value { return e }
      return nil
    }
  }

  func execute(_ context: ExecutionContext) throws(BlockFailure) -> any BlockResult {
    try FamilyBlock.run(self, context: context)
  }

  static let fields: [FieldDoc] = [
    FieldDoc("law", "chinchilla | epoch | {E, A, B, alpha, beta}", "the loss law L(N, D) = E + A/N^alpha + B/D^beta"),
    FieldDoc("sizes", "list of sizes (300M, 1.5B, 2T)", "model sizes in parameters, one run each"),
    FieldDoc(
      "tokens", "{from, to, checkpoints, spacing: log | linear} or a list of sizes",
      "the token counts at which each run is observed"),
    FieldDoc("loss_noise", "number ≥ 0", default: "0", "sd of the observed loss around the law"),
    FieldDoc("score_noise", "number ≥ 0", default: "0", "sd of Gaussian noise on tasks without items"),
    FieldDoc(
      "tasks", "list of tasks", default: "none",
      "each {name, shape: linear | logistic | hinge | exact-match, ...}; see below"),
    FieldDoc("tasks[].name", "text", "the task's column name in the table"),
    FieldDoc("tasks[].random", "number in [0, 1]", default: "0", "the chance level (linear, logistic, hinge)"),
    FieldDoc("tasks[].ceiling", "number in [0, 1]", default: "1", "the best score reachable"),
    FieldDoc("tasks[].items", "whole number ≥ 1", default: "none", "questions per evaluation: Binomial(items, p) / items"),
    FieldDoc("tasks[].eta, slope", "numbers", "hinge: flat at random for loss ≥ eta, rising by slope per unit of loss below"),
    FieldDoc("tasks[].mid, width", "numbers", "logistic: the midpoint and width of the S-curve in loss"),
    FieldDoc("tasks[].value, at, slope", "numbers", "linear: value at loss `at`, rising by slope per unit of loss"),
    FieldDoc("tasks[].tokens, rate, floor", "numbers", "exact-match: all of m tokens right, each with exp(-rate (L - floor))"),
  ]
}

/// `law: chinchilla`, `law: epoch`, or the five constants.
struct LawSpec: Decodable {
  enum Preset: String, CaseIterable, Sendable {
    case chinchilla, epoch
  }
  var preset: Preset?
  var E, A, B, alpha, beta: SpecNumber?

  enum CodingKeys: String, CodingKey { case E, A, B, alpha, beta }

  init(from decoder: Decoder) throws {
    if let d = decoder as? PositionedDecoder, d.nodeKind == .scalar {
      preset = try Choice<Preset>(from: decoder).value
      return
    }
    let c = try decoder.container(keyedBy: CodingKeys.self)
    E = try c.decode(SpecNumber.self, forKey: .E)
    A = try c.decode(SpecNumber.self, forKey: .A)
    B = try c.decode(SpecNumber.self, forKey: .B)
    alpha = try c.decode(SpecNumber.self, forKey: .alpha)
    beta = try c.decode(SpecNumber.self, forKey: .beta)
  }

  var numbers: [SpecNumber] { [E, A, B, alpha, beta].compactMap { $0 } }
}

/// `tokens: {from, to, checkpoints, spacing}` or a list of token counts.
struct TokenSpec: Decodable {
  enum Spacing: String, CaseIterable, Sendable { case log, linear }
  var list: [SpecNumber]?
  var from, to: SpecNumber?
  var checkpoints: Int?
  var spacing: Spacing = .log

  enum CodingKeys: String, CodingKey { case from, to, checkpoints, spacing }

  init(from decoder: Decoder) throws {
    if let d = decoder as? PositionedDecoder, d.nodeKind == .sequence {
      list = try [SpecNumber](from: decoder)
      return
    }
    let c = try decoder.container(keyedBy: CodingKeys.self)
    from = try c.decode(SpecNumber.self, forKey: .from)
    to = try c.decode(SpecNumber.self, forKey: .to)
    checkpoints = try c.decode(Int.self, forKey: .checkpoints)
    spacing = try c.decodeIfPresent(Choice<Spacing>.self, forKey: .spacing)?.value ?? .log
  }

  var numbers: [SpecNumber] { (list ?? []) + [from, to].compactMap { $0 } }
}

/// One task of a family.
struct TaskSpec: Decodable {
  enum Shape: String, CaseIterable, Sendable {
    case linear, logistic, hinge
    case exactMatch = "exact-match"
  }
  var name: Located<String>
  var shape: Shape
  var shapeRange: SourceRange
  var random, ceiling, eta, slope, mid, width, value, at, rate, floor: SpecNumber?
  var tokens: Int?
  var items: SpecNumber?

  enum CodingKeys: String, CodingKey {
    case name, shape, random, ceiling, eta, slope, mid, width, value, at, tokens, rate, floor, items
  }

  init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    name = try c.decode(Located<String>.self, forKey: .name)
    let s = try c.decode(Located<Choice<Shape>>.self, forKey: .shape)
    shape = s.value.value
    shapeRange = s.range
    random = try c.decodeIfPresent(SpecNumber.self, forKey: .random)
    ceiling = try c.decodeIfPresent(SpecNumber.self, forKey: .ceiling)
    eta = try c.decodeIfPresent(SpecNumber.self, forKey: .eta)
    slope = try c.decodeIfPresent(SpecNumber.self, forKey: .slope)
    mid = try c.decodeIfPresent(SpecNumber.self, forKey: .mid)
    width = try c.decodeIfPresent(SpecNumber.self, forKey: .width)
    value = try c.decodeIfPresent(SpecNumber.self, forKey: .value)
    at = try c.decodeIfPresent(SpecNumber.self, forKey: .at)
    tokens = try c.decodeIfPresent(Int.self, forKey: .tokens)
    rate = try c.decodeIfPresent(SpecNumber.self, forKey: .rate)
    floor = try c.decodeIfPresent(SpecNumber.self, forKey: .floor)
    items = try c.decodeIfPresent(SpecNumber.self, forKey: .items)
    // The fields each shape needs.
    let required: [(String, Bool)] =
      switch shape {
      case .hinge: [("eta", eta != nil), ("slope", slope != nil)]
      case .logistic: [("mid", mid != nil), ("width", width != nil)]
      case .linear: [("value", value != nil), ("at", at != nil), ("slope", slope != nil)]
      case .exactMatch: [("tokens", tokens != nil), ("rate", rate != nil), ("floor", floor != nil)]
      }
    if let missing = required.first(where: { !$0.1 }) {
      throw SpecDecodingError(
        DecodeDiagnostics.missingField, "a \(shape.rawValue) task needs '\(missing.0)'", at: shapeRange,
        help: "add \(missing.0): … to the task '\(name.value)'")
    }
  }

  var numbers: [SpecNumber] { [random, ceiling, eta, slope, mid, width, value, at, rate, floor, items].compactMap { $0 } }
}
