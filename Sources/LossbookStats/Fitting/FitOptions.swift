/// Options shared by the built-in model fits and formula fits.
///
/// Every tolerance and limit is a field here (and a field of the notebook's `fit` block);
/// nothing in the fitting code is a hidden constant.
public struct FitOptions: Sendable, Equatable {
  /// Tolerances and method of the nonlinear solver.
  public var nonlinear: NonlinearOptions
  /// The fewest points that must lie strictly on each side of a hinge or segmented
  /// threshold (at least 1).
  public var minSide: Int
  /// Fit from every start of the model's grid (best RSS wins) instead of its data-driven
  /// start(s). `chinchilla` always uses its grid.
  public var gridStarts: Bool
  /// How many of the best grid points (by the objective at the start) the solver polishes;
  /// the others are only evaluated. `Int.max` polishes every grid point.
  public var gridRefine: Int
  /// How many rates the `exp-decay` and `power-law` grids try (log-spaced).
  public var gridSize: Int
  /// The Huber loss's delta (residuals beyond it count linearly), fitted by iteratively
  /// reweighted least squares; nil for ordinary least squares.
  public var huberDelta: Double?
  /// The most reweighting rounds of the Huber fit.
  public var huberMaxIterations: Int
  /// The Huber fit stops when no parameter moves by more than this, relative to
  /// `max(|estimate|, 1)`, between rounds.
  public var huberTolerance: Double
  /// A parameter within this relative distance of a bound is `at_bound`: relative to the
  /// box's width, or for a one-sided range (such as positive) when moving it to its end
  /// changes the fitted values by less than this fraction of the residual norm.
  public var boundTolerance: Double
  /// Allowed ranges by parameter name for the model being fitted (a model entry's
  /// `bounds:`), on top of (and replacing) the model's default boxes.
  public var bounds: [String: ParameterBound] = [:]
  /// Starting points for the model being fitted (a model entry's `starts:`), tried before
  /// the model's own; a parameter a point leaves out takes the model's first own start.
  public var starts: [[String: Double]] = []

  /// The defaults: ``NonlinearOptions/init(xtol:gtol:ftol:maxIterations:geodesicAcceleration:recordTrace:acceptNonConvergence:collinearityTolerance:)``,
  /// `minSide` 5, data-driven starts, 10 polished grid points, grids of 25 rates, least
  /// squares (Huber: at most 500 rounds, tolerance 1e-9), bound tolerance 1e-6.
  public init(
    nonlinear: NonlinearOptions = NonlinearOptions(), minSide: Int = 5, gridStarts: Bool = false,
    gridRefine: Int = 10, gridSize: Int = 25, huberDelta: Double? = nil,
    huberMaxIterations: Int = 500, huberTolerance: Double = 1e-9, boundTolerance: Double = 1e-6
  ) {
    self.nonlinear = nonlinear
    self.minSide = minSide
    self.gridStarts = gridStarts
    self.gridRefine = gridRefine
    self.gridSize = gridSize
    self.huberDelta = huberDelta
    self.huberMaxIterations = huberMaxIterations
    self.huberTolerance = huberTolerance
    self.boundTolerance = boundTolerance
  }
}

/// What a Huber (robust) fit reports besides the usual figures.
public struct HuberSummary: Sendable, Equatable {
  /// The Huber delta used.
  public var delta: Double
  /// The Huber objective at the estimates, `Σ ρ(e_i)` with `ρ(e) = e²/2` for `|e| ≤ delta`
  /// and `delta (|e| − delta/2)` beyond (e the weighted residual).
  public var objective: Double
  /// Reweighting rounds taken.
  public var rounds: Int
  /// Whether the rounds met ``FitOptions/huberTolerance``.
  public var converged: Bool
}
