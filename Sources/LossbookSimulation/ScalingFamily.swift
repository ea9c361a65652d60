import LossbookStats

/// A synthetic scaling family: runs of several sizes observed at checkpoints, scored on tasks.
public struct ScalingFamily: Sendable {
  /// One task: its name, its shape, and how it is scored.
  public struct Task: Sendable {
    public var name: String
    public var shape: TaskShape
    /// Questions per evaluation: the score is Binomial(items, p) / items (the `items` shape:
    /// one draw per item). Nil: p plus score noise.
    public var items: Int?
    /// The columns to fill, accuracy first; see ``TaskMetric``.
    public var metrics: [TaskMetric]
    /// K, the number of answer options, for `prob` and `brier` of the shapes without items
    /// of their own (the `items` shape carries its K).
    public var options: Int?

    public init(name: String, shape: TaskShape, items: Int?, metrics: [TaskMetric] = [.accuracy], options: Int? = nil) {
      self.name = name
      self.shape = shape
      self.items = items
      self.metrics = TaskMetric.allCases.filter { $0 == .accuracy || metrics.contains($0) }
      self.options = options
    }

    /// The number of answer options used by the Brier score, if the task has one.
    public var optionCount: Int? {
      if case .items(let model) = shape { return model.options }
      return options
    }
  }

  public var loss: LossModel
  public var runs: [FamilyRun]
  /// The sd of observed loss around the law.
  public var lossNoise: Double
  /// The sd of Gaussian noise on tasks without items.
  public var scoreNoise: Double
  public var tasks: [Task]
  /// Which loss the tasks' success probabilities follow (default: the true loss).
  public var scoreFrom: ScoreLoss = .true

  /// The loss a task's success probability is computed from.
  public enum ScoreLoss: String, Sendable, CaseIterable {
    /// The law's loss: the model's quality, without measurement noise.
    case `true`
    /// The observed loss (true plus `lossNoise`), as WORKLOAD-W1.md section 2 specifies.
    case observed
  }

  public init(loss: LossModel, runs: [FamilyRun], lossNoise: Double, scoreNoise: Double, tasks: [Task]) {
    self.loss = loss
    self.runs = runs
    self.lossNoise = lossNoise
    self.scoreNoise = scoreNoise
    self.tasks = tasks
  }

  /// One run per size, each observed on the same token grid, labelled by `label(size)`.
  public init(
    law: LossLaw, sizes: [Double], tokens: TokenGrid, lossNoise: Double, scoreNoise: Double, tasks: [Task],
    label: (Double) -> String = { "\($0)" }
  ) {
    let points = tokens.points
    self.init(
      loss: .law(law), runs: sizes.map { FamilyRun(label: label($0), parameters: $0, tokens: points) },
      lossNoise: lossNoise, scoreNoise: scoreNoise, tasks: tasks)
  }

  /// The number of checkpoints over all runs.
  public var checkpointCount: Int { runs.reduce(0) { $0 + $1.tokens.count } }

  /// The simulated checkpoints, column by column.
  public struct Checkpoints: Sendable {
    /// Index into `runs` of each checkpoint's run.
    public var run: [Int]
    public var N: [Double]
    public var D: [Double]
    public var C: [Double]
    public var lossTrue: [Double]
    public var loss: [Double]
    /// For each task (in task order), one column per metric (in the task's metric order).
    public var tasks: [[TaskColumn]]
    /// For each task, the item thresholds drawn (the `items` shape), else empty.
    public var thresholds: [[Double]]

    /// The primary (accuracy) column of each task.
    public var scores: [[Double]] { tasks.map { $0[0].values } }
  }

  /// One metric column of one task.
  public struct TaskColumn: Sendable, Equatable {
    public var metric: TaskMetric
    public var values: [Double]
  }

  /// Simulates every checkpoint. A task's success probability follows the true loss (the
  /// model's quality), or the observed loss with ``scoreFrom`` `.observed`; the observed
  /// loss is the true one plus measurement noise.
  ///
  /// Draws come from streams keyed by (seed, block, stream, replicate): `loss` for the loss
  /// noise, `task:<name>` for a task's scores (the `items` shape: replicate = checkpoint index,
  /// one draw per item) and `thresholds:<name>` for its item thresholds. Adding a task never
  /// changes another's numbers, and `jobs` (worker threads) never changes any number.
  public func simulate(seed: UInt32, block: String, jobs: Int = 1) -> Checkpoints {
    var run: [Int] = []
    var N: [Double] = []
    var D: [Double] = []
    let count = checkpointCount
    run.reserveCapacity(count)
    N.reserveCapacity(count)
    D.reserveCapacity(count)
    for (i, r) in runs.enumerated() {
      for d in r.tokens {
        run.append(i)
        N.append(r.parameters)
        D.append(d)
      }
    }
    let C = (0..<count).map { trainingCompute(parameters: N[$0], tokens: D[$0]) }
    let lossModel = loss
    let lossTrue = (0..<count).map { lossModel.loss(parameters: N[$0], tokens: D[$0]) }
    var observed = lossTrue
    if lossNoise > 0 {
      let rng = RandomStream(seed: UInt64(seed), key: RandomStreamKey(block: block, stream: "loss", replicate: 0))
      for k in 0..<count { observed[k] += rng.gaussian(sd: lossNoise) }
    }
    let thresholds = tasks.map { task in drawThresholds(task, seed: seed, block: block) }
    let scorer = TaskScorer(
      seed: seed, block: block, lossTrue: scoreFrom == .observed ? observed : lossTrue, scoreNoise: scoreNoise,
      tasks: tasks, thresholds: thresholds)
    return Checkpoints(
      run: run, N: N, D: D, C: C, lossTrue: lossTrue, loss: observed, tasks: scorer.score(jobs: jobs),
      thresholds: thresholds)
  }

  /// eta_i ~ Normal(eta, spread) for each item of an `items` task, from `thresholds:<name>`.
  private func drawThresholds(_ task: Task, seed: UInt32, block: String) -> [Double] {
    guard case .items(let model) = task.shape, let n = task.items else { return [] }
    guard model.spread > 0 else { return [Double](repeating: model.eta, count: n) }
    let rng = RandomStream(seed: UInt64(seed), key: RandomStreamKey(block: block, stream: "thresholds:\(task.name)"))
    return (0..<n).map { _ in model.eta + rng.gaussian(sd: model.spread) }
  }
}
