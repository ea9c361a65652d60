/// One training run of a family: a model size observed at a list of token counts.
///
/// A run that is observed only at its last checkpoint (the paper's 28 small runs, each
/// trained with its own schedule) is a run with a single token count.
public struct FamilyRun: Sendable, Equatable {
  /// The run's label in the `run` column (such as `1.5B`).
  public var label: String
  /// Its size N in parameters.
  public var parameters: Double
  /// The token counts D of its checkpoints.
  public var tokens: [Double]

  public init(label: String, parameters: Double, tokens: [Double]) {
    self.label = label
    self.parameters = parameters
    self.tokens = tokens
  }
}
