import LossbookEngine
import LossbookSimulation
import LossbookStats
import LossbookSyntax
import LossbookWords

/// The loss law: a preset, five constants, or a formula in N and D.
extension FamilyBlock {
  static func resolveLaw(_ l: LawSpec, context: ExecutionContext) throws(BlockFailure) -> LossModel {
    if let e = l.formula { return .formula(try compile(e, context: context)) }
    switch l.preset {
    case .chinchilla?: return .law(.chinchilla)
    case .epoch?: return .law(.epoch)
    case nil:
      guard let E = l.E, let A = l.A, let B = l.B, let alpha = l.alpha, let beta = l.beta else {
        return .law(.chinchilla)
      }
      return .law(
        LossLaw(
          E: try context.number(E), A: try context.number(A), B: try context.number(B),
          alpha: try context.number(alpha),
          beta: try context.number(beta)))
    }
  }

  /// Compiles a formula: N and D become slots 0 and 1; every other name (`params.eta`, a
  /// block's value) is evaluated once now and becomes a constant slot.
  static func compile(_ e: SpecExpression, context: ExecutionContext) throws(BlockFailure) -> LossFormula {
    var others: [ExpressionReference] = []
    let program: CompiledExpression
    do {
      program = try e.expression.compile { (ref: ExpressionReference) throws(ExpressionError) -> Int in
        if ref.path == ["N"] { return 0 }
        if ref.path == ["D"] { return 1 }
        others.append(ref)
        return 1 + others.count
      }
    } catch {
      throw BlockFailure(FamilyDiagnostics.badLaw, error.message, at: e.range(of: error))
    }
    var constants: [Double] = []
    for ref in others {
      let range = e.range(of: ref)
      let single: LossbookSyntax.Expression
      do {
        single = try LossbookSyntax.Expression(parsing: ref.dotted)
      } catch {
        throw BlockFailure(FamilyDiagnostics.badLaw, error.message, at: range)
      }
      constants.append(try context.evaluate(SpecExpression(expression: single, range: range, scope: .global)))
    }
    let slots = [0.0, 0.0] + constants
    return LossFormula(text: e.expression.text) { n, d in
      var s = slots
      s[0] = n
      s[1] = d
      return program.evaluate(s)
    }
  }

  /// A loss that is not a positive finite number is the formula's (or the constants') fault.
  static func checkLoss(_ loss: [Double], family: ScalingFamily, law: LawSpec) throws(BlockFailure) {
    guard let k = loss.firstIndex(where: { !($0.isFinite && $0 > 0) }) else { return }
    var run = 0
    var start = 0
    while start + family.runs[run].tokens.count <= k {
      start += family.runs[run].tokens.count
      run += 1
    }
    let r = family.runs[run]
    throw BlockFailure(
      FamilyDiagnostics.badLaw,
      .family(
        .lossNotPositive(
          loss: FamilyDiagnostics.show(loss[k]), n: sizeLabel(r.parameters), d: sizeLabel(r.tokens[k - start]))),
      at: law.range)
  }
}
