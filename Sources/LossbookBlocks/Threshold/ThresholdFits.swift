import Foundation
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
  /// Nil when the logistic fit fails (its BIC is then left out of the verdict).
  var logistic: ModelFit?
  /// Why the logistic fit failed, when it did (shown in the report and the results file).
  var logisticFailure: String?
  /// The profiled hinge.
  var hinge: HingeProfileMinimum
  /// The nonlinear hinge fit from the profile's optimum, for the delta-method interval;
  /// nil when the threshold is on the boundary or the solver fails.
  var hingeFit: ModelFit?
  var n: Int

  /// The hinge's criteria, n log(RSS / n) + penalty · 3, as for every `fit` model.
  var hingeAIC: Double { Double(n) * log(hinge.rss / Double(n)) + 2 * 3 }
  var hingeBIC: Double { Double(n) * log(hinge.rss / Double(n)) + 3 * log(Double(n)) }

  /// Fits the three models; a failing line or hinge is a diagnostic at the data.
  static func fit(x: [Double], y: [Double], minSide: Int, places: ThresholdDiagnostics.Places) throws(BlockFailure) -> ThresholdFits {
    var options = FitOptions()
    options.minSide = minSide
    let solver = NonlinearLeastSquares()
    let linear: ModelFit
    let hinge: HingeProfileMinimum
    do {
      linear = try BuiltinModel.linear.fit(x: x, y: y, weights: nil, options: options, solver: solver)
      hinge = try HingeProfile(x: x, y: y, minSide: minSide).minimum()
    } catch {
      throw ThresholdDiagnostics.failure(.fit(error), at: places, what: "the hinge fit")
    }
    var logistic: ModelFit?
    var logisticFailure: String?
    do {
      logistic = try BuiltinModel.logistic.fit(x: x, y: y, weights: nil, options: options, solver: solver)
    } catch {
      logisticFailure = error.message
    }
    let hingeFit = hinge.onBoundary ? nil : try? BuiltinModel.hinge.fit(x: x, y: y, weights: nil, options: options, solver: solver)
    return ThresholdFits(
      linear: linear, logistic: logistic, logisticFailure: logisticFailure, hinge: hinge, hingeFit: hingeFit, n: x.count)
  }

  /// (name, AIC, BIC) of the fits, in the order linear, logistic, hinge (a failed logistic left out).
  var criteria: [(name: String, aic: Double, bic: Double)] {
    [("linear", linear.aic, linear.bic)] + (logistic.map { [("logistic", $0.aic, $0.bic)] } ?? [])
      + [("hinge", hingeAIC, hingeBIC)]
  }

  /// The name of the fit with the smallest BIC.
  var bestByBIC: String {
    criteria.min { $0.bic < $1.bic }?.name ?? "linear"
  }
}
