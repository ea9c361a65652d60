import LossbookCore
import LossbookStats

/// The results file's form of the fitting codes: an object with a snake_case `code` and the
/// values it was decided from (row numbers 1-based), never a sentence (the catalogue words them).
extension FitStatusReason {
  var json: JSONValue {
    switch self {
    case .none: coded("none")
    case .rankDeficient(let parameter): coded("rank_deficient", ("param", .string(parameter)))
    case .largeStandardError(let parameter): coded("large_standard_error", ("param", .string(parameter)))
    case .noThresholdInside: coded("no_threshold_inside")
    case .noSShape: coded("no_s_shape")
    case .stepSharperThanSpacing: coded("step_sharper_than_spacing")
    case .middleOutside: coded("middle_outside")
    case .pushedPastBound(let parameter, let side):
      coded("pushed_past_bound", ("param", .string(parameter)), ("side", .string(side.rawValue)))
    case .noRunConverged(let runs, let starts, let first):
      coded("no_run_converged", ("runs", .count(runs)), ("starts", .count(starts)), ("first", first.json))
    case .notConverged(let why): coded("not_converged", ("why", why.json))
    case .failed(let error): error.json
    }
  }
}

extension FitAdvice {
  var json: JSONValue {
    switch self {
    case .boundOrStart(let parameter): coded("bound_or_start", ("param", .string(parameter)))
    case .moreIterations: coded("more_iterations")
    case .simplifyOrAddData: coded("simplify_or_add_data")
    case .dropForConstantData: coded("drop_for_constant_data")
    case .addDataOrFewerParameters: coded("add_data_or_fewer_parameters")
    case .lowerMinSide: coded("lower_min_side")
    case .boundOrDrop: coded("bound_or_drop")
    }
  }
}

extension FitError {
  var json: JSONValue {
    switch self {
    case .nonFinite(let rows): coded("non_finite", ("rows", .rows(rows)))
    case .nonPositiveWeights(let rows): coded("non_positive_weights", ("rows", .rows(rows)))
    case .countMismatch(let what, let expected, let actual):
      coded("count_mismatch", ("what", .string(what)), ("expected", .count(expected)), ("actual", .count(actual)))
    case .tooFewPoints(let n, let parameters): coded("too_few_points", ("n", .count(n)), ("params", .count(parameters)))
    case .constantX: coded("constant_x")
    case .constantY: coded("constant_y")
    case .singularDesign(let rank, let columns):
      coded("singular_design", ("rank", .count(rank)), ("columns", .count(columns)))
    case .singularJacobian: coded("singular_jacobian")
    case .nonFiniteModel(let row): coded("non_finite_model", ("row", .count(row + 1)))
    case .didNotConverge(let iterations, let why):
      coded("did_not_converge", ("iterations", .count(iterations)), ("why", why.json))
    case .parameterAtBound(let name): coded("parameter_at_bound", ("param", .string(name)))
    case .notEnoughPointsPerSide(let minSide): coded("not_enough_points_per_side", ("min_side", .count(minSide)))
    case .badStart(let name): coded("bad_start", ("param", .string(name)))
    case .outsideDomain(let rows, let requirement):
      coded(
        "outside_domain", ("rows", .rows(rows)),
        ("requirement", .string(requirement == .powerLawPositiveX ? "power_law_positive_x" : "chinchilla_positive")))
    case .gsl(let error): coded("gsl", ("status", .string(error.name)))
    }
  }
}

extension NonConvergence {
  var json: JSONValue {
    switch self {
    case .noProgress: coded("no_progress")
    case .iterationLimit(let xtol, let gtol, let maxIterations):
      coded("iteration_limit", ("xtol", .num(xtol)), ("gtol", .num(gtol)), ("max_iterations", .count(maxIterations)))
    case .nonFiniteEstimates: coded("non_finite_estimates")
    case .noStartingValues: coded("no_starting_values")
    case .noGridPointConverged: coded("no_grid_point_converged")
    case .bracketDidNotShrink: coded("bracket_did_not_shrink")
    case .logisticLeftOut(let status): coded("logistic_left_out", ("status", status.json))
    }
  }
}

/// `{"code": code, ...members}`.
private func coded(_ code: String, _ members: (String, JSONValue)...) -> JSONValue {
  .object([("code", .string(code))] + members)
}

extension JSONValue {
  fileprivate static func count(_ n: Int) -> JSONValue { .number(Double(n)) }
  /// 0-based rows as the 1-based numbers a person counts.
  fileprivate static func rows(_ rows: [Int]) -> JSONValue { .array(rows.map { .number(Double($0 + 1)) }) }
}
