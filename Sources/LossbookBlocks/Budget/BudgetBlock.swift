import LossbookEngine
import LossbookStats
import LossbookSyntax
import LossbookWords

/// The `budget` kind: tokens and training compute to reach a threshold loss under a loss law,
/// per model size, and the compute-optimal way to reach it (STATS.md section 7).
enum BudgetBlock {
  static let kind = SpecKind(
    "budget", spec: BudgetSpec.self, fields: BudgetSpec.fields)

  /// The fix for a bad constant: Hoffmann et al.'s values.
  static let lawHelp = DiagnosticMessage.budget(.lawHelp)

  /// A number in a message as written in a notebook: `95`, not `95.0`.
  static func text(_ x: Double) -> String {
    x.isFinite && x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : "\(x)"
  }

  static func run(_ spec: BudgetSpec, context: ExecutionContext) throws(BlockFailure) -> BudgetResult {
    let sizes = try Self.sizes(spec, context: context)
    let level = try context.number(spec.level, default: BudgetSpec.Defaults.level)
    guard level > 0 && level < 1 else {
      throw BlockFailure(
        BudgetDiagnostics.badOption, .budget(.badLevel(Self.text(level))), at: spec.level?.range,
        help: .budget(.badLevelHelp))
    }
    let (law, lawSource) = try Self.law(spec, context: context)
    let (eta, etaDraws) = try Self.threshold(spec, context: context)
    if let r = spec.replicates, r.value < 1 {
      throw BlockFailure(
        BudgetDiagnostics.badOption, .budget(.replicatesBelow1), at: r.range, help: .budget(.replicatesHelp))
    }
    if let r = spec.replicates, let etaDraws, r.value > etaDraws.count {
      throw BlockFailure(
        BudgetDiagnostics.badOption,
        .budget(.tooManyReplicates(asked: r.value, threshold: spec.threshold.blockID ?? "", has: etaDraws.count)),
        at: r.range, help: .budget(.tooManyReplicatesHelp(has: etaDraws.count)))
    }
    let count = spec.replicates?.value ?? etaDraws?.count ?? BudgetSpec.Defaults.replicates
    var pairs: [BudgetDraw]? = nil
    if lawSource != nil || etaDraws != nil {
      let lawDraws =
        lawSource?.lossLawDraws(
          replicates: count, threads: context.jobs,
          streams: ReplicateStreams(seed: UInt64(context.seed), block: context.blockID, stream: "law"))
        ?? Array(repeating: law, count: count)
      pairs = (0..<count).map { r in
        BudgetDraw(
          law: r < lawDraws.count ? lawDraws[r] : nil, eta: etaDraws.map { r < $0.count ? $0[r] : .nan } ?? eta)
      }
    }
    let numbers = BudgetNumbers.compute(law: law, eta: eta, sizes: sizes, draws: pairs, level: level)
    var warnings: [BlockWarning] = []
    if !(eta > law.E) {
      warnings.append(
        BlockWarning(
          BudgetDiagnostics.unreachable,
          .budget(.unreachable(threshold: Self.text(eta), e: Self.text(law.E))), at: spec.threshold.range,
          help: .budget(.unreachableHelp)))
    }
    return BudgetResult(
      numbers: numbers, lawID: spec.law.blockID, thresholdID: spec.threshold.blockID,
      lawResample: lawSource?.lossLawResample, title: spec.title, caption: spec.caption, warnings: warnings)
  }

  /// The sizes, each a finite number above 0, at least one.
  static func sizes(_ spec: BudgetSpec, context: ExecutionContext) throws(BlockFailure) -> [Double] {
    guard !spec.sizes.value.isEmpty else {
      throw BlockFailure(
        BudgetDiagnostics.badSize, .budget(.noSizes), at: spec.sizes.range, help: .budget(.noSizesHelp))
    }
    var out: [Double] = []
    for n in spec.sizes.value {
      let x = try context.number(n)
      guard x.isFinite && x > 0 else {
        throw BlockFailure(
          BudgetDiagnostics.badSize, .budget(.badSize(Self.text(x))), at: n.range,
          help: .budget(.badSizeHelp))
      }
      out.append(x)
    }
    return out
  }

  /// The law's constants, and the fit that can draw it again (nil for constants).
  static func law(_ spec: BudgetSpec, context: ExecutionContext) throws(BlockFailure) -> (
    LossLaw, (any LossLawDrawing)?
  ) {
    switch spec.law {
    case .constants(let c):
      let law = LossLaw(
        E: try context.number(c.E), A: try context.number(c.A), B: try context.number(c.B),
        alpha: try context.number(c.alpha), beta: try context.number(c.beta))
      guard law.E.isFinite else {
        throw BlockFailure(
          BudgetDiagnostics.badOption, .budget(.lawENotFinite), at: c.E.range, help: Self.lawHelp)
      }
      let positive: [(String, Double, SpecNumber)] = [
        ("A", law.A, c.A), ("B", law.B, c.B), ("alpha", law.alpha, c.alpha), ("beta", law.beta, c.beta),
      ]
      if let bad = positive.first(where: { !($0.1.isFinite && $0.1 > 0) }) {
        throw BlockFailure(
          BudgetDiagnostics.badOption, .budget(.lawNotPositive(constant: bad.0, value: Self.text(bad.1))),
          at: bad.2.range,
          help: Self.lawHelp)
      }
      return (law, nil)
    case .block(let id):
      guard let source = try context.result(id) as? any LossLawDrawing else {
        throw BlockFailure(
          BudgetDiagnostics.noChinchilla, .budget(.notAFit(block: id.value)), at: id.range,
          help: .budget(.notAFitHelp))
      }
      switch source.lossLaw {
      case .missing:
        throw BlockFailure(
          BudgetDiagnostics.noChinchilla, .budget(.noChinchilla(fit: id.value)), at: id.range,
          help: .budget(.noChinchillaHelp))
      case .notFitted(let status, let reason):
        throw BlockFailure(
          BudgetDiagnostics.lawNotFitted,
          .budget(.lawNotFitted(fit: id.value, status: status, reason: reason)), at: id.range,
          help: .budget(.lawNotFittedHelp))
      case .fitted(let law):
        guard law.isUsable else {
          throw BlockFailure(
            BudgetDiagnostics.lawNotFitted,
            .budget(.lawAtZero(fit: id.value)), at: id.range,
            help: .budget(.lawAtZeroHelp))
        }
        return (law, source)
      }
    }
  }

  /// The threshold's estimate, and its bootstrap draws when it is a threshold block.
  static func threshold(_ spec: BudgetSpec, context: ExecutionContext) throws(BlockFailure) -> (Double, [Double]?) {
    switch spec.threshold {
    case .number(let n):
      let eta = try context.number(n)
      guard eta.isFinite else {
        throw BlockFailure(
          BudgetDiagnostics.badOption, .budget(.thresholdNotFinite), at: n.range, help: .budget(.thresholdHelp))
      }
      return (eta, nil)
    case .block(let id):
      guard let source = try context.result(id) as? any ThresholdDrawing else {
        throw BlockFailure(
          BudgetDiagnostics.notAThreshold,
          .budget(.notAThreshold(block: id.value)), at: id.range,
          help: .budget(.notAThresholdHelp))
      }
      return (source.thresholdEstimate, source.thresholdDraws)
    }
  }
}

extension BudgetLawSource {
  /// The fit block's id, when the law is one.
  var blockID: String? {
    if case .block(let id) = self { return id.value }
    return nil
  }
}

extension BudgetThresholdSource {
  /// The threshold block's id, when the threshold is one.
  var blockID: String? {
    if case .block(let id) = self { return id.value }
    return nil
  }
}
