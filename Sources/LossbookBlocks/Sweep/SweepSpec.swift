import Foundation
import LossbookEngine
import LossbookSyntax

/// A `sweep` block: the power of an evaluation design, by simulating a family block again with
/// other values and running the threshold analysis on every replicate (STATS.md section 8).
struct SweepSpec: Decodable, BlockSpec {
  /// Its output is a numbered figure (`@fig-ID`).
  var numberedAs: NumberedElement? { .figure }

  var family: Located<String>
  var task: Located<String>
  var vary: SweepVary?
  var replicates: Located<Int>
  var analysis: SweepAnalysisSpec?
  var limits: SweepLimitsSpec?
  var title: String?
  var caption: String?

  var blockReferences: [Located<String>] { [family] }

  var expressions: [SpecExpression] {
    var numbers = (vary?.lists.flatMap(\.values.value) ?? [])
    numbers += [analysis?.alpha, analysis?.level].compactMap { $0 }
    return numbers.compactMap {
      if case .expression(let e) = $0.value { return e }
      return nil
    }
  }

  /// The replicate fits the sweep asks for: cells × replicates × (bootstrap + 1), when every
  /// count is written as a literal (nil when an expression decides one).
  var fits: Double? {
    let cells = (vary?.lists ?? []).reduce(1.0) { $0 * Double(max($1.values.value.count, 1)) }
    return cells * Double(replicates.value) * Double((analysis?.bootstrap?.value ?? SweepLimits.defaultBootstrap) + 1)
  }

  /// `replicates`, `analysis.bootstrap` and the whole sweep over their limits, so that
  /// `lossbook check` refuses a sweep too large for the notebook with the time it would take.
  var limitErrors: [SpecDecodingError] {
    var out: [SpecDecodingError] = []
    if let e = SweepLimits.replicates.decodingError(Double(replicates.value), at: replicates.range) { out.append(e) }
    if let b = analysis?.bootstrap, let e = SweepLimits.bootstrap.decodingError(Double(b.value), at: b.range) {
      out.append(e)
    }
    let budget = Double(limits?.fits?.value ?? SweepLimits.defaultFits)
    if let f = limits?.fits, let e = SweepLimits.fitsCeiling.decodingError(Double(f.value), at: f.range) {
      out.append(e)
    } else if let fits, fits > budget {
      let (message, help) = SweepWords.overBudget(fits: fits, budget: budget)
      out.append(
        SpecDecodingError(
          LimitDiagnostics.overLimit, message, at: limits?.fits?.range ?? replicates.range, help: help))
    }
    return out
  }

  func execute(_ context: ExecutionContext) throws(BlockFailure) -> any BlockResult {
    try SweepBlock.run(self, context: context)
  }

  static let fields: [SpecField] = [
    SpecField("family"),
    SpecField("task"),
    SpecField("vary.items"),
    SpecField("vary.checkpoints"),
    SpecField("vary.sizes"),
    SpecField("vary.slope"),
    SpecField("vary.loss_noise"),
    SpecField("replicates", values: ["limit": SweepLimits.replicates.words]),
    SpecField("analysis.tests", default: "[\(Defaults.tests.map(\.rawValue).joined(separator: ", "))]"),
    SpecField(
      "analysis.bootstrap", default: SweepLimits.defaultBootstrap, values: ["limit": SweepLimits.bootstrap.words]),
    SpecField("analysis.alpha", default: Defaults.alpha),
    SpecField("analysis.level", default: Defaults.level),
    SpecField("analysis.logistic", default: "\(Defaults.logistic)"),
    SpecField("analysis.min_side", default: Defaults.minSide),
    SpecField("limits.fits", default: SweepLimits.defaultFits, values: ["limit": SweepLimits.fitsCeiling.words]),
    SpecField("title"),
    SpecField("caption"),
  ]
}

/// `vary: {items: [100, 1000], checkpoints: [10, 40], sizes: [3, 6], slope: [0, 0.9], loss_noise: [0.005]}`.
struct SweepVary: Decodable, Sendable {
  var items: Located<[SpecNumber]>?
  var checkpoints: Located<[SpecNumber]>?
  var sizes: Located<[SpecNumber]>?
  var slope: Located<[SpecNumber]>?
  var loss_noise: Located<[SpecNumber]>?

  /// The lists given, in the fixed order of the design's fields.
  var lists: [(field: SweepField, values: Located<[SpecNumber]>)] {
    let all: [(SweepField, Located<[SpecNumber]>?)] = [
      (.items, items), (.checkpoints, checkpoints), (.sizes, sizes), (.slope, slope), (.lossNoise, loss_noise),
    ]
    var out: [(field: SweepField, values: Located<[SpecNumber]>)] = []
    for (field, list) in all {
      if let list { out.append((field, list)) }
    }
    return out
  }
}

/// `analysis: {tests: [supf], bootstrap: 199, alpha: 0.05, level: 0.95, min_side: 5}`.
struct SweepAnalysisSpec: Decodable, Sendable {
  var tests: [Located<Choice<ThresholdSpec.Test>>]?
  var bootstrap: Located<Int>?
  var alpha: SpecNumber?
  var level: SpecNumber?
  var min_side: Located<Int>?
  var logistic: Located<Bool>?
}

/// `limits: {fits: 50000000}`.
struct SweepLimitsSpec: Decodable, Sendable {
  var fits: Located<Int>?
}

/// A design value a sweep can vary, named as in the results file.
enum SweepField: String, Sendable, CaseIterable {
  case items
  case checkpoints
  case sizes
  case slope
  case lossNoise = "loss_noise"

  /// Whether its values are whole numbers.
  var isWhole: Bool { self == .items || self == .checkpoints || self == .sizes }
}

/// The fixed limits of a `sweep` block.
enum SweepLimits {
  static let replicates = SpecLimit(
    "replicates", maximum: 1_000_000, help: .sweepReplicatesHelp)
  static let bootstrap = SpecLimit(
    "analysis.bootstrap", maximum: 100_000, help: .sweepBootstrapHelp)
  static let fitsCeiling = SpecLimit(
    "limits.fits", maximum: 1_000_000_000_000, help: .sweepFitsHelp)
  /// The default budget of replicate fits: about a minute on one core of the reference machine.
  static let defaultFits = 20_000_000
  /// sup-F's default bootstrap replicates in a sweep.
  static let defaultBootstrap = 199
  /// Seconds per replicate fit of a 240-point W1 task on one core of the reference machine
  /// (Scripts/bench, `sweep`): the basis of the time a refused sweep would take.
  static let secondsPerFit = 3.7e-6
}
