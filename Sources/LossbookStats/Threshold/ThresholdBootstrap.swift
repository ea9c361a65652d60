import Foundation

/// The percentile-bootstrap interval of the hinge threshold (STATS.md section 4), resampling
/// points or whole runs.
///
/// Each replicate draws a resample, refits the hinge `y = r + k (eta − x)₊` at its global
/// optimum (``HingeProfile``, exact, O(n log n)) and keeps eta. The interval is the type-7
/// quantiles (1 − level)/2 and (1 + level)/2 of the replicate thresholds; the standard error
/// is their standard deviation. A replicate whose resample leaves no allowed threshold
/// (too few distinct x) is counted in `failures` and left out.
///
/// `runs` resampling draws whole runs (groups of points, for example every checkpoint of one
/// model size) with replacement, because the checkpoints of one run are not independent.
public struct ThresholdBootstrap: Sendable {
  /// What is drawn with replacement.
  public enum Resample: Sendable, Equatable {
    /// Single points.
    case cases
    /// Whole runs: `groups[i]` names the run of point i; as many runs are drawn as there are.
    case runs(groups: [String])
  }

  /// Settings with the defaults of STATS.md and FORMAT.md.
  public struct Options: Sendable, Equatable {
    /// Replicates (default 500).
    public var replicates: Int
    /// The interval's coverage (default 0.95).
    public var level: Double
    /// Points required strictly below and at-or-above the refitted threshold (default 5).
    public var minSide: Int
    /// Threads (default 1); the numbers do not depend on it.
    public var threads: Int

    /// Creates options.
    public init(replicates: Int = 500, level: Double = 0.95, minSide: Int = 5, threads: Int = 1) {
      self.replicates = replicates
      self.level = level
      self.minSide = minSide
      self.threads = threads
    }
  }

  /// The outcome.
  public struct Result: Sendable, Equatable {
    /// The percentile interval; nil when fewer than 2 replicates succeeded.
    public var interval: Interval?
    /// The standard deviation of the replicate thresholds (nil below 2 successes).
    public var standardError: Double?
    /// The replicate thresholds in replicate order (NaN for a failed replicate).
    public var thresholds: [Double]
    /// Replicates asked for.
    public var replicates: Int
    /// Replicates without an allowed threshold.
    public var failures: Int
    /// The full data's threshold, the reference of `likelihoodRatios`.
    public var estimate: Double
    /// Per replicate, the likelihood-ratio statistic of the full data's threshold in the
    /// resample, n ln(RSS*(eta_hat) / RSS*(eta*)) (NaN for a failed replicate): its
    /// distribution calibrates the profile interval's cut-off.
    public var likelihoodRatios: [Double]

    /// The `level` quantile (type 7) of the likelihood ratios: the cut-off of the
    /// bootstrap-calibrated profile interval; nil below 2 of them.
    public func calibratedCutoff(level: Double) -> Double? {
      let good = likelihoodRatios.filter { !$0.isNaN }.sorted()
      guard good.count >= 2 else { return nil }
      let q = SampleQuantile.typeSeven(sorted: good, level)
      return q.isNaN ? .infinity : q
    }
  }

  /// The settings.
  public let options: Options

  /// Creates the bootstrap.
  public init(options: Options = Options()) {
    self.options = options
  }

  /// Runs the bootstrap on (x, y).
  ///
  /// - Throws: ``ThresholdError`` for bad input, a group list of the wrong length, fewer than
  ///   2 runs, fewer than 2·minSide points, a replicate count below 1 or a level outside (0, 1).
  public func run(
    x: [Double], y: [Double], resample: Resample = .cases, streams: ReplicateStreams
  ) throws(ThresholdError) -> Result {
    let sample = try ThresholdSample(x: x, y: y)
    try sample.require(points: 2 * Swift.max(options.minSide, 1), distinctX: 3)
    if options.replicates < 1 { throw .invalidParameter(name: "ci.replicates", reason: .atLeastOne) }
    if !(options.level > 0 && options.level < 1) {
      throw .invalidParameter(name: "ci.level", reason: .strictlyBetween0And1)
    }
    let runs = try Self.runMembers(resample: resample, count: x.count)
    let minSide = options.minSide
    let n = x.count
    // Cases are drawn as counts per point in x order, then laid out sorted: the same multiset
    // as drawing them in turn, but the hinge profile's sort then meets sorted input.
    let order = x.indices.sorted { x[$0] < x[$1] || (x[$0] == x[$1] && $0 < $1) }
    let sortedX = order.map { x[$0] }
    let sortedY = order.map { y[$0] }
    let estimate: Double
    do { estimate = try HingeProfile(x: x, y: y, minSide: minSide).minimum().eta } catch { throw .fit(error) }
    let ratios = UnsafeMutableBufferPointer<Double>.allocate(capacity: options.replicates)
    ratios.initialize(repeating: .nan)
    defer { ratios.deallocate() }
    nonisolated(unsafe) let ratioSlots = ratios
    let rank = { () -> [Int] in
      var r = [Int](repeating: 0, count: n)
      for (position, i) in order.enumerated() { r[i] = position }
      return r
    }()
    final class Buffers {
      var x: [Double]
      var y: [Double]
      var counts: [Int]
      init(count: Int) {
        x = []
        y = []
        counts = [Int](repeating: 0, count: count)
        x.reserveCapacity(count)
        y.reserveCapacity(count)
      }
    }
    let thresholds = ParallelReplicates.run(
      count: options.replicates, threads: options.threads, streams: streams,
      makeState: { Buffers(count: n) },
      value: { buffers, stream, replicate in
        buffers.x.removeAll(keepingCapacity: true)
        buffers.y.removeAll(keepingCapacity: true)
        if let runs {
          for _ in runs.indices {
            for i in runs[stream.uniformInt(below: runs.count)] {
              buffers.x.append(x[i])
              buffers.y.append(y[i])
            }
          }
        } else {
          for p in 0..<n { buffers.counts[p] = 0 }
          for _ in 0..<n { buffers.counts[rank[stream.uniformInt(below: n)]] += 1 }
          for p in 0..<n where buffers.counts[p] > 0 {
            for _ in 0..<buffers.counts[p] {
              buffers.x.append(sortedX[p])
              buffers.y.append(sortedY[p])
            }
          }
        }
        guard let profile = try? HingeProfile(x: buffers.x, y: buffers.y, minSide: minSide) else { return .nan }
        let best = profile.minimum()
        let atEstimate = profile.rss(at: estimate)
        // Each replicate writes only its own slot (as ParallelReplicates does for the thresholds).
        ratioSlots[replicate] =
          best.rss > 0 ? Double(n) * log(Swift.max(atEstimate, best.rss) / best.rss) : (atEstimate > 0 ? .infinity : 0)
        return best.eta
      })
    let good = thresholds.filter { $0.isFinite }.sorted()
    var result = Result(
      interval: nil, standardError: nil, thresholds: thresholds, replicates: options.replicates,
      failures: thresholds.count - good.count, estimate: estimate, likelihoodRatios: Array(ratios))
    guard good.count >= 2 else { return result }
    let lowerTail = (1 - options.level) / 2
    result.interval = Interval(
      lower: SampleQuantile.typeSeven(sorted: good, lowerTail),
      upper: SampleQuantile.typeSeven(sorted: good, 1 - lowerTail))
    let mean = good.reduce(0, +) / Double(good.count)
    var squares = 0.0
    for value in good { squares += (value - mean) * (value - mean) }
    result.standardError = (squares / Double(good.count - 1)).squareRoot()
    return result
  }

  /// For `runs`: the input rows of each run, runs in order of first appearance; nil for cases.
  static func runMembers(resample: Resample, count: Int) throws(ThresholdError) -> [[Int]]? {
    guard case .runs(let groups) = resample else { return nil }
    if groups.count != count { throw .countMismatch(what: "runs", expected: count, actual: groups.count) }
    let members = RunGroups.members(of: groups)
    if members.count < 2 { throw .tooFewPoints(count: members.count, needed: 2) }
    return members
  }
}
