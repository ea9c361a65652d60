import LossbookCore
import LossbookEngine
import LossbookSyntax
import LossbookWords

/// The diagnostics of the `family` kind.
enum FamilyDiagnostics {
  /// Neither sizes nor runs: nothing to simulate.
  static let noRuns: DiagnosticID = "family-no-runs"
  /// A model size or token count that is not a positive number.
  static let notPositive: DiagnosticID = "family-not-positive"
  /// A token grid that cannot be made (`to` before `from`, both `every` and `checkpoints`).
  static let badTokens: DiagnosticID = "family-bad-tokens"
  /// A run whose grid has no checkpoint at all.
  static let noCheckpoints: DiagnosticID = "family-no-checkpoints"
  /// A task whose numbers cannot describe a task (a width of 0, a negative noise, a name
  /// already used by a column).
  static let badTask: DiagnosticID = "family-bad-task"
  /// A chance level at or above the ceiling: the task could never rise.
  static let chanceAboveCeiling: DiagnosticID = "family-chance-above-ceiling"
  /// A count (items, tokens, checkpoints, options) that is not a whole number.
  static let notWhole: DiagnosticID = "family-not-whole"
  /// More items, or per-item draws, or checkpoints than the family's limits.
  static let tooManyItems: DiagnosticID = "family-too-many-items"
  /// A loss formula that names something other than N and D, or gives no finite loss.
  static let badLaw: DiagnosticID = "family-bad-law"
  /// A metric the task's shape cannot give (Brier without answer options).
  static let badMetric: DiagnosticID = "family-bad-metric"
  /// A warning: a task's threshold lies outside the loss range of every run, so the family
  /// cannot show the task emerging.
  static let thresholdOutOfRange: DiagnosticID = "family-threshold-out-of-range"

  static func notPositive(_ what: FamilyQuantity, _ x: Double, at range: SourceRange) -> BlockFailure {
    BlockFailure(notPositive, .family(.notPositive(what, show(x))), at: range)
  }

  /// A number as messages write it.
  static func show(_ x: Double) -> String { LossbookNumberFormat().format(x, style: .automatic) }
}
