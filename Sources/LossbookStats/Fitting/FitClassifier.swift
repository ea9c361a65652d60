/// Gives a converged fit its status (STATS.md section 2.1): `unidentified` when the
/// column-scaled Jacobian is numerically rank-deficient at the solution or a standard error
/// exceeds ``standardErrorLimit`` times its estimate, else `at_bound` when a parameter sits
/// on a bound, else `ok`. Parameters on a bound are held fixed for the identification check.
enum FitClassifier {
  /// A standard error above this multiple of its estimate's magnitude means "not determined".
  static let standardErrorLimit = 1e6

  /// The status of a converged fit.
  ///
  /// - Parameters:
  ///   - inverseVIF: per parameter (1 for those on a bound, which are held fixed).
  ///   - onBound: the parameters on a bound, with the side, in parameter order.
  static func classify(
    model: String, names: [String], estimates: [Double], standardErrors: [Double], inverseVIF: [Double],
    onBound: [(index: Int, side: BoundSide)], collinearityTolerance: Double
  ) -> FitStatus {
    let held = Set(onBound.map(\.index))
    let free = names.indices.filter { !held.contains($0) }
    if let j = free.min(by: { inverseVIF[$0] < inverseVIF[$1] }), !(inverseVIF[j] >= collinearityTolerance) {
      return FitStatus(
        .unidentified, parameter: names[j],
        reason: .rankDeficient(parameter: names[j]), advice: .boundOrStart(parameter: names[j]))
    }
    for j in free where !(standardErrors[j] <= standardErrorLimit * abs(estimates[j])) {
      return FitStatus(
        .unidentified, parameter: names[j],
        reason: .largeStandardError(parameter: names[j]), advice: .boundOrStart(parameter: names[j]))
    }
    if let first = onBound.first {
      let name = names[first.index]
      return FitStatus(
        .atBound, parameter: name, side: first.side, reason: meaning(model: model, parameter: name, side: first.side))
    }
    return .ok
  }

  /// What a parameter on a bound means for its model.
  static func meaning(model: String, parameter: String, side: BoundSide) -> FitStatusReason {
    switch (model, parameter, side) {
    case ("hinge", "eta", _), ("segmented", "psi", _): .noThresholdInside
    case ("logistic", "width", .high): .noSShape
    case ("logistic", "width", .low): .stepSharperThanSpacing
    case ("logistic", "mid", _): .middleOutside
    default: .pushedPastBound(parameter: parameter, side: side)
    }
  }
}
