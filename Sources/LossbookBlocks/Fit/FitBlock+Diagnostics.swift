import LossbookEngine
import LossbookStats
import LossbookSyntax

/// The diagnostics of the `fit` kind.
enum FitDiagnostics {
  static let didNotConverge: DiagnosticID = "fit-did-not-converge"
  static let badData: DiagnosticID = "fit-bad-data"
  static let tooFewPoints: DiagnosticID = "fit-too-few-points"
  static let notIdentified: DiagnosticID = "fit-not-identified"
  static let textColumn: DiagnosticID = "column-not-numeric"

  /// A fitting error as a block failure, pointing at the model's name.
  static func failure(_ error: FitError, model: String, at range: SourceRange) -> BlockFailure {
    let id: DiagnosticID
    var help: String?
    switch error {
    case .didNotConverge:
      id = didNotConverge
      help = "raise max_iterations, loosen xtol or gtol, or drop this model"
    case .tooFewPoints, .notEnoughPointsPerSide:
      id = tooFewPoints
    case .singularJacobian, .singularDesign, .parameterAtBound:
      id = notIdentified
      help = "the data cannot pin down every parameter of this model"
    default:
      id = badData
    }
    return BlockFailure(id, "the \(model) model: \(error.message)", at: range, help: help)
  }
}
