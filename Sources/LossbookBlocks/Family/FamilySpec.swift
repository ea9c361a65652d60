import LossbookEngine
import LossbookSimulation
import LossbookSyntax

/// A `family` block: a synthetic scaling family (STATS.md section 1).
struct FamilySpec: Decodable, BlockSpec {
  var law: LawSpec
  var sizes: [SpecNumber]?
  var tokens: TokenSpec?
  var runs: RunsSpec?
  var final_only: [RunSpec]?
  var loss_noise: SpecNumber?
  var score_noise: SpecNumber?
  var score_from: Choice<ScalingFamily.ScoreLoss>?
  var tasks: [TaskSpec]?
  var limits: FamilyLimits?
  var labels: DisplayLabels?

  var blockReferences: [Located<String>] {
    if case .table(let id)? = runs { return [id] }
    return []
  }

  var expressions: [SpecExpression] {
    var out: [SpecNumber] = (sizes ?? []) + [loss_noise, score_noise].compactMap { $0 } + law.numbers
    out += tokens?.numbers ?? []
    if case .list(let list)? = runs { for r in list { out += r.numbers } }
    for r in final_only ?? [] { out += r.numbers }
    for t in tasks ?? [] { out += t.numbers }
    out += limits?.numbers ?? []
    return out.compactMap {
      if case .expression(let e) = $0.value { return e }
      return nil
    } + [law.formula].compactMap { $0 }
  }

  func execute(_ context: ExecutionContext) throws(BlockFailure) -> any BlockResult {
    try FamilyBlock.run(self, context: context)
  }

  /// Raised limits over their ceilings (`FamilyLimits`), refused at check.
  var limitErrors: [SpecDecodingError] { limits?.ceilingErrors ?? [] }
}
