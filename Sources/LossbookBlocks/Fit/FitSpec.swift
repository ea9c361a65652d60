import LossbookEngine
import LossbookStats
import LossbookSyntax

/// A `fit` block: models fitted to y against x of a table, compared by AIC or BIC.
struct FitSpec: Decodable, BlockSpec {
  enum Criterion: String, CaseIterable, Sendable { case aic, bic }
  enum Starts: String, CaseIterable, Sendable { case data, grid }

  var table: Located<String>
  var x: OneOrMany
  var y: Located<String>
  var models: [FitModelEntry]?
  var weights: Located<String>?
  var binomial_floor: Located<Double>?
  var robust: RobustSpec?
  var starts: Choice<Starts>?
  var grid_refine: Located<Int>?
  var grid_size: Located<Int>?
  var criterion: Choice<Criterion>?
  var min_side: Located<Int>?
  var xtol: Located<Double>?
  var gtol: Located<Double>?
  var ftol: Located<Double>?
  var max_iterations: Located<Int>?
  var geodesic: Bool?
  var collinearity: Located<Double>?
  var bound_tolerance: Located<Double>?
  var huber_iterations: Located<Int>?
  var huber_tolerance: Located<Double>?
  var trace: Bool?

  var blockReferences: [Located<String>] { [table] }

  func execute(_ context: ExecutionContext) throws(BlockFailure) -> any BlockResult {
    try FitBlock.run(self, context: context)
  }

  /// The grid sizes, iteration counts and start combinations over `FitLimits`.
  var limitErrors: [SpecDecodingError] {
    let counts: [(SpecLimit, Located<Int>?)] = [
      (FitLimits.gridSize, grid_size), (FitLimits.gridRefine, grid_refine), (FitLimits.iterations, max_iterations),
      (FitLimits.huberIterations, huber_iterations),
    ]
    var errors: [SpecDecodingError] = []
    for (limit, field) in counts {
      guard let field, let error = limit.decodingError(Double(field.value), at: field.range) else { continue }
      errors.append(error)
    }
    for entry in models ?? [] {
      guard case .formula(let formula) = entry.kind else { continue }
      // Multiplied as Doubles, so that no count of lists can overflow.
      let combinations = formula.start.fields.reduce(1.0) { $0 * Double($1.value.values.count) }
      if let e = FitLimits.starts.decodingError(combinations, at: formula.name.range) { errors.append(e) }
    }
    return errors
  }

  static let fields: [FieldDoc] = [
    FieldDoc("table", "block id", "the table to fit (a family or data block)"),
    FieldDoc("x", "column, or [N, D] for chinchilla", "the predictor, usually loss; chinchilla takes the pair [N, D]"),
    FieldDoc("y", "column", "the score (chinchilla: the loss, fitted on the log scale)"),
    FieldDoc(
      "models",
      "list of linear | quadratic | logistic | hinge | segmented | exp-decay | power-law | chinchilla | {name, bounds, starts} | {name, formula, start, positive, bounds, starts}",
      default: "[\(Defaults.models.map(\.rawValue).joined(separator: ", "))]",
      "linear: y = b0 + b1 x; quadratic: y = b0 + b1 x + b2 x^2; logistic: y = lo + (hi - lo) / (1 + exp((x - mid) / width)); hinge: y = r + k max(eta - x, 0) and segmented: y = b0 + b1 x + b2 max(x - psi, 0), both at the global optimum by profiling the threshold; exp-decay: y = eps - k exp(-gamma x), gamma > 0; power-law: y = a + b x^(-c), c > 0; chinchilla: log L = log(E + A N^-alpha + B D^-beta), E, A, B > 0, from the Hoffmann grid; a formula: any column by name, its parameters named in start (a number, or a list of numbers: every combination is a start, \(FitLimits.starts.words) combinations), positive: the parameters fitted on the log scale. An entry {name: logistic, ...} or a formula takes bounds: {PARAM: [low, high]} (fitted by transformation; the logistic's default boxes: lo, hi in [-0.1, 1.1] when every y is in [0, 1], mid within a range of the data, width in [range/1000, range]; hinge: eta only, segmented: psi only) and starts: [{PARAM: value, ...}, ...] (logistic, exp-decay, power-law, formulas), tried before the model's own. Every model ends ok, at_bound (a parameter on a bound; eligible for best), unidentified or not_converged (after restarts with geodesic acceleration, dogleg and subspace2D; left out with a warning); the block fails only when no model is ok or at_bound"
    ),
    FieldDoc(
      "weights", "none | binomial | column", default: Defaults.weights,
      "weights w_i: RSS becomes the weighted sum everywhere; binomial: 1 / max(y (1 - y), binomial_floor), for y in [0, 1]"
    ),
    FieldDoc(
      "binomial_floor", "number > 0", default: Defaults.binomialFloor,
      "binomial weights: the smallest variance y (1 - y) used"),
    FieldDoc(
      "robust", "{huber: delta}", default: "none (least squares)",
      "the Huber loss with this delta, by iteratively reweighted least squares (chinchilla: Hoffmann's 1e-3)"),
    FieldDoc(
      "starts", "data | grid", default: Defaults.starts,
      "exp-decay, power-law: polish the best grid_refine points of the profiled rate grid instead of the best one; chinchilla always uses the Hoffmann grid"
    ),
    FieldDoc(
      "grid_refine", "whole number ≥ 1, \(FitLimits.gridRefine.words)", default: Defaults.options.gridRefine,
      "how many of the best grid points (by the objective at the start) the solver polishes"),
    FieldDoc(
      "grid_size", "whole number ≥ 1, \(FitLimits.gridSize.words)", default: Defaults.options.gridSize,
      "exp-decay, power-law: how many log-spaced rates the profiled grid has"),
    FieldDoc("criterion", "aic | bic", default: Defaults.criterion, "how the best model is chosen (the smallest wins)"),
    FieldDoc(
      "min_side", "whole number ≥ 1", default: Defaults.options.minSide,
      "hinge, segmented: the fewest points on each side of the threshold"),
    FieldDoc("xtol", "number > 0", default: Defaults.options.nonlinear.xtol, "Levenberg-Marquardt step tolerance"),
    FieldDoc("gtol", "number > 0", default: Defaults.options.nonlinear.gtol, "Levenberg-Marquardt gradient tolerance"),
    FieldDoc(
      "ftol", "number ≥ 0", default: Defaults.options.nonlinear.ftol,
      "Levenberg-Marquardt residual-change tolerance (GSL 2.7 does not test it)"),
    FieldDoc(
      "max_iterations", "whole number ≥ 1, \(FitLimits.iterations.words)",
      default: Defaults.options.nonlinear.maxIterations,
      "the most solver iterations"),
    FieldDoc(
      "geodesic", "true | false", default: "\(Defaults.options.nonlinear.geodesicAcceleration)",
      "geodesic acceleration in the trust-region solver"),
    FieldDoc(
      "collinearity", "number > 0", default: Defaults.options.nonlinear.collinearityTolerance,
      "a parameter is not identified when 1 / VIF of its Jacobian column falls below this (singular Jacobian)"),
    FieldDoc(
      "bound_tolerance", "number > 0", default: Defaults.options.boundTolerance,
      "a parameter is at_bound within this fraction of its box's width of an end, or (one-sided, such as positive) when moving it to its end changes the fitted values by less than this fraction of the residual norm"
    ),
    FieldDoc(
      "huber_iterations", "whole number ≥ 1, \(FitLimits.huberIterations.words)",
      default: Defaults.options.huberMaxIterations,
      "robust: the most reweighting rounds"),
    FieldDoc(
      "huber_tolerance", "number > 0", default: Defaults.options.huberTolerance,
      "robust: stop when no parameter moves by more than this (relative) between rounds"),
    FieldDoc(
      "trace", "true | false", default: "\(Defaults.trace)",
      "add each model's convergence trace (iteration, RSS, parameters) to the results file"),
  ]
}

/// The fixed limits of a `fit` block, each sized so that a fit ends within seconds.
enum FitLimits {
  static let gridSize = SpecLimit(
    "grid_size", maximum: 100_000,
    help:
      "use a coarser grid: the default \(FitSpec.Defaults.options.gridSize) rates, or a few hundred, find the optimum")
  static let gridRefine = SpecLimit(
    "grid_refine", maximum: 1_000,
    help: "polish fewer grid points: the default is \(FitSpec.Defaults.options.gridRefine)")
  static let iterations = SpecLimit(
    "max_iterations", maximum: 10_000,
    help: "a fit that needs more iterations than this will not converge; try other starts")
  static let huberIterations = SpecLimit(
    "huber_iterations", maximum: 10_000,
    help: "use fewer reweighting rounds: the default is \(FitSpec.Defaults.options.huberMaxIterations)")
  static let starts = SpecLimit(
    "the number of start combinations", maximum: 100,
    help: "give fewer starting values per parameter: every combination of the lists is a separate fit")
}

/// `robust: {huber: 0.001}`.
struct RobustSpec: Decodable, Sendable {
  var huber: Located<Double>
}

/// One entry of `models`: a built-in name, a built-in with settings
/// (`{name: logistic, bounds: {width: [0.01, 1]}, starts: [{mid: 2.4}]}`) or a formula model.
struct FitModelEntry: Decodable, Sendable {
  enum Kind: Sendable {
    case builtin(BuiltinModel)
    case formula(FormulaSpec)
  }

  var kind: Kind
  var range: SourceRange
  /// `bounds:` of a built-in entry (a formula entry keeps its own in ``FormulaSpec``).
  var bounds: OrderedFields<BoundPair>?
  /// `starts:` of a built-in entry.
  var starts: [OrderedFields<Located<Double>>]?

  init(builtin: BuiltinModel, at range: SourceRange) {
    self.kind = .builtin(builtin)
    self.range = range
  }

  init(from decoder: Decoder) throws {
    let d = decoder as? PositionedDecoder
    range = d?.range ?? SourceRange(line: 0, column: 0, length: 0)
    if d?.nodeKind == .mapping {
      let keys = try decoder.container(keyedBy: AnyKey.self)
      if keys.contains(AnyKey(stringValue: "formula")) {
        kind = .formula(try FormulaSpec(from: decoder))
      } else {
        let entry = try BuiltinEntrySpec(from: decoder)
        kind = .builtin(entry.name.value)
        bounds = entry.bounds
        starts = entry.starts
      }
    } else {
      kind = .builtin(try Choice<BuiltinModel>(from: decoder).value)
    }
  }

  /// The model's name in results.
  var name: String {
    switch kind {
    case .builtin(let m): m.rawValue
    case .formula(let f): f.name.value
    }
  }
}

/// `{name: logistic, bounds: {...}, starts: [...]}`: a built-in model with settings.
struct BuiltinEntrySpec: Decodable, Sendable {
  var name: Choice<BuiltinModel>
  var bounds: OrderedFields<BoundPair>?
  var starts: [OrderedFields<Located<Double>>]?
}

/// `{name: misra, formula: "b1 * (1 - exp(-b2 * x))", start: {b1: 500, b2: 1e-4}, positive: [b2]}`,
/// optionally with `bounds:` and more start points in `starts:`.
struct FormulaSpec: Decodable, Sendable {
  var name: Located<String>
  var formula: RowExpression
  var start: OrderedFields<StartValues>
  var positive: [Located<String>]?
  var bounds: OrderedFields<BoundPair>?
  var starts: [OrderedFields<Located<Double>>]?
}

/// `[low, high]`: a parameter's allowed range, `low < high` (`.inf` or `-.inf` for one side).
struct BoundPair: Decodable, Sendable {
  var low: Double
  var high: Double
  var range: SourceRange

  init(from decoder: Decoder) throws {
    range = (decoder as? PositionedDecoder)?.range ?? SourceRange(line: 0, column: 0, length: 0)
    let ends = try [SpecNumber](from: decoder).map { n in
      guard let x = n.literal, !x.isNaN else { throw SpecValueError("a bound's ends should be numbers") }
      return x
    }
    guard ends.count == 2, ends[0] < ends[1], ends[0].isFinite || ends[1].isFinite else {
      throw SpecValueError("a bound is [low, high] with low < high (one end may be .inf or -.inf)")
    }
    low = ends[0]
    high = ends[1]
  }
}

/// A parameter's starting value, or a list of them (every combination is tried).
struct StartValues: Decodable, Sendable {
  var values: [Double]
  var range: SourceRange

  init(from decoder: Decoder) throws {
    let d = decoder as? PositionedDecoder
    range = d?.range ?? SourceRange(line: 0, column: 0, length: 0)
    if d?.nodeKind == .sequence {
      values = try [SpecNumber](from: decoder).map { n in
        guard let x = n.literal else { throw SpecValueError("a starting value should be a number") }
        return x
      }
      guard !values.isEmpty else { throw SpecValueError("give at least one starting value") }
    } else {
      guard let x = try SpecNumber(from: decoder).literal else {
        throw SpecValueError("a starting value should be a number")
      }
      values = [x]
    }
  }
}
