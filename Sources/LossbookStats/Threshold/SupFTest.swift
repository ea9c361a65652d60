/// The sup-F test (Andrews 1993) for a threshold in the slope against the straight line,
/// with a parametric-bootstrap p-value (STATS.md section 4, WORKLOAD-W1.md section 4).
///
/// Null: `y = b0 + b1 x` (OLS: RSS0, fitted values, sigma0² = RSS0 / (n − 2)). Alternative
/// at threshold eta: `y = b0 + b1 x + c (eta − x)₊` (RSS1(eta)). For each candidate
///
///     F(eta) = (RSS0 − RSS1(eta)) / (RSS1(eta) / (n − 3)),
///
/// and the statistic is the supremum over the candidates (``ThresholdCandidates``). Under
/// the null the threshold is not identified, so F has no standard distribution: replicate
/// data y* = fitted line + Normal(0, sigma0²) are drawn B times, with the same x and
/// candidates, and p = (1 + #{supF* >= supF}) / (B + 1). A replicate costs O(n) through
/// ``BrokenLineScan``.
public struct SupFTest: Sendable {
  /// Settings, each with the default of STATS.md and FORMAT.md.
  public struct Options: Sendable, Equatable {
    /// The candidate thresholds (default: every gap, 10th–90th percentile of x).
    public var candidates: ThresholdCandidates
    /// Points required strictly below a candidate, and at or above it (default 5).
    public var minSide: Int
    /// Bootstrap replicates B (default 1000; 0 skips the p-value).
    public var replicates: Int
    /// Threads for the replicates (default 1); the numbers do not depend on it.
    public var threads: Int

    /// Creates options.
    public init(
      candidates: ThresholdCandidates = .standard, minSide: Int = 5, replicates: Int = 1000,
      threads: Int = 1
    ) {
      self.candidates = candidates
      self.minSide = minSide
      self.replicates = replicates
      self.threads = threads
    }
  }

  /// The outcome.
  public struct Result: Sendable, Equatable {
    /// sup-F.
    public var statistic: Double
    /// The candidate threshold where F is largest (the lowest on ties).
    public var at: Double
    /// The bootstrap p-value, (1 + exceedances) / (B + 1); nil when B = 0.
    public var p: Double?
    /// B.
    public var replicates: Int
    /// #{supF* >= supF}.
    public var exceedances: Int
    /// RSS of the line.
    public var rssNull: Double
    /// RSS of the broken line at `at`.
    public var rssAlternative: Double
    /// sigma0 = sqrt(RSS0 / (n − 2)), the bootstrap noise level.
    public var sigmaNull: Double
    /// The number of points.
    public var n: Int
  }

  /// The settings.
  public let options: Options

  /// Creates a test with these settings.
  public init(options: Options = Options()) {
    self.options = options
  }

  /// Runs the test on (x, y); replicate streams come from `streams`.
  ///
  /// - Throws: ``ThresholdError`` for bad input, fewer than 5 points or 3 distinct x,
  ///   constant scores, no candidate left, or a negative replicate count.
  public func run(x: [Double], y: [Double], streams: ReplicateStreams) throws(ThresholdError) -> Result {
    let sample = try ThresholdSample(x: x, y: y)
    try sample.require(points: 5, distinctX: 3)
    if options.replicates < 0 {
      throw .invalidParameter(name: "bootstrap", reason: .replicatesNotNegative)
    }
    let scan = try BrokenLineScan(
      sortedX: sample.x, candidates: options.candidates, minSide: options.minSide)
    let n = sample.count
    var residuals = [Double](repeating: 0, count: n)
    let (rss0, best) = sample.y.withUnsafeBufferPointer { yBuffer in
      residuals.withUnsafeMutableBufferPointer { rBuffer in
        let rss0 = scan.nullResiduals(yBuffer, into: rBuffer)
        return (rss0, scan.largestDrop(residuals: UnsafeBufferPointer(rBuffer)))
      }
    }
    let statistic = Self.fStatistic(drop: best.drop, rssNull: rss0, n: n)
    let sigma0 = (rss0 / Double(n - 2)).squareRoot()
    var result = Result(
      statistic: statistic, at: best.eta, p: nil, replicates: options.replicates, exceedances: 0,
      rssNull: rss0, rssAlternative: rss0 - best.drop, sigmaNull: sigma0, n: n)
    guard options.replicates > 0 else { return result }
    let replicated = Self.bootstrap(
      scan: scan, sigma: sigma0, replicates: options.replicates, threads: options.threads,
      streams: streams)
    let exceedances = replicated.reduce(0) { $0 + ($1 >= statistic ? 1 : 0) }
    result.exceedances = exceedances
    result.p = Double(1 + exceedances) / Double(options.replicates + 1)
    return result
  }

  /// F = (n − 3) · drop / (RSS0 − drop); +infinity when the broken line fits exactly.
  static func fStatistic(drop: Double, rssNull: Double, n: Int) -> Double {
    let rss1 = rssNull - drop
    return rss1 > 0 ? Double(n - 3) * drop / rss1 : .infinity
  }

  /// sup-F for `replicates` null data sets y* = fitted line + Normal(0, sigma²).
  ///
  /// The fitted line itself is left out of y*: sup-F depends on y only through its
  /// residuals from the line, which are the same with or without it. Draws use the ziggurat
  /// sampler (``RandomStream/gaussianZiggurat(sd:)``).
  static func bootstrap(
    scan: BrokenLineScan, sigma: Double, replicates: Int, threads: Int, streams: ReplicateStreams
  ) -> [Double] {
    let n = scan.count
    return ParallelReplicates.run(
      count: replicates, threads: threads, streams: streams,
      makeState: { [Double](repeating: 0, count: n) },
      value: { draws, stream, _ in
        draws.withUnsafeMutableBufferPointer { buffer in
          scan.centredX.withUnsafeBufferPointer { xc in
            var sums = BrokenLineScan.RawSums()
            for i in 0..<n {
              let draw = stream.gaussianZiggurat(sd: sigma)
              buffer[i] = draw
              sums.add(draw, centredX: xc[i])
            }
            let (rss0, drop) = scan.rssAndLargestDrop(raw: UnsafeBufferPointer(buffer), sums: sums)
            return fStatistic(drop: drop, rssNull: rss0, n: n)
          }
        }
      })
  }
}
