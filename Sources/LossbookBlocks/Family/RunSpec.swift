import LossbookEngine
import LossbookSyntax

/// A token grid: `{from, to, checkpoints, spacing}`, `{from, every, to}` or a list of token
/// counts.
struct TokenSpec: Decodable {
  enum Spacing: String, CaseIterable, Sendable { case log, linear }
  var list: [SpecNumber]?
  var from, to, checkpoints, every: SpecNumber?
  var spacing: Spacing = .log
  /// Where the grid is written.
  var range: SourceRange

  enum CodingKeys: String, CodingKey { case from, to, checkpoints, every, spacing }

  init(from decoder: Decoder) throws {
    let d = decoder as? PositionedDecoder
    range = d?.range ?? SourceRange(line: 0, column: 0, length: 0)
    if let d, d.nodeKind == .sequence {
      list = try [SpecNumber](from: decoder)
      return
    }
    let c = try decoder.container(keyedBy: CodingKeys.self)
    from = try c.decode(SpecNumber.self, forKey: .from)
    to = try c.decode(SpecNumber.self, forKey: .to)
    every = try c.decodeIfPresent(SpecNumber.self, forKey: .every)
    if every == nil {
      checkpoints = try c.decodeIfPresent(SpecNumber.self, forKey: .checkpoints)
      spacing = try c.decodeIfPresent(Choice<Spacing>.self, forKey: .spacing)?.value ?? .log
      guard checkpoints != nil else {
        throw SpecDecodingError(
          DecodeDiagnostics.missingField, .family(.tokenGridNeedsCount), at: range,
          help: .family(.tokenGridNeedsCountHelp))
      }
    }
  }

  var numbers: [SpecNumber] { (list ?? []) + [from, to, checkpoints, every].compactMap { $0 } }
}

/// One run of the `runs` list, or one entry of `final_only` (one run per token count, each
/// observed only at its end): `{size, tokens, name}`.
struct RunSpec: Decodable {
  var name: Located<String>?
  var size: SpecNumber
  var tokens: TokenSpec

  var numbers: [SpecNumber] { [size] + tokens.numbers }
}

/// `runs`: a list of runs, or the id of a table whose rows are the checkpoints (columns `N`
/// and `D`, and `run` for the labels).
enum RunsSpec: Decodable {
  case list([RunSpec])
  case table(Located<String>)

  init(from decoder: Decoder) throws {
    if let d = decoder as? PositionedDecoder, d.nodeKind == .scalar {
      self = .table(try Located<String>(from: decoder))
    } else {
      self = .list(try [RunSpec](from: decoder))
    }
  }
}

/// The limits that keep a family within reach; every one a documented field.
struct FamilyLimits: Decodable {
  /// The most items a task may have.
  var items: SpecNumber?
  /// The most per-item draws of the `items` shape (items × checkpoints, summed over tasks).
  var item_draws: SpecNumber?
  /// The most checkpoints (rows) a family may have.
  var checkpoints: SpecNumber?

  static let defaultItems = 100_000_000.0
  static let defaultItemDraws = 2_000_000_000.0
  static let defaultCheckpoints = 2_000_000.0

  /// How far each limit may be raised: a count must stay a whole number lossbook can hold and
  /// draw, and a table must fit in memory.
  static let itemsCeiling = SpecLimit(
    "limits.items", maximum: 1_000_000_000_000, help: .familyItemsHelp)
  static let itemDrawsCeiling = SpecLimit(
    "limits.item_draws", maximum: 100_000_000_000, help: .familyItemDrawsHelp)
  static let checkpointsCeiling = SpecLimit(
    "limits.checkpoints", maximum: 10_000_000, help: .familyCheckpointsHelp)

  /// The raised limits written as numbers over their ceilings.
  var ceilingErrors: [SpecDecodingError] {
    var errors: [SpecDecodingError] = []
    let fields = [
      (Self.itemsCeiling, items), (Self.itemDrawsCeiling, item_draws), (Self.checkpointsCeiling, checkpoints),
    ]
    for (ceiling, n) in fields {
      guard let n, let value = n.literal, let error = ceiling.decodingError(value, at: n.range) else { continue }
      errors.append(error)
    }
    return errors
  }

  var numbers: [SpecNumber] { [items, item_draws, checkpoints].compactMap { $0 } }
}
