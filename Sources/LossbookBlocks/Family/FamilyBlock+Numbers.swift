import LossbookCore
import LossbookEngine
import LossbookSyntax
import LossbookWords

/// Number fields read with their checks, each failure at the field's own YAML node.
extension FamilyBlock {
  /// A positive, finite number (a size, a token count).
  static func positive(_ s: SpecNumber, _ what: FamilyQuantity, context: ExecutionContext) throws(BlockFailure)
    -> Double
  {
    let x = try context.number(s)
    guard x > 0, x.isFinite else { throw FamilyDiagnostics.notPositive(what, x, at: s.range) }
    return x
  }

  /// A whole number of at least `least`; above `limit` it is `limitID`'s error.
  static func whole(
    _ s: SpecNumber, _ what: String, atLeast least: Int, limit: Double = Double(Int32.max),
    limitID: DiagnosticID = FamilyDiagnostics.tooManyItems, limitHelp: DiagnosticMessage? = nil,
    context: ExecutionContext
  ) throws(BlockFailure) -> Int {
    let x = try context.number(s)
    guard x.isFinite, x.rounded() == x else {
      throw BlockFailure(
        FamilyDiagnostics.notWhole,
        .family(.notWhole(field: what, value: LossbookNumberFormat().format(x, style: .significant(12)))),
        at: s.range, help: .family(.notWholeHelp))
    }
    guard x >= Double(least) else {
      throw BlockFailure(
        least == 1 ? FamilyDiagnostics.notPositive : FamilyDiagnostics.badTask,
        .family(.tooSmall(field: what, least: least, value: FamilyDiagnostics.show(x))), at: s.range)
    }
    // A limit may be raised, but never past what an Int holds (`FamilyLimits` ceilings).
    guard x <= limit, let n = Int(exactly: x) else {
      throw BlockFailure(
        limitID,
        .family(.overLimit(field: what, value: FamilyDiagnostics.show(x), limit: FamilyDiagnostics.show(limit))),
        at: s.range, help: limitHelp)
    }
    return n
  }
}
