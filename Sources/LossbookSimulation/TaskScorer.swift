import Dispatch
import Foundation
import LossbookStats

/// Scores every task at every checkpoint, on several threads, with the same numbers on any
/// number of threads: each piece of work draws only from its own keyed stream and writes only
/// its own cells.
struct TaskScorer: Sendable {
  let seed: UInt32
  let block: String
  /// The loss each checkpoint is scored from (true, or observed: see ``ScalingFamily/scoreFrom``).
  let lossTrue: [Double]
  let scoreNoise: Double
  let tasks: [ScalingFamily.Task]
  let thresholds: [[Double]]

  /// One piece of work: a task over a range of checkpoints.
  private struct Piece: Sendable {
    var task: Int
    var range: Range<Int>
  }

  /// The columns of every task, in task and metric order.
  func score(jobs: Int) -> [[ScalingFamily.TaskColumn]] {
    let count = lossTrue.count
    let workers = max(1, jobs)
    // Tasks scored per item split their checkpoints among the workers (each checkpoint has its
    // own stream); the others are one piece each (one stream per task).
    var pieces: [Piece] = []
    for (t, task) in tasks.enumerated() {
      if case .items = task.shape, workers > 1, count > 0 {
        let size = (count + workers - 1) / workers
        for start in stride(from: 0, to: count, by: size) {
          pieces.append(Piece(task: t, range: start..<min(start + size, count)))
        }
      } else {
        pieces.append(Piece(task: t, range: 0..<count))
      }
    }
    let buffers = ColumnBuffers(columns: tasks.map(\.metrics.count), rows: count)
    let threads = min(workers, max(pieces.count, 1))
    let work = pieces
    DispatchQueue.concurrentPerform(iterations: threads) { w in
      for p in stride(from: w, to: work.count, by: threads) { run(work[p], into: buffers) }
    }
    return tasks.enumerated().map { t, task in
      task.metrics.enumerated().map { m, metric in ScalingFamily.TaskColumn(metric: metric, values: buffers.take(t, m))
      }
    }
  }

  private func run(_ piece: Piece, into out: ColumnBuffers) {
    let task = tasks[piece.task]
    if case .items(let model) = task.shape {
      scoreItems(task, model: model, thresholds: thresholds[piece.task], piece: piece, into: out)
    } else {
      scoreShared(task, piece: piece, into: out)
    }
  }

  /// A task whose items share one success probability p(L): accuracy is Binomial(items, p) /
  /// items (or p plus score noise), CorrectChoiceProb is p, Brier follows from p and K.
  private func scoreShared(_ task: ScalingFamily.Task, piece: Piece, into out: ColumnBuffers) {
    let rng = RandomStream(
      seed: UInt64(seed), key: RandomStreamKey(block: block, stream: "task:\(task.name)", replicate: 0))
    let t = piece.task
    for k in piece.range {
      let p = task.shape.probability(loss: lossTrue[k])
      for (m, metric) in task.metrics.enumerated() {
        let value: Double
        switch metric {
        case .accuracy:
          if let items = task.items {
            value = Double(rng.binomial(p: p, trials: items)) / Double(items)
          } else if scoreNoise > 0 {
            value = p + rng.gaussian(sd: scoreNoise)
          } else {
            value = p
          }
        case .prob: value = p
        case .brier: value = TaskMetric.brier(correct: p, options: task.optionCount ?? 2)
        case .token:
          if case .exactMatch(_, let rate, let floor) = task.shape {
            value = TaskShape.tokenProbability(loss: lossTrue[k], rate: rate, floor: floor)
          } else {
            value = p
          }
        }
        out.set(t, m, k, value)
      }
    }
  }

  /// The `items` shape: at each checkpoint every item is answered right with its own
  /// probability c_i(L) (one uniform draw per item, stream `task:<name>`, replicate = the
  /// checkpoint's index); CorrectChoiceProb and Brier average c_i and its Brier score.
  private func scoreItems(
    _ task: ScalingFamily.Task, model: ItemModel, thresholds: [Double], piece: Piece, into out: ColumnBuffers
  ) {
    let rng = RandomStream(
      seed: UInt64(seed), key: RandomStreamKey(block: block, stream: "task:\(task.name)", replicate: 0))
    let n = Double(thresholds.count)
    let guess = 1 / Double(model.options)
    let gain = model.ceiling - guess
    let brierScale = Double(model.options) / Double(model.options - 1)
    // exp((L - eta_i) / s) = exp((L - eta) / s) * exp((eta - eta_i) / s): the second factor is
    // the item's own and is computed once, so the loop over items needs no exp. Where the
    // product is not a number (an overflow times an underflow) the item falls back to exp.
    let weights = thresholds.map { exp((model.eta - $0) / model.sharpness) }
    let t = piece.task
    weights.withUnsafeBufferPointer { w in
      thresholds.withUnsafeBufferPointer { etas in
        for k in piece.range {
          rng.reseed(seed: UInt64(seed), key: RandomStreamKey(block: block, stream: "task:\(task.name)", replicate: k))
          let loss = lossTrue[k]
          let a = exp((loss - model.eta) / model.sharpness)
          var correct = 0
          var sumC = 0.0
          var sumMiss = 0.0
          for i in 0..<w.count {
            var odds = a * w[i]
            if odds.isNaN { odds = exp((loss - etas[i]) / model.sharpness) }
            let c = guess + gain / (1 + odds)
            sumC += c
            sumMiss += (1 - c) * (1 - c)
            if rng.uniform() < c { correct += 1 }
          }
          for (m, metric) in task.metrics.enumerated() {
            let value: Double =
              switch metric {
              case .accuracy: Double(correct) / n
              case .prob, .token: sumC / n
              case .brier: sumMiss * brierScale / n
              }
            out.set(t, m, k, value)
          }
        }
      }
    }
  }
}

/// The output cells of every task's columns, written by several threads at disjoint places.
///
/// `@unchecked Sendable` because the threads of ``TaskScorer`` never write the same cell and
/// nothing reads a cell before every writer has finished (`concurrentPerform` returns first).
private final class ColumnBuffers: @unchecked Sendable {
  private let storage: [[UnsafeMutableBufferPointer<Double>]]

  init(columns: [Int], rows: Int) {
    storage = columns.map { n in
      (0..<n).map { _ in
        let b = UnsafeMutableBufferPointer<Double>.allocate(capacity: rows)
        b.initialize(repeating: 0)
        return b
      }
    }
  }

  deinit {
    for task in storage { for b in task { b.deallocate() } }
  }

  @inline(__always) func set(_ task: Int, _ metric: Int, _ row: Int, _ value: Double) {
    storage[task][metric][row] = value
  }

  func take(_ task: Int, _ metric: Int) -> [Double] { Array(storage[task][metric]) }
}
