import LossbookEngine
import LossbookStats
import LossbookSyntax

/// The diagnostics of the `fit` kind.
enum FitDiagnostics {
  static let didNotConverge: DiagnosticID = "fit-did-not-converge"
  static let badData: DiagnosticID = "fit-bad-data"
  static let nonFinite: DiagnosticID = "fit-non-finite"
  static let constantData: DiagnosticID = "fit-constant-data"
  static let tooFewPoints: DiagnosticID = "fit-too-few-points"
  static let notIdentified: DiagnosticID = "fit-not-identified"
  static let singularJacobian: DiagnosticID = "fit-singular-jacobian"
  static let atBound: DiagnosticID = "fit-parameter-at-bound"
  static let unknownName: DiagnosticID = "fit-unknown-name"
  static let unusedParameter: DiagnosticID = "fit-unused-parameter"
  static let wrongPredictors: DiagnosticID = "fit-wrong-predictors"
  static let badOption: DiagnosticID = "fit-bad-option"
  static let textColumn: DiagnosticID = "column-not-numeric"

  /// A fitting error as a block failure, pointing at the model's entry.
  static func failure(_ error: FitError, model: String, at range: SourceRange) -> BlockFailure {
    let id: DiagnosticID
    var help: String?
    switch error {
    case .didNotConverge:
      id = didNotConverge
      help = "raise max_iterations, loosen xtol or gtol, try other starts, or drop this model"
    case .tooFewPoints, .notEnoughPointsPerSide:
      id = tooFewPoints
    case .nonFinite, .nonFiniteModel:
      id = nonFinite
      help = "drop or fix those rows (a data block's where: can filter them)"
    case .constantX, .constantY:
      id = constantData
    case .singularJacobian:
      id = singularJacobian
      help = "the data cannot pin down every parameter of this model; simplify it or add data"
    case .singularDesign:
      id = notIdentified
      help = "the data cannot pin down every parameter of this model"
    case .parameterAtBound:
      id = atBound
      help = "the data favour a simpler model; compare it with one that drops this parameter"
    default:
      id = badData
    }
    return BlockFailure(id, "the \(model) model: \(error.message)", at: range, help: help)
  }
}
