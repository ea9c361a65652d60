/// Why a fit could not produce trustworthy numbers, with the values that say so (the words are
/// the catalogue's, LossbookWords).
///
/// Inputs are checked before any GSL call, so bad data end here instead of aborting the
/// process (`n < p`) or spinning to the iteration limit (NaN in `y`).
public enum FitError: Error, Sendable, Hashable {
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
  case didNotConverge(iterations: Int, reason: NonConvergence)
  /// The best value of this parameter lies on the edge of its allowed range.
  case parameterAtBound(name: String)
  /// No threshold leaves at least `minSide` points strictly on each side of it.
  case notEnoughPointsPerSide(minSide: Int)
  /// A bounded parameter (or one constrained positive) was given a starting value that is not
  /// strictly inside its bounds.
  case badStart(name: String)
  /// These rows (0-based) hold values outside the model's domain (the requirement says which).
  case outsideDomain(rows: [Int], requirement: DomainRequirement)
  /// GSL returned an error status.
  case gsl(GSLError)
}
