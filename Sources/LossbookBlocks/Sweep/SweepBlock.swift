import Dispatch
import LossbookEngine
import LossbookSimulation
import LossbookStats
import LossbookSyntax
import Synchronization

/// The `sweep` kind: the power of an evaluation design (STATS.md section 8). For every cell of
/// the grid of design values and every replicate, the family is simulated with the cell's
/// values and the threshold analysis runs on the task; each replicate's random streams are
/// keyed by (seed, block, cell, replicate), so any subset of replicates can run anywhere.
enum SweepBlock {
  static let kind = SpecKind(
    "sweep", spec: SweepSpec.self, fields: SweepSpec.fields)

  static func run(_ spec: SweepSpec, context: ExecutionContext) throws(BlockFailure) -> SweepResult {
    let design = try SweepSetup.make(spec, context: context)
    let total = design.cells.count * design.replicates
    let draws: [SweepDraw?]
    let range: Range<Int>
    if let parts = context.parts {
      draws = try SweepParts.join(parts, total: total, at: context.blockRange)
      range = 0..<total
    } else {
      range = context.shard?.slice(of: total) ?? 0..<total
      draws = compute(design, range: range, total: total, context: context)
    }
    return SweepResult(
      design: design, draws: draws, range: range, sharded: context.shard != nil && context.parts == nil,
      title: spec.title, caption: spec.caption)
  }

  /// The stream key of replicate `r` of cell `cell`: the block id, the cell and the replicate.
  static func key(block: String, cell: Int, replicate r: Int) -> String { "\(block)#\(cell)#\(r)" }

  /// The draws of the replicates in `range` (numbered cell by cell), on the block's threads;
  /// every replicate writes its own slot, so the thread count never changes a number.
  static func compute(_ design: SweepSetup, range: Range<Int>, total: Int, context: ExecutionContext) -> [SweepDraw?] {
    let count = range.count
    guard count > 0 else { return [SweepDraw?](repeating: nil, count: total) }
    let output = UnsafeMutableBufferPointer<SweepDraw?>.allocate(capacity: total)
    output.initialize(repeating: nil)
    defer {
      output.deinitialize()
      output.deallocate()
    }
    nonisolated(unsafe) let slots = output
    let workers = max(1, min(context.jobs, count))
    let done = Atomic<Int>(0)
    let progress = context.progress
    let seed = context.seed
    let block = context.blockID
    let lower = range.lowerBound
    DispatchQueue.concurrentPerform(iterations: workers) { w in
      let solver = NonlinearLeastSquares()
      var g = lower + w
      while g < range.upperBound {
        let cell = g / design.replicates
        let r = g % design.replicates
        slots[g] = replicate(design, cell: cell, replicate: r, seed: seed, block: block, solver: solver)
        let finished = done.add(1, ordering: .relaxed).newValue
        if let progress, finished % 16 == 0 || finished == count { progress(finished, count) }
        g += workers
      }
    }
    return Array(output)
  }

  /// One replicate: the cell's family simulated under the replicate's key, then analysed.
  static func replicate(
    _ design: SweepSetup, cell: Int, replicate r: Int, seed: UInt32, block: String, solver: NonlinearLeastSquares
  ) -> SweepDraw {
    let c = design.cells[cell]
    let name = key(block: block, cell: cell, replicate: r)
    let sim = c.family.simulate(seed: seed, block: name, jobs: 1)
    let streams = ReplicateStreams(
      seed: UInt64(seed), block: name, stream: "supf", replicatesPerStream: max(design.analysis.bootstrap, 1))
    return design.analysis.run(
      x: sim.loss, y: sim.scores[0], chance: design.chance, streams: streams, solver: solver)
  }
}
