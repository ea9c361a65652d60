import LossbookRender

/// One row per `threshold` block, for a `table` block whose `of` names threshold blocks
/// (WORKLOAD-W1.md section 7): the criteria of the three fits, the best by BIC, each fit's
/// status (`ok`, `at_bound`, `unidentified`, `not_converged`), the threshold
/// with its interval, sup-F and its p-value, PELT's changes and onset, and the verdict.
/// A value a block did not compute (a test not asked for, a failed logistic) is NaN.
enum ThresholdSummary {
  /// The column names, in order.
  static let columns = [
    "block", "y", "aic_linear", "aic_logistic", "aic_hinge", "bic_linear", "bic_logistic", "bic_hinge", "best",
    "status_linear", "status_logistic", "status_hinge",
    "eta", "eta_lower", "eta_upper", "supf", "p", "pelt_changes", "pelt_onset", "spearman", "verdict",
  ]

  /// The table of `results`, one row each, in the order given.
  static func table(_ results: [(id: String, result: ThresholdResult)]) -> DataTable {
    func criterion(_ r: ThresholdResult, _ name: String, bic: Bool) -> Double {
      guard let c = r.fits.criteria.first(where: { $0.name == name }) else { return .nan }
      return bic ? c.bic : c.aic
    }
    let rs = results.map(\.result)
    let models = ["linear", "logistic", "hinge"]
    var cols: [DataColumn] = [
      DataColumn("block", text: results.map(\.id)),
      DataColumn("y", text: rs.map(\.y)),
    ]
    for m in models { cols.append(DataColumn("aic_\(m)", numbers: rs.map { criterion($0, m, bic: false) })) }
    for m in models { cols.append(DataColumn("bic_\(m)", numbers: rs.map { criterion($0, m, bic: true) })) }
    cols += [
      DataColumn("best", text: rs.map(\.fits.bestByBIC))
    ]
    for m in models {
      cols.append(
        DataColumn(
          "status_\(m)", text: rs.map { r in r.fits.statuses.first { $0.name == m }?.status.kind.rawValue ?? "" }))
    }
    cols += [
      DataColumn("eta", numbers: rs.map(\.eta)),
      DataColumn("eta_lower", numbers: rs.map { $0.interval.interval?.lower ?? .nan }),
      DataColumn("eta_upper", numbers: rs.map { $0.interval.interval?.upper ?? .nan }),
      DataColumn("supf", numbers: rs.map { $0.tests.supF?.statistic ?? .nan }),
      DataColumn("p", numbers: rs.map { $0.tests.supF?.p ?? .nan }),
      DataColumn("p_adjusted", numbers: rs.map { $0.adjustedP?.byTest["supf"] ?? .nan }),
      DataColumn("pelt_changes", numbers: rs.map { $0.tests.pelt.map { Double($0.changes) } ?? .nan }),
      DataColumn("pelt_onset", numbers: rs.map { $0.tests.pelt?.onset ?? .nan }),
      DataColumn("spearman", numbers: rs.map(\.spearman)),
      DataColumn("verdict", text: rs.map(\.verdict.rawValue)),
    ]
    return DataTable(columns: cols)
  }
}
