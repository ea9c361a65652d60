import LossbookStats

/// The diagnostics of a `fit` block (`FitDiagnostics` in LossbookBlocks names their ids).
public enum FitProblem: Sendable, Hashable {
  /// "the hinge model: <reason>".
  case modelFailed(model: String, reason: FitError)
  case noModelOK(model: String, reason: FitStatusReason)
  case leftOut(model: String, status: String, reason: FitStatusReason)
  /// What to do about a model's status (its help).
  case advice(FitAdvice)
  case chinchillaPredictors, chinchillaPredictorsHelp
  case onePredictor(model: String, count: Int)
  case onePredictorHelp
  case binomialFloor
  /// Rows already 1-based and listed ("3, 4, 9"), with how many more there are.
  case binomialOutside(rows: String, more: Int)
  case mustBeAbove0(option: String)
  case mustBeOneOrMore(option: String)
  case ftolNegative
  case noBound(model: String, parameter: String, why: FitFixedBy)
  case removeBounds
  case boundsTake(parameters: [String])
  case noStarts(model: String, why: FitFixedBy)
  case removeStarts
  case startNotFinite(parameter: String)
  case notAParameter(name: String, field: String, parameters: [String])
  case formulaUnknownName(model: String, name: String)
  case formulaNamesHelp(parameters: [String], columns: [String])
  case unusedStart(parameter: String)
  case unusedStartHelp
  case positiveNotAParameter(name: String)
  // Helps of fitting errors.
  case didNotConvergeHelp, nonFiniteHelp, singularJacobianHelp, singularDesignHelp
  // Bounds and starts as written (`BoundPair`, `StartValues`).
  case boundEndsNotNumbers, badBound, startNotANumber, noStartValues
}

/// Why a built-in model takes no bounds or starts: how it is fitted.
public enum FitFixedBy: Sendable, Hashable {
  case closedForm, profiledThreshold, profiledBreakpoint, hoffmannGrid, nothing
}
