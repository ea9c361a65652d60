import LossbookEngine
import LossbookSyntax

/// The diagnostics of the `explain` kind.
enum ExplainDiagnostics {
  /// `of:` names a block whose result is not a threshold result.
  static let notAThreshold: DiagnosticID = "explain-not-a-threshold"
  /// A number of the generated text differs from the results file (the self-check, E2).
  static let numberMismatch: DiagnosticID = "explain-number-mismatch"
  /// The generated text states a misreading or breaks a Japanese style rule (E4, J4, J5).
  static let misreading: DiagnosticID = "explain-misreading"
  /// A reason of the verdict that the catalogue has no sentence for.
  static let unknownReason: DiagnosticID = "explain-unknown-reason"
  /// `collapse:` names a block that is not a collapse block, or `budget:` one that is not a budget.
  static let wrongSource: DiagnosticID = "explain-wrong-source"
}
