import LossbookSyntax

/// The notebook's family of tests whose p-values are adjusted together.
///
/// Why this is an engine step and not a block's own work: the adjustment of one block's
/// p-values depends on every other member's, so no member can finish alone. The engine names
/// no block kind; a kind takes part by two capabilities:
///
/// - its spec says ``BlockSpec/joinsTestFamily`` (known before anything runs), and
/// - its result is a ``TestFamilyResult``: it hands over its raw p-values and can make a copy
///   of itself with the adjusted ones (and whatever it decides from them, such as a verdict).
///
/// The resolve stage gives every block that reads a member an implicit dependency on every
/// member (``TestFamily/implicitReferences(_:)``), so a cycle through the family is reported
/// before anything runs. The executor runs the members as usual; once the last one has
/// finished, and before any block that reads one is scheduled, it adjusts the family once,
/// in document order, and replaces each member's result with its adjusted copy
/// (``TestFamily/adjust(_:method:)``). Everything downstream (dependent blocks, expressions,
/// inline values, the results file) therefore sees only adjusted results, at any thread
/// count. A member that reads another member (a `threshold` on another's bootstrap table)
/// reads it before the adjustment: it is part of the family itself, so it cannot wait for it.
public struct TestFamily: Sendable, Equatable {
  /// The adjustment method (`adjust:` in the front matter).
  public var method: PValueAdjustment
  /// How many p-values were adjusted together.
  public var tests: Int
  /// How many blocks they came from.
  public var blocks: Int

  /// A family of `tests` p-values from `blocks` blocks, adjusted by `method`.
  public init(method: PValueAdjustment, tests: Int, blocks: Int) {
    self.method = method
    self.tests = tests
    self.blocks = blocks
  }

  /// The implicit references of each block: for a block that is not a member and names a
  /// member, every other member, located where it names the first one.
  static func implicitReferences(_ blocks: [(id: String, joins: Bool, references: [Located<String>])])
    -> [[Located<String>]]
  {
    let members = blocks.filter(\.joins).map(\.id)
    let memberSet = Set(members)
    return blocks.map { b in
      guard !b.joins, let first = b.references.first(where: { memberSet.contains($0.value) }) else { return [] }
      let named = Set(b.references.map(\.value))
      return members.filter { !named.contains($0) }.map { Located($0, at: first.range) }
    }
  }

  /// Adjusts the family of `outcomes` (members in index order) and returns the outcomes with
  /// every member's result replaced by its adjusted copy. Failed or skipped members have no
  /// p-values and are not counted.
  static func adjust(_ outcomes: [BlockOutcome?], members: [Int], method: PValueAdjustment) -> [BlockOutcome?] {
    var taking: [(index: Int, result: any TestFamilyResult, range: Range<Int>)] = []
    var raw: [Double] = []
    for i in members {
      guard case .ok(let r)? = outcomes[i], let member = r as? any TestFamilyResult else { continue }
      let p = member.familyPValues
      taking.append((i, member, raw.count..<(raw.count + p.count)))
      raw += p
    }
    guard !taking.isEmpty else { return outcomes }
    let adjusted = method.adjust(raw)
    let family = TestFamily(method: method, tests: raw.filter(\.isFinite).count, blocks: taking.count)
    var out = outcomes
    for t in taking {
      out[t.index] = .ok(t.result.adjusting(Array(adjusted[t.range]), family: family))
    }
    return out
  }
}

/// A result that carries p-values of the notebook's family of tests (see ``TestFamily``).
public protocol TestFamilyResult: BlockResult {
  /// The raw p-values of its tests, in a fixed order of the kind's choosing; NaN for a test
  /// without one (it is left out of the family).
  var familyPValues: [Double] { get }
  /// A copy with `adjusted` (in the order of `familyPValues`) as its adjusted p-values and
  /// everything decided from them decided again; `family` says how they were adjusted.
  func adjusting(_ adjusted: [Double], family: TestFamily) -> any BlockResult
}
