/// Why a fit could not produce trustworthy numbers; every case has a message for people.
///
/// Inputs are checked before any GSL call, so bad data end here instead of aborting the
/// process (`n < p`) or spinning to the iteration limit (NaN in `y`).
public enum FitError: Error, Sendable, Equatable {
  /// These rows (0-based) hold a NaN or infinite x, y or weight.
  case nonFinite(rows: [Int])
  /// These rows (0-based) have a weight that is zero or negative.
  case nonPositiveWeights(rows: [Int])
  /// Two inputs that must have the same length do not (for example `"weights"` against `y`).
  case countMismatch(what: String, expected: Int, actual: Int)
  /// Fewer points than parameters plus one (a residual degree of freedom is needed).
  case tooFewPoints(n: Int, parameters: Int)
  /// Every x is the same value.
  case constantX
  /// Every y is the same value.
  case constantY
  /// The design matrix of a linear fit has rank below its number of columns.
  case singularDesign(rank: Int, columns: Int)
  /// The Jacobian at the solution is singular: some parameter is not identified by the data.
  case singularJacobian
  /// The model evaluates to NaN or infinity at this row (0-based) for the starting values.
  case nonFiniteModel(row: Int)
  /// The solver stopped without meeting a convergence test.
  case didNotConverge(iterations: Int, reason: String)
  /// The best value of this parameter lies on the edge of its allowed range.
  case parameterAtBound(name: String)
  /// No threshold leaves at least `minSide` points strictly on each side of it.
  case notEnoughPointsPerSide(minSide: Int)
  /// A bounded parameter (or one constrained positive) was given a starting value that is not
  /// strictly inside its bounds.
  case badStart(name: String)
  /// These rows (0-based) hold values outside the model's domain (the requirement says which).
  case outsideDomain(rows: [Int], requirement: String)
  /// GSL returned an error status.
  case gsl(GSLError)

  /// A sentence that says what is wrong, with 1-based row numbers.
  public var message: String {
    switch self {
    case .nonFinite(let rows):
      return "\(Self.describeRows(rows)) a missing or non-finite value (NaN or infinity)"
    case .nonPositiveWeights(let rows):
      return "\(Self.describeRows(rows)) a weight that is zero or negative"
    case .countMismatch(let what, let expected, let actual):
      return "\(what) has \(actual) values, but \(expected) are needed"
    case .tooFewPoints(let n, let parameters):
      return "\(n) points are too few to fit \(parameters) parameters: at least \(parameters + 1) are needed"
    case .constantX:
      return "x takes a single value, so no curve in x can be fitted"
    case .constantY:
      return "y takes a single value, so there is no variation to fit"
    case .singularDesign(let rank, let columns):
      return "the design matrix has rank \(rank) but \(columns) columns: some columns are collinear"
    case .singularJacobian:
      return "the Jacobian is singular at the solution: some parameters are not identified by these data"
    case .nonFiniteModel(let row):
      return "the model is not finite at row \(row + 1) for the starting values"
    case .didNotConverge(let iterations, let reason):
      return "the fit did not converge after \(iterations) iterations: \(reason)"
    case .parameterAtBound(let name):
      return "the best value of \(name) lies on the edge of its allowed range, so it is not located by the data"
    case .notEnoughPointsPerSide(let minSide):
      return "no threshold leaves at least \(minSide) points on each side"
    case .badStart(let name):
      return "the starting value of \(name) must lie strictly inside its bounds "
        + "(above 0 for a positive parameter, which is fitted on the log scale)"
    case .outsideDomain(let rows, let requirement):
      return "\(Self.describeRows(rows)) a value outside the model's domain: \(requirement)"
    case .gsl(let error):
      return "GSL error \(error.name): \(error.reason)"
    }
  }

  /// "row 3 has" or "rows 3, 7 and 9 have", listing at most five 1-based row numbers.
  private static func describeRows(_ rows: [Int]) -> String {
    let shown = rows.prefix(5).map { String($0 + 1) }
    let rest = rows.count - shown.count
    guard let last = shown.last else { return "no row has" }
    if shown.count == 1 && rest == 0 { return "row \(last) has" }
    if rest > 0 { return "rows \(shown.joined(separator: ", ")) and \(rest) more have" }
    return "rows \(shown.dropLast().joined(separator: ", ")) and \(last) have"
  }
}
