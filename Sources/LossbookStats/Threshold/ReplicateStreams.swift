/// Where the random numbers of a resampling loop come from, so that its results depend on
/// the notebook seed and the replicate indices only, never on the thread count.
///
/// Replicates are cut into consecutive batches of ``replicatesPerStream``; batch `b` draws
/// from its own ``RandomStream`` keyed `(block, stream, replicate: b)`, and its replicates
/// draw one after another from that stream. A batch always runs whole on one thread, so 1 or
/// N threads give identical numbers. `replicatesPerStream = 1` is one stream per replicate;
/// larger batches save the MT19937 re-initialisation (about 1 µs for `gsl_rng_set` plus the
/// first 624-word twist per stream, as long as a 240-point replicate itself).
public struct ReplicateStreams: Sendable, Equatable {
  /// The notebook seed.
  public var seed: UInt64
  /// The block id, the first part of every stream key.
  public var block: String
  /// The purpose of the streams (for example `"supf"`), the second part of every key.
  public var stream: String
  /// Consecutive replicates that share one stream (at least 1).
  public var replicatesPerStream: Int

  /// Creates the stream plan; `replicatesPerStream` defaults to 100.
  public init(seed: UInt64, block: String, stream: String, replicatesPerStream: Int = 100) {
    self.seed = seed
    self.block = block
    self.stream = stream
    self.replicatesPerStream = Swift.max(replicatesPerStream, 1)
  }

  /// The key of batch `batch`.
  public func key(batch: Int) -> RandomStreamKey {
    RandomStreamKey(block: block, stream: stream, replicate: batch)
  }
}
