/// The fixed paragraph on what a block kind's methods assume (issue 13: the noise model,
/// independence, why a p-value is simulated, multiple testing), folded under its output.
public enum AssumptionMessage: Sendable, Hashable {
  /// The fold's title: "What the method assumes".
  case heading
  case threshold, fit, collapse, budget, sweep
}
