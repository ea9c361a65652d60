import LossbookEngine
import LossbookStats
import LossbookSyntax
import LossbookWords

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

  static let fields: [SpecField] = [
    SpecField("table"),
    SpecField("x"),
    SpecField("y"),
    SpecField(
      "models", default: "[\(Defaults.models.map(\.rawValue).joined(separator: ", "))]",
      values: ["limit": FitLimits.starts.words]),
    SpecField("weights", default: Defaults.weights),
    SpecField("binomial_floor", default: Defaults.binomialFloor),
    SpecField("robust"),
    SpecField("starts", default: Defaults.starts),
    SpecField("grid_refine", default: Defaults.options.gridRefine, values: ["limit": FitLimits.gridRefine.words]),
    SpecField("grid_size", default: Defaults.options.gridSize, values: ["limit": FitLimits.gridSize.words]),
    SpecField("criterion", default: Defaults.criterion),
    SpecField("min_side", default: Defaults.options.minSide),
    SpecField("xtol", default: Defaults.options.nonlinear.xtol),
    SpecField("gtol", default: Defaults.options.nonlinear.gtol),
    SpecField("ftol", default: Defaults.options.nonlinear.ftol),
    SpecField(
      "max_iterations", default: Defaults.options.nonlinear.maxIterations, values: ["limit": FitLimits.iterations.words]
    ),
    SpecField("geodesic", default: "\(Defaults.options.nonlinear.geodesicAcceleration)"),
    SpecField("collinearity", default: Defaults.options.nonlinear.collinearityTolerance),
    SpecField("bound_tolerance", default: Defaults.options.boundTolerance),
    SpecField(
      "huber_iterations", default: Defaults.options.huberMaxIterations,
      values: ["limit": FitLimits.huberIterations.words]),
    SpecField("huber_tolerance", default: Defaults.options.huberTolerance),
    SpecField("trace", default: "\(Defaults.trace)"),
  ]
}

/// The fixed limits of a `fit` block, each sized so that a fit ends within seconds.
enum FitLimits {
  static let gridSize = SpecLimit(
    "grid_size", maximum: 100_000,
    help: .fitGridSizeHelp(default: FitSpec.Defaults.options.gridSize))
  static let gridRefine = SpecLimit(
    "grid_refine", maximum: 1_000,
    help: .fitGridRefineHelp(default: FitSpec.Defaults.options.gridRefine))
  static let iterations = SpecLimit(
    "max_iterations", maximum: 10_000,
    help: .fitIterationsHelp)
  static let huberIterations = SpecLimit(
    "huber_iterations", maximum: 10_000,
    help: .fitHuberIterationsHelp(default: FitSpec.Defaults.options.huberMaxIterations))
  static let starts = SpecLimit(
    .startCombinations, maximum: 100, help: .fitStartsHelp)
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
      guard let x = n.literal, !x.isNaN else { throw SpecValueError(.fit(.boundEndsNotNumbers)) }
      return x
    }
    guard ends.count == 2, ends[0] < ends[1], ends[0].isFinite || ends[1].isFinite else {
      throw SpecValueError(.fit(.badBound))
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
        guard let x = n.literal else { throw SpecValueError(.fit(.startNotANumber)) }
        return x
      }
      guard !values.isEmpty else { throw SpecValueError(.fit(.noStartValues)) }
    } else {
      guard let x = try SpecNumber(from: decoder).literal else {
        throw SpecValueError(.fit(.startNotANumber))
      }
      values = [x]
    }
  }
}
