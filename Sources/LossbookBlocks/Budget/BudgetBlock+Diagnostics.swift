import LossbookEngine
import LossbookSyntax

/// The diagnostics of the `budget` kind, each at the field that would fix it.
enum BudgetDiagnostics {
  /// `law:` names a block that is not a fit, or a fit without the chinchilla model.
  static let noChinchilla: DiagnosticID = "budget-no-chinchilla"
  /// The law fit's chinchilla model is `unidentified` or `not_converged`.
  static let lawNotFitted: DiagnosticID = "budget-law-not-fitted"
  /// `threshold:` names a block that holds no threshold draws.
  static let notAThreshold: DiagnosticID = "budget-not-a-threshold"
  /// The threshold is at or below the law's irreducible loss E: no size reaches it (a warning).
  static let unreachable: DiagnosticID = "budget-unreachable"
  /// `sizes:` is empty, or a size is not a finite number above 0.
  static let badSize: DiagnosticID = "budget-bad-size"
  /// `replicates`, `level`, a law constant or the threshold number is outside its range.
  static let badOption: DiagnosticID = "budget-bad-option"
}
