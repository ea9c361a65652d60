import Foundation
import LossbookEngine
import LossbookSyntax

/// A `budget` block: what it takes (tokens, compute, the compute-optimal size) to reach a
/// threshold loss under a Chinchilla law (STATS.md section 7).
struct BudgetSpec: Decodable, BlockSpec {
  /// Its output is a numbered figure (`@fig-ID`).
  var numberedAs: NumberedElement? { .figure }

  var law: BudgetLawSource
  var threshold: BudgetThresholdSource
  var sizes: Located<[SpecNumber]>
  var replicates: Located<Int>?
  var level: SpecNumber?
  var title: String?
  var caption: String?

  var blockReferences: [Located<String>] {
    var out: [Located<String>] = []
    if case .block(let id) = law { out.append(id) }
    if case .block(let id) = threshold { out.append(id) }
    return out
  }

  var expressions: [SpecExpression] {
    var numbers = sizes.value + [level].compactMap { $0 }
    if case .constants(let c) = law { numbers += c.numbers }
    if case .number(let n) = threshold { numbers.append(n) }
    return numbers.compactMap {
      if case .expression(let e) = $0.value { return e }
      return nil
    }
  }

  /// `replicates` over its fixed limit.
  var limitErrors: [SpecDecodingError] {
    guard let r = replicates else { return [] }
    return [BudgetLimits.replicates.decodingError(Double(r.value), at: r.range)].compactMap { $0 }
  }

  func execute(_ context: ExecutionContext) throws(BlockFailure) -> any BlockResult {
    try BudgetBlock.run(self, context: context)
  }

  static let fields: [SpecField] = [
    SpecField("law"),
    SpecField("threshold"),
    SpecField("sizes"),
    SpecField("replicates", values: ["limit": BudgetLimits.replicates.words, "replicates": "\(Defaults.replicates)"]),
    SpecField("level", default: Defaults.level),
    SpecField("title"),
    SpecField("caption"),
  ]
}

/// The fixed limits of a `budget` block.
enum BudgetLimits {
  static let replicates = SpecLimit(
    "replicates", maximum: 100_000,
    help: .budgetReplicatesHelp(default: BudgetSpec.Defaults.replicates))
}

/// `law:`: a fit block's id, or the five constants `{E, A, B, alpha, beta}`.
enum BudgetLawSource: Decodable, Sendable {
  case block(Located<String>)
  case constants(BudgetLawConstants)

  init(from decoder: Decoder) throws {
    if let d = decoder as? PositionedDecoder, d.nodeKind == .mapping {
      self = .constants(try BudgetLawConstants(from: decoder))
    } else {
      self = .block(try Located<String>(from: decoder))
    }
  }

  /// Where the field's value is written.
  var range: SourceRange {
    switch self {
    case .block(let id): id.range
    case .constants(let c): c.range
    }
  }
}

/// `{E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28}`.
struct BudgetLawConstants: Decodable, Sendable {
  var E, A, B, alpha, beta: SpecNumber
  var range: SourceRange

  enum CodingKeys: String, CodingKey { case E, A, B, alpha, beta }

  init(from decoder: Decoder) throws {
    range = (decoder as? PositionedDecoder)?.range ?? SourceRange(line: 0, column: 0, length: 0)
    let c = try decoder.container(keyedBy: CodingKeys.self)
    E = try c.decode(SpecNumber.self, forKey: .E)
    A = try c.decode(SpecNumber.self, forKey: .A)
    B = try c.decode(SpecNumber.self, forKey: .B)
    alpha = try c.decode(SpecNumber.self, forKey: .alpha)
    beta = try c.decode(SpecNumber.self, forKey: .beta)
  }

  var numbers: [SpecNumber] { [E, A, B, alpha, beta] }
}

/// `threshold:`: a threshold block's id, or a number (a literal or `=expression`).
enum BudgetThresholdSource: Decodable, Sendable {
  case block(Located<String>)
  case number(SpecNumber)

  init(from decoder: Decoder) throws {
    let text = (decoder as? PositionedDecoder)?.scalarText?.trimmingCharacters(in: .whitespaces) ?? ""
    if text.hasPrefix("=") || SizeLiteral.parse(text) != nil {
      self = .number(try SpecNumber(from: decoder))
    } else {
      self = .block(try Located<String>(from: decoder))
    }
  }

  /// Where the field's value is written.
  var range: SourceRange {
    switch self {
    case .block(let id): id.range
    case .number(let n): n.range
    }
  }
}
