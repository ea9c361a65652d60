import LossbookEngine
import LossbookStats
import LossbookSyntax

/// The `budget` kind: tokens and training compute to reach a threshold loss under a loss law,
/// per model size, and the compute-optimal way to reach it (STATS.md section 7).
enum BudgetBlock {
  static let kind = SpecKind(
    "budget", spec: BudgetSpec.self,
    summary:
      "What it takes to reach a threshold loss under a Chinchilla law: per size its loss floor, whether it can "
      + "reach the threshold, the tokens and compute (6 N D), and the compute-optimal size, with intervals from "
      + "paired bootstrap draws of the law and the threshold.",
    fields: BudgetSpec.fields)

  /// The fix for a bad constant: Hoffmann et al.'s values.
  static let lawHelp = "Hoffmann et al.'s law is {E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28}"

  /// A number in a message as written in a notebook: `95`, not `95.0`.
  static func text(_ x: Double) -> String {
    x.isFinite && x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : "\(x)"
  }

  static func run(_ spec: BudgetSpec, context: ExecutionContext) throws(BlockFailure) -> BudgetResult {
    let sizes = try Self.sizes(spec, context: context)
    let level = try context.number(spec.level, default: BudgetSpec.Defaults.level)
    guard level > 0 && level < 1 else {
      throw BlockFailure(
        BudgetDiagnostics.badOption, "level must lie strictly between 0 and 1, not \(Self.text(level))",
        at: spec.level?.range,
        help: "write level: \(BudgetSpec.Defaults.level) for 95% intervals")
    }
    let (law, lawSource) = try Self.law(spec, context: context)
    let (eta, etaDraws) = try Self.threshold(spec, context: context)
    if let r = spec.replicates, r.value < 1 {
      throw BlockFailure(
        BudgetDiagnostics.badOption, "replicates must be 1 or more", at: r.range,
        help: "write replicates: \(BudgetSpec.Defaults.replicates)")
    }
    if let r = spec.replicates, let etaDraws, r.value > etaDraws.count {
      throw BlockFailure(
        BudgetDiagnostics.badOption,
        "replicates asks for \(r.value) draws, but the threshold block '\(spec.threshold.blockID ?? "")' "
          + "has \(etaDraws.count)",
        at: r.range, help: "ask for at most \(etaDraws.count), or raise the threshold block's ci.replicates")
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
          "the threshold \(Self.text(eta)) is not above the law's irreducible loss E = \(Self.text(law.E)): "
            + "no model size and no amount of data reaches it",
          at: spec.threshold.range,
          help: "aim at a loss above E, or check that the threshold and the law measure the same loss"))
    }
    return BudgetResult(
      numbers: numbers, lawID: spec.law.blockID, thresholdID: spec.threshold.blockID,
      lawResample: lawSource?.lossLawResample, title: spec.title, caption: spec.caption, warnings: warnings)
  }

  /// The sizes, each a finite number above 0, at least one.
  static func sizes(_ spec: BudgetSpec, context: ExecutionContext) throws(BlockFailure) -> [Double] {
    guard !spec.sizes.value.isEmpty else {
      throw BlockFailure(
        BudgetDiagnostics.badSize, "sizes is empty: name at least one model size", at: spec.sizes.range,
        help: "write sizes: [1B, 7B, 70B]")
    }
    var out: [Double] = []
    for n in spec.sizes.value {
      let x = try context.number(n)
      guard x.isFinite && x > 0 else {
        throw BlockFailure(
          BudgetDiagnostics.badSize, "a model size must be a number of parameters above 0, not \(Self.text(x))",
          at: n.range,
          help: "write sizes such as 300M, 7B or 7e9")
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
          BudgetDiagnostics.badOption, "the law's E must be a finite number", at: c.E.range, help: Self.lawHelp)
      }
      let positive: [(String, Double, SpecNumber)] = [
        ("A", law.A, c.A), ("B", law.B, c.B), ("alpha", law.alpha, c.alpha), ("beta", law.beta, c.beta),
      ]
      if let bad = positive.first(where: { !($0.1.isFinite && $0.1 > 0) }) {
        throw BlockFailure(
          BudgetDiagnostics.badOption, "the law's \(bad.0) must be a number above 0, not \(Self.text(bad.1))",
          at: bad.2.range,
          help: Self.lawHelp)
      }
      return (law, nil)
    case .block(let id):
      guard let source = try context.result(id) as? any LossLawDrawing else {
        throw BlockFailure(
          BudgetDiagnostics.noChinchilla, "'\(id.value)' is not a fit block: budget reads a fitted Chinchilla law",
          at: id.range,
          help:
            "name a fit block with models: [chinchilla] and x: [N, D], or write the constants {E, A, B, alpha, beta}")
      }
      switch source.lossLaw {
      case .missing:
        throw BlockFailure(
          BudgetDiagnostics.noChinchilla, "the fit '\(id.value)' has no chinchilla model", at: id.range,
          help:
            "add chinchilla to its models (with x: [N, D] and the loss as y), "
            + "or write the constants {E, A, B, alpha, beta}"
        )
      case .notFitted(let status, let reason):
        throw BlockFailure(
          BudgetDiagnostics.lawNotFitted,
          "the chinchilla model of '\(id.value)' \(status == "not_converged" ? "did not converge" : "is \(status)")"
            + (reason.isEmpty ? "" : " (\(reason))") + ": its law cannot be used",
          at: id.range,
          help: "fix the fit (more sizes and token counts, other starts) or write the constants {E, A, B, alpha, beta}")
      case .fitted(let law):
        guard law.isUsable else {
          throw BlockFailure(
            BudgetDiagnostics.lawNotFitted,
            "the chinchilla law of '\(id.value)' has a constant at 0: it cannot be used",
            at: id.range, help: "fit the law to more sizes and token counts")
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
          BudgetDiagnostics.badOption, "the threshold must be a finite loss", at: n.range, help: "write threshold: 2.2")
      }
      return (eta, nil)
    case .block(let id):
      guard let source = try context.result(id) as? any ThresholdDrawing else {
        throw BlockFailure(
          BudgetDiagnostics.notAThreshold,
          "'\(id.value)' is not a threshold block: budget reads a threshold's estimate and draws",
          at: id.range, help: "name a threshold block, or write the loss as a number")
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
