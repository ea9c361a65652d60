import Dispatch
import LossbookCore
import LossbookSyntax
import Synchronization

/// What happened to one block in the execute stage.
public enum BlockOutcome: Sendable {
  case ok(any BlockResult)
  case failed(BlockFailure)
  /// Not run because a block it needs failed.
  case skipped(dependency: String)

  public var result: (any BlockResult)? {
    if case .ok(let r) = self { return r }
    return nil
  }
}

/// Runs the blocks in dependency order, independent ones in parallel.
///
/// Blocks run in waves: every block whose dependencies are finished runs in the next wave, at
/// most `jobs` at a time. Between waves, once every member of the family of tests has
/// finished, their p-values are adjusted together (see ``TestFamily``). Each block draws only
/// from its own random streams, keyed by its id, so the results do not depend on the number
/// of threads or the order of completion.
public struct Executor: Sendable {
  public var jobs: Int
  public var dataFiles: DataFileOpener
  /// The slice of every sharded block's replicates to compute (`render --shard K/N`).
  public var shard: ShardPlan?
  /// The parts of sharded blocks, by block id, when `merge` renders (see `ExecutionContext.parts`).
  public var parts: [String: [JSONValue]]
  /// Where long blocks report their progress.
  public var progress: (@Sendable (_ block: String, _ done: Int, _ total: Int) -> Void)?

  public init(
    jobs: Int, dataFiles: DataFileOpener, shard: ShardPlan? = nil, parts: [String: [JSONValue]] = [:],
    progress: (@Sendable (_ block: String, _ done: Int, _ total: Int) -> Void)? = nil
  ) {
    self.jobs = max(1, jobs)
    self.dataFiles = dataFiles
    self.shard = shard
    self.parts = parts
    self.progress = progress
  }

  public func run(_ notebook: AnalyzedNotebook) -> [BlockOutcome?] {
    let blocks = notebook.blocks
    let graph = notebook.graph
    precondition(blocks.count == graph.ids.count, "execute needs every block decoded")
    let outcomes = Mutex<[BlockOutcome?]>(Array(repeating: nil, count: blocks.count))
    var finished = [Bool](repeating: false, count: blocks.count)
    // The family of tests is adjusted once, as soon as its last member has finished; every
    // block that reads a member depends on all of them (TestFamily), so none has run yet.
    let members = blocks.indices.filter { blocks[$0].spec.joinsTestFamily }
    var familyAdjusted = members.isEmpty
    let memberSet = Set(members)
    let readsFamily = blocks.indices.map { i in
      !memberSet.contains(i) && graph.dependencies[i].contains { memberSet.contains($0) }
    }
    while finished.contains(false) {
      if !familyAdjusted && members.allSatisfy({ finished[$0] }) {
        let method = notebook.frontMatter.adjust
        outcomes.withLock { $0 = TestFamily.adjust($0, members: members, method: method) }
        familyAdjusted = true
      }
      let snapshot = outcomes.withLock { $0 }
      var wave: [Int] = []
      for i in graph.order where !finished[i] {
        let deps = graph.dependencies[i]
        guard deps.allSatisfy({ finished[$0] }) else { continue }
        // A reader of the family starts only after the adjustment (the next pass makes it).
        if !familyAdjusted && readsFamily[i] { continue }
        // Only a block it names can stop it; the family's other members it merely waited for.
        let waited = graph.implicitDependencies[i]
        if let bad = deps.first(where: { snapshot[$0]?.result == nil && !waited.contains($0) }) {
          let name: String =
            if case .skipped(let d)? = snapshot[bad] { d } else { graph.ids[bad] }
          outcomes.withLock { $0[i] = .skipped(dependency: name) }
          finished[i] = true
          continue
        }
        wave.append(i)
      }
      if wave.isEmpty { continue }
      let front = notebook.frontMatter
      let perBlockJobs = max(1, jobs / max(1, min(wave.count, jobs)))
      for chunkStart in stride(from: 0, to: wave.count, by: jobs) {
        let chunk = Array(wave[chunkStart..<min(chunkStart + jobs, wave.count)])
        DispatchQueue.concurrentPerform(iterations: chunk.count) { k in
          let i = chunk[k]
          let block = blocks[i]
          var upstream: [String: any BlockResult] = [:]
          for d in graph.dependencies[i] { if let r = snapshot[d]?.result { upstream[graph.ids[d]] = r } }
          var context = ExecutionContext(
            blockID: block.id, blockRange: block.syntax.headerRange, seed: front.seed, params: front.params,
            language: front.lang, jobs: perBlockJobs, dataFiles: dataFiles, upstream: upstream)
          context.shard = shard
          context.parts = parts[block.id]
          if let progress {
            let id = block.id
            context.progress = { done, total in progress(id, done, total) }
          }
          let outcome: BlockOutcome
          do throws(BlockFailure) {
            outcome = .ok(try block.spec.execute(context))
          } catch {
            outcome = .failed(error)
          }
          outcomes.withLock { $0[i] = outcome }
        }
        for i in chunk { finished[i] = true }
      }
    }
    if !familyAdjusted {
      let method = notebook.frontMatter.adjust
      outcomes.withLock { $0 = TestFamily.adjust($0, members: members, method: method) }
    }
    return outcomes.withLock { $0 }
  }
}
