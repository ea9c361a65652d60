import Foundation
import LossbookCore
import LossbookEngine
import LossbookStats
import LossbookSyntax

/// The three models a threshold verdict compares (STATS.md section 5): the line, the
/// logistic curve and the hinge `y = r + k max(eta − x, 0)`.
///
/// The hinge is the global least-squares optimum of ``HingeProfile`` over every gap that
/// leaves `min_side` points on each side; unlike the `fit` block, a threshold at the end of
/// that range is a result here (a line has its best "threshold" there), not an error.
struct ThresholdFits: Sendable {
  var linear: ModelFit
  /// Nil when the logistic fit fails or ends `unidentified` or `not_converged` (its BIC is
  /// then left out of the verdict).
  var logistic: ModelFit?
  /// Why the logistic fit failed or was left out, when it was (shown in the report and the
  /// results file).
  var logisticFailure: FitStatusReason?
  /// The logistic fit's status (`not_converged` when it threw).
  var logisticStatus: FitStatus
  /// The profiled hinge.
  var hinge: HingeProfileMinimum
  /// Which end of the allowed range the hinge's threshold sits on, when it does.
  var hingeEdge: BoundSide?
  /// The nonlinear hinge fit from the profile's optimum, for the delta-method interval;
  /// nil when the threshold is on the boundary or the solver fails.
  var hingeFit: ModelFit?
  var n: Int

  /// The hinge's criteria, n log(RSS / n) + penalty · 3, as for every `fit` model.
  var hingeAIC: Double { Double(n) * log(hinge.rss / Double(n)) + 2 * 3 }
  var hingeBIC: Double { Double(n) * log(hinge.rss / Double(n)) + 3 * log(Double(n)) }

  /// Fits the three models; a failing line or hinge is a diagnostic at the data.
  static func fit(x: [Double], y: [Double], minSide: Int, places: ThresholdDiagnostics.Places) throws(BlockFailure)
    -> ThresholdFits
  {
    var options = FitOptions()
    options.minSide = minSide
    let solver = NonlinearLeastSquares()
    let linear: ModelFit
    let hinge: HingeProfileMinimum
    let hingeEdge: BoundSide?
    do {
      linear = try BuiltinModel.linear.fit(x: x, y: y, weights: nil, options: options, solver: solver)
      let profile = try HingeProfile(x: x, y: y, minSide: minSide)
      hinge = profile.minimum()
      hingeEdge = hinge.onBoundary ? (hinge.eta == profile.gaps[0].lower ? .low : .high) : nil
    } catch {
      throw ThresholdDiagnostics.failure(.fit(error), at: places, what: .hinge)
    }
    var logistic: ModelFit?
    var logisticFailure: FitStatusReason?
    var logisticStatus = FitStatus.ok
    do {
      let fit = try BuiltinModel.logistic.fit(x: x, y: y, weights: nil, options: options, solver: solver)
      logisticStatus = fit.status
      if fit.status.isEligible { logistic = fit } else { logisticFailure = fit.status.reason }
    } catch {
      logisticFailure = .failed(error)
      logisticStatus = FitStatus(.notConverged, reason: .failed(error))
    }
    let hingeFit =
      hinge.onBoundary ? nil : try? BuiltinModel.hinge.fit(x: x, y: y, weights: nil, options: options, solver: solver)
    return ThresholdFits(
      linear: linear, logistic: logistic, logisticFailure: logisticFailure, logisticStatus: logisticStatus,
      hinge: hinge,
      hingeEdge: hingeEdge, hingeFit: hingeFit, n: x.count)
  }

  /// (name, AIC, BIC) of the fits, in the order linear, logistic, hinge (a failed logistic left out).
  var criteria: [(name: String, aic: Double, bic: Double)] {
    [("linear", linear.aic, linear.bic)] + (logistic.map { [("logistic", $0.aic, $0.bic)] } ?? [])
      + [("hinge", hingeAIC, hingeBIC)]
  }

  /// The status of each fit, in the order linear, logistic, hinge: the hinge is `at_bound`
  /// (`no_threshold_inside`) when its threshold is an end of the allowed range.
  var statuses: [(name: String, status: FitStatus)] {
    let hingeStatus =
      hinge.onBoundary
      ? FitStatus(.atBound, parameter: "eta", side: hingeEdge, reason: .noThresholdInside)
      : (hingeFit?.status ?? .ok)
    return [("linear", linear.status), ("logistic", logisticStatus), ("hinge", hingeStatus)]
  }

  /// The statuses for the results file: `{"linear": "ok", "logistic": "at_bound", ...}`.
  var statusJSON: JSONValue {
    .object(statuses.map { ($0.name, .string($0.status.kind.rawValue)) })
  }

  /// The name of the fit with the smallest BIC (among the linear, an eligible logistic and the hinge).
  var bestByBIC: String {
    criteria.min { $0.bic < $1.bic }?.name ?? "linear"
  }
}
