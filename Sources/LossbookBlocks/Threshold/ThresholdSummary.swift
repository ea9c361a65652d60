import LossbookCore

/// One row per `threshold` block, for a `table` block whose `of` names threshold blocks
/// (WORKLOAD-W1.md section 7): the criteria of the three fits, the best by BIC, each fit's
/// status (`ok`, `at_bound`, `unidentified`, `not_converged`), the threshold with its
/// interval, sup-F and its p-value (raw and adjusted), PELT's changes and onset, Spearman's
/// rho and the verdict. A value a block did not compute (a test not asked for, a failed
/// logistic) is NaN.
extension ThresholdResult: SummaryRowSource {
  func summaryRow(id: String) -> [SummaryCell] {
    let models = ["linear", "logistic", "hinge"]
    func criterion(_ name: String, bic: Bool) -> Double {
      guard let c = fits.criteria.first(where: { $0.name == name }) else { return .nan }
      return bic ? c.bic : c.aic
    }
    var row: [SummaryCell] = [.text("block", id), .text("y", y)]
    for m in models { row.append(.number("aic_\(m)", criterion(m, bic: false))) }
    for m in models { row.append(.number("bic_\(m)", criterion(m, bic: true))) }
    row.append(.text("best", fits.bestByBIC))
    for m in models {
      row.append(.text("status_\(m)", fits.statuses.first { $0.name == m }?.status.kind.rawValue ?? ""))
    }
    return row + [
      .number("eta", eta),
      .number("eta_lower", interval.interval?.lower ?? .nan),
      .number("eta_upper", interval.interval?.upper ?? .nan),
      .number("supf", tests.supF?.statistic ?? .nan),
      .number("p", tests.supF?.p ?? .nan),
      .number("p_adjusted", adjustedP?.byTest["supf"] ?? .nan),
      .number("pelt_changes", tests.pelt.map { Double($0.changes) } ?? .nan),
      .number("pelt_onset", tests.pelt?.onset ?? .nan),
      .number("spearman", spearman),
      .text("verdict", verdict.rawValue),
    ]
  }
}
