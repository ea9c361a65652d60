/// How a fitted model ended (STATS.md section 2.1).
public enum FitStatusKind: String, Sendable, Equatable, CaseIterable {
  /// Converged, every parameter determined, none on a bound.
  case ok
  /// Converged with a parameter on a bound; reported with its numbers, eligible for best.
  case atBound = "at_bound"
  /// The data do not determine a parameter at the solution; not eligible for best.
  case unidentified
  /// No convergence test was met, after the restarts; not eligible for best.
  case notConverged = "not_converged"
}

/// Which end of its range a parameter sits on.
public enum BoundSide: String, Sendable, Equatable {
  case low
  case high
}

/// A model's status with the parameter it concerns, why, and what to do (codes: the words are
/// the catalogue's).
public struct FitStatus: Sendable, Equatable {
  /// The status.
  public var kind: FitStatusKind
  /// The parameter on a bound, or the one the data do not determine.
  public var parameter: String?
  /// The bound's side, for `at_bound`.
  public var side: BoundSide?
  /// What the status means for this model (`none` for `ok`).
  public var reason: FitStatusReason
  /// What to do about it, for the statuses that leave the model out.
  public var advice: FitAdvice?

  /// Creates a status.
  public init(
    _ kind: FitStatusKind, parameter: String? = nil, side: BoundSide? = nil, reason: FitStatusReason = .none,
    advice: FitAdvice? = nil
  ) {
    self.kind = kind
    self.parameter = parameter
    self.side = side
    self.reason = reason
    self.advice = advice
  }

  /// Converged with every parameter determined.
  public static let ok = FitStatus(.ok)

  /// Whether the model may be named best (`ok` or `at_bound`).
  public var isEligible: Bool { kind == .ok || kind == .atBound }
}

/// One solver run of a fit: where it started, how, and how it ended.
public struct FitAttempt: Sendable, Equatable {
  /// Where the run started: `"start 3"` (the model's third start), `"grid 2"` (its second
  /// restart start) or `"continued"` (from where an earlier run stopped).
  public var start: String
  /// The trust-region method.
  public var method: TrustRegionMethod
  /// The RSS where the run converged (nil when it did not).
  public var rss: Double?
  /// Iterations taken (0 when the run failed before iterating).
  public var iterations: Int
  /// Whether a convergence test was met.
  public var converged: Bool
  /// The test that was met (nil: none, or the run failed).
  public var stop: StopReason?
  /// Why the run failed, when it did.
  public var error: FitError?
  /// Whether the reported estimates come from this run.
  public var chosen: Bool

  /// Records a run.
  public init(
    start: String, method: TrustRegionMethod, rss: Double?, iterations: Int, converged: Bool,
    stop: StopReason? = nil, error: FitError? = nil, chosen: Bool = false
  ) {
    self.start = start
    self.method = method
    self.rss = rss
    self.iterations = iterations
    self.converged = converged
    self.stop = stop
    self.error = error
    self.chosen = chosen
  }
}
