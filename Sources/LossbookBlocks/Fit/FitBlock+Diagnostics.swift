import LossbookEngine
import LossbookStats
import LossbookSyntax
import LossbookWords

/// The diagnostics of the `fit` kind.
enum FitDiagnostics {
  static let didNotConverge: DiagnosticID = "fit-did-not-converge"
  static let badData: DiagnosticID = "fit-bad-data"
  static let nonFinite: DiagnosticID = "fit-non-finite"
  static let constantData: DiagnosticID = "fit-constant-data"
  static let tooFewPoints: DiagnosticID = "fit-too-few-points"
  static let notIdentified: DiagnosticID = "fit-not-identified"
  static let singularJacobian: DiagnosticID = "fit-singular-jacobian"
  static let leftOut: DiagnosticID = "fit-model-left-out"
  static let unknownName: DiagnosticID = "fit-unknown-name"
  static let unusedParameter: DiagnosticID = "fit-unused-parameter"
  static let wrongPredictors: DiagnosticID = "fit-wrong-predictors"
  static let badOption: DiagnosticID = "fit-bad-option"
  static let textColumn: DiagnosticID = "column-not-numeric"

  /// A fitting error as a block failure, pointing at the model's entry.
  static func failure(_ error: FitError, model: String, at range: SourceRange) -> BlockFailure {
    let id: DiagnosticID
    var help: DiagnosticMessage?
    switch error {
    case .didNotConverge:
      id = didNotConverge
      help = .fit(.didNotConvergeHelp)
    case .tooFewPoints, .notEnoughPointsPerSide:
      id = tooFewPoints
    case .nonFinite, .nonFiniteModel:
      id = nonFinite
      help = .fit(.nonFiniteHelp)
    case .constantX, .constantY:
      id = constantData
    case .singularJacobian:
      id = singularJacobian
      help = .fit(.singularJacobianHelp)
    case .singularDesign:
      id = notIdentified
      help = .fit(.singularDesignHelp)
    default:
      id = badData
    }
    return BlockFailure(id, .fit(.modelFailed(model: model, reason: error)), at: range, help: help)
  }

  /// The status of a model whose fit threw, when the error leaves it out of the comparison
  /// rather than stopping the block (nil: a problem of the data or the settings).
  static func status(of error: FitError) -> FitStatus? {
    switch error {
    case .didNotConverge(_, let why): FitStatus(.notConverged, reason: .notConverged(why), advice: .moreIterations)
    case .singularJacobian, .singularDesign:
      FitStatus(.unidentified, reason: .failed(error), advice: .simplifyOrAddData)
    case .constantY: FitStatus(.unidentified, reason: .failed(error), advice: .dropForConstantData)
    case .tooFewPoints: FitStatus(.unidentified, reason: .failed(error), advice: .addDataOrFewerParameters)
    case .notEnoughPointsPerSide: FitStatus(.unidentified, reason: .failed(error), advice: .lowerMinSide)
    case .parameterAtBound(let name):
      FitStatus(.unidentified, parameter: name, reason: .failed(error), advice: .boundOrDrop)
    default: nil
    }
  }

  /// The block's failure when no model is `ok` or `at_bound`: the first model's status.
  static func failure(_ model: FittedModel) -> BlockFailure {
    if let error = model.error { return failure(error, model: model.name, at: model.range) }
    let id = model.status.kind == .notConverged ? didNotConverge : singularJacobian
    return BlockFailure(
      id, .fit(.noModelOK(model: model.name, reason: model.status.reason)),
      at: model.range, help: model.status.advice.map { .fit(.advice($0)) })
  }

  /// The warning of a model left out of the comparison (not converged or unidentified).
  static func leftOutWarning(_ model: FittedModel) -> BlockWarning {
    BlockWarning(
      leftOut,
      .fit(.leftOut(model: model.name, status: model.status.kind.rawValue, reason: model.status.reason)),
      at: model.range, help: model.status.advice.map { .fit(.advice($0)) })
  }
}
