import LossbookStats

/// A synthetic scaling family: runs of several sizes observed at checkpoints, scored on tasks.
public struct ScalingFamily: Sendable {
  /// One task: its name, its shape, and how it is scored.
  public struct Task: Sendable {
    public var name: String
    public var shape: TaskShape
    /// Questions per evaluation: the score is Binomial(items, p) / items. Nil: p plus score noise.
    public var items: Int?

    public init(name: String, shape: TaskShape, items: Int?) {
      self.name = name
      self.shape = shape
      self.items = items
    }
  }

  public var law: LossLaw
  /// Model sizes in parameters, one run each.
  public var sizes: [Double]
  public var tokens: TokenGrid
  /// The sd of observed loss around the law.
  public var lossNoise: Double
  /// The sd of Gaussian noise on tasks without items.
  public var scoreNoise: Double
  public var tasks: [Task]

  public init(law: LossLaw, sizes: [Double], tokens: TokenGrid, lossNoise: Double, scoreNoise: Double, tasks: [Task]) {
    self.law = law
    self.sizes = sizes
    self.tokens = tokens
    self.lossNoise = lossNoise
    self.scoreNoise = scoreNoise
    self.tasks = tasks
  }

  /// The simulated checkpoints, column by column.
  public struct Checkpoints: Sendable {
    /// Index into `sizes` of each checkpoint's run.
    public var run: [Int]
    public var N: [Double]
    public var D: [Double]
    public var C: [Double]
    public var lossTrue: [Double]
    public var loss: [Double]
    /// One score column per task, in task order.
    public var scores: [[Double]]
  }

  /// Simulates every checkpoint. A task's success probability follows the true loss (the
  /// model's quality); the observed loss is that plus measurement noise.
  /// Draws come from streams keyed by (seed, block, stream):
  /// `loss` for the loss noise and `task:<name>` for each task, so adding a task never
  /// changes another's numbers.
  public func simulate(seed: UInt32, block: String) -> Checkpoints {
    let grid = tokens.points
    var run: [Int] = []
    var N: [Double] = []
    var D: [Double] = []
    for (i, n) in sizes.enumerated() {
      for d in grid {
        run.append(i)
        N.append(n)
        D.append(d)
      }
    }
    let count = run.count
    let C = (0..<count).map { trainingCompute(parameters: N[$0], tokens: D[$0]) }
    let lossTrue = (0..<count).map { law.loss(parameters: N[$0], tokens: D[$0]) }
    var loss = lossTrue
    if lossNoise > 0 {
      let rng = RandomStream(seed: UInt64(seed), key: RandomStreamKey(block: block, stream: "loss", replicate: 0))
      for k in 0..<count { loss[k] += rng.gaussian(sd: lossNoise) }
    }
    var scores: [[Double]] = []
    for task in tasks {
      let rng = RandomStream(seed: UInt64(seed), key: RandomStreamKey(block: block, stream: "task:\(task.name)", replicate: 0))
      var column = [Double](repeating: 0, count: count)
      for k in 0..<count {
        let p = task.shape.probability(loss: lossTrue[k])
        if let items = task.items {
          column[k] = Double(rng.binomial(p: p, trials: items)) / Double(items)
        } else if scoreNoise > 0 {
          column[k] = p + rng.gaussian(sd: scoreNoise)
        } else {
          column[k] = p
        }
      }
      scores.append(column)
    }
    return Checkpoints(run: run, N: N, D: D, C: C, lossTrue: lossTrue, loss: loss, scores: scores)
  }
}
