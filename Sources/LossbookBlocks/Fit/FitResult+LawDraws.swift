import LossbookEngine
import LossbookStats

/// The rows and settings a chinchilla model was fitted with, so that its law can be drawn again.
struct FitLawData: Sendable {
  let n: [Double]
  let d: [Double]
  let loss: [Double]
  let weights: [Double]?
  let options: FitOptions
  /// The table's `run` labels, when it has that column: the bootstrap then resamples whole runs.
  let runs: [String]?
}

/// A fit result offers its chinchilla law, and bootstrap draws of it, to other kinds (`budget`).
extension FitResult: LossLawDrawing {
  var lossLaw: LossLawOutcome {
    guard let model = fits.first(where: { $0.name == BuiltinModel.chinchilla.rawValue && $0.formula == nil }) else {
      return .missing
    }
    guard model.status.isEligible, let fit = model.fit, let law = LossLaw(parameters: fit.estimates) else {
      return .notFitted(status: model.status.kind.rawValue, reason: model.status.reason)
    }
    return .fitted(law)
  }

  /// Case bootstrap (or run bootstrap, when the table has a `run` column with two runs or
  /// more), each replicate refitted from the estimate.
  func lossLawDraws(replicates: Int, threads: Int, streams: ReplicateStreams) -> [LossLaw?] {
    guard case .fitted(let law) = lossLaw, let data = lawData else { return [] }
    let resample: ChinchillaBootstrap.Resample =
      data.runs.map { Set($0).count >= 2 ? .runs(groups: $0) : .cases } ?? .cases
    let bootstrap = ChinchillaBootstrap(
      n: data.n, d: data.d, loss: data.loss, weights: data.weights, options: data.options, start: law.parameters,
      resample: resample)
    return bootstrap.draws(replicates: replicates, threads: threads, streams: streams)
  }

  /// `runs` when the law's draws resample whole runs, else `cases`.
  var lossLawResample: String { lawData?.runs.map { Set($0).count >= 2 } ?? false ? "runs" : "cases" }
}
