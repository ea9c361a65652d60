import LossbookEngine
import LossbookRender
import LossbookSyntax

/// The diagnostics of the `family` kind.
enum FamilyDiagnostics {
  static let noRuns: DiagnosticID = "family-no-runs"
  static let notPositive: DiagnosticID = "family-not-positive"
  static let badTokens: DiagnosticID = "family-bad-tokens"
  static let badTask: DiagnosticID = "family-bad-task"

  static func notPositive(_ what: String, _ x: Double, at range: SourceRange) -> BlockFailure {
    BlockFailure(
      notPositive, "a \(what) must be a positive number, not \(LossbookNumberFormat().format(x, style: .automatic))", at: range)
  }
}
