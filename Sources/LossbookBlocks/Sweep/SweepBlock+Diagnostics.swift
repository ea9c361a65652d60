import LossbookEngine
import LossbookSyntax

/// The diagnostics of the `sweep` kind, each at the field that would fix it.
enum SweepDiagnostics {
  /// `family:` names a block that is not a family.
  static let notAFamily: DiagnosticID = "sweep-not-a-family"
  /// `task:` is not a task of the family, or not a hinge task.
  static let badTask: DiagnosticID = "sweep-bad-task"
  /// A list under `vary:` is empty or holds a value outside its range.
  static let badValue: DiagnosticID = "sweep-bad-value"
  /// `replicates` or a field of `analysis` is outside its range.
  static let badOption: DiagnosticID = "sweep-bad-option"
  /// The parts `lossbook merge` hands the block do not hold every replicate once.
  static let badParts: DiagnosticID = "sweep-bad-parts"
}
