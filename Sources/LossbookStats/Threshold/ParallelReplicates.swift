import Dispatch

/// Runs numbered replicates of a resampling loop on several threads, deterministically.
///
/// Work is handed out in whole batches of ``ReplicateStreams/replicatesPerStream``
/// replicates (batch `b` to thread `b mod threads`); each thread owns one `State` (its
/// buffers and workspaces, reused across its replicates) and one ``RandomStream``, reseeded
/// at the start of every batch. Each replicate writes its own slot of the output, so the
/// result is the same for any thread count (PLATFORM-NOTES.md section 8).
enum ParallelReplicates {
  /// `count` values, `value(&state, stream, r)` for replicate r; a replicate that fails
  /// should return NaN.
  static func run<State>(
    count: Int, threads: Int, streams: ReplicateStreams,
    makeState: @Sendable () -> State,
    value: @Sendable (inout State, RandomStream, Int) -> Double
  ) -> [Double] {
    run(count: count, threads: threads, streams: streams, failed: .nan, makeState: makeState, value: value)
  }

  /// `count` values of any type, `value(&state, stream, r)` for replicate r; `failed` fills
  /// the slots before the replicates run.
  static func run<State, Value>(
    count: Int, threads: Int, streams: ReplicateStreams, failed: Value,
    makeState: @Sendable () -> State,
    value: @Sendable (inout State, RandomStream, Int) -> Value
  ) -> [Value] {
    guard count > 0 else { return [] }
    let perStream = streams.replicatesPerStream
    let batches = (count + perStream - 1) / perStream
    let workers = Swift.max(1, Swift.min(threads, batches))
    let output = UnsafeMutableBufferPointer<Value>.allocate(capacity: count)
    output.initialize(repeating: failed)
    defer {
      output.deinitialize()
      output.deallocate()
    }
    nonisolated(unsafe) let slots = output
    @Sendable func work(_ worker: Int) {
      var state = makeState()
      let stream = RandomStream(seed: streams.seed, key: streams.key(batch: worker))
      var batch = worker
      while batch < batches {
        stream.reseed(seed: streams.seed, key: streams.key(batch: batch))
        let end = Swift.min((batch + 1) * perStream, count)
        for r in (batch * perStream)..<end { slots[r] = value(&state, stream, r) }
        batch += workers
      }
    }
    if workers == 1 {
      work(0)
    } else {
      DispatchQueue.concurrentPerform(iterations: workers) { work($0) }
    }
    return Array(output)
  }
}
