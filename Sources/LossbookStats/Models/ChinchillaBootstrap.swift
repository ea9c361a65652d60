/// Bootstrap draws of a fitted Chinchilla law (STATS.md section 7): each replicate resamples the
/// fit's rows (single rows, or whole runs) with replacement and refits the law from the full
/// data's estimate, one start per replicate (not the Hoffmann grid), with the fit's options.
///
/// Replicate r draws from the streams of ``ReplicateStreams`` (through ``ParallelReplicates``),
/// so the draws depend on the seed, the keys and r only, never on the thread count.
public struct ChinchillaBootstrap: Sendable {
  /// What is drawn with replacement.
  public enum Resample: Sendable, Equatable {
    /// Single rows.
    case cases
    /// Whole runs: `groups[i]` names the run of row i; as many runs are drawn as there are.
    case runs(groups: [String])
  }

  /// The sizes N, token counts D and losses of the fit, row by row.
  public var n: [Double]
  public var d: [Double]
  public var loss: [Double]
  /// The fit's weights, resampled with their rows; nil for none.
  public var weights: [Double]?
  /// The fit's options (Huber, tolerances).
  public var options: FitOptions
  /// The full data's estimate `[E, A, B, alpha, beta]`, every replicate's start.
  public var start: [Double]
  public var resample: Resample

  /// Creates the bootstrap of a fit to (n, d, loss).
  public init(
    n: [Double], d: [Double], loss: [Double], weights: [Double]?, options: FitOptions, start: [Double],
    resample: Resample
  ) {
    self.n = n
    self.d = d
    self.loss = loss
    self.weights = weights
    self.options = options
    self.start = start
    self.resample = resample
  }

  /// `replicates` draws of the law in replicate order; nil for a replicate whose refit failed
  /// (or whose resample holds a single run, or too few rows to fit five parameters).
  public func draws(replicates: Int, threads: Int, streams: ReplicateStreams) -> [LossLaw?] {
    let rows = loss.count
    let runs: [[Int]]? = {
      guard case .runs(let groups) = resample, groups.count == rows else { return nil }
      return RunGroups.members(of: groups)
    }()
    var quiet = options
    quiet.nonlinear.recordTrace = false
    let settings = quiet
    let (n, d, loss, weights, start) = (self.n, self.d, self.loss, self.weights, self.start)
    return ParallelReplicates.run(
      count: Swift.max(replicates, 0), threads: threads, streams: streams, failed: nil as LossLaw?,
      makeState: { NonlinearLeastSquares() },
      value: { solver, stream, _ in
        var picked: [Int] = []
        picked.reserveCapacity(rows)
        if let runs {
          for _ in runs.indices { picked += runs[stream.uniformInt(below: runs.count)] }
        } else if rows > 0 {
          for _ in 0..<rows { picked.append(stream.uniformInt(below: rows)) }
        }
        guard picked.count > 5 else { return nil }
        let fit = try? ChinchillaModel.fit(
          n: picked.map { n[$0] }, d: picked.map { d[$0] }, loss: picked.map { loss[$0] },
          weights: weights.map { w in picked.map { w[$0] } }, options: settings, solver: solver, start: start)
        guard let fit, fit.status.isEligible, let law = LossLaw(parameters: fit.estimates), law.isUsable else {
          return nil
        }
        return law
      })
  }
}
