@testable import LossbookBlocks
import LossbookRender
import LossbookEngine

/// Hand-made `threshold` results that follow FORMAT.md section 5, one per verdict, with the
/// illustrative numbers of TEACHING.md section 6 (the real threshold block is wired in later).
enum ExplainFixtures {
  static func object(_ members: [(String, JSONValue)]) -> JSONValue { .object(members) }
  static func n(_ x: Double) -> JSONValue { .number(x) }
  static func pair(_ a: Double, _ b: Double) -> JSONValue { .array([.number(a), .number(b)]) }

  static func threshold(
    verdict: String, reasons: [String], eta: Double, ci: (Double, Double), p: Double, mean: Double,
    slopeAbove: (Double, Double, Double), slopeBelow: (Double, Double, Double), bic: (Double, Double, Double),
    rho: Double, nAbove: Double = 120, nBelow: Double = 120
  ) -> JSONValue {
    object([
      ("table", .string("ladder")), ("x", .string("loss")), ("y", .string("MMLU")), ("n", n(nAbove + nBelow)),
      ("random", n(0.25)),
      ("eta", object([("estimate", n(eta)), ("se", n(0.005)), ("ci", pair(ci.0, ci.1)), ("ci_method", .string("bootstrap")), ("replicates", n(500))])),
      ("segmented", object([("psi", n(eta)), ("psi_se", n(0.005)), ("slope_left", n(slopeBelow.0)), ("slope_right", n(slopeAbove.0)), ("rss", n(0.12))])),
      ("above", object([("n", n(nAbove)), ("mean", n(mean)), ("slope", n(slopeAbove.0)), ("slope_ci", pair(slopeAbove.1, slopeAbove.2))])),
      ("below", object([("n", n(nBelow)), ("slope", n(slopeBelow.0)), ("slope_ci", pair(slopeBelow.1, slopeBelow.2))])),
      ("tests", object([
        ("supf", object([("statistic", n(955.2)), ("at", n(eta)), ("p", n(p)), ("replicates", n(1000))])),
        ("davies", object([("p", n(p)), ("k", n(10))])),
        ("pelt", object([("penalty", n(0.0123)), ("breakpoints", .array([n(120), n(240)]))])),
        ("cusum", object([("statistic", n(1.84)), ("p", n(0.002))])),
      ])),
      ("bic", object([("linear", n(bic.0)), ("logistic", n(bic.1)), ("hinge", n(bic.2))])),
      ("spearman", n(rho)),
      ("verdict", .string(verdict)), ("reasons", .array(reasons.map { .string($0) })),
    ])
  }

  /// MMLU of TEACHING.md 6.2: threshold 2.19 [2.17, 2.22], p at the floor, ΔBIC 18.4.
  static let emergent = threshold(
    verdict: "emergent",
    reasons: ["threshold_detected", "high_loss_side_at_chance", "high_loss_side_flat", "low_loss_side_improves"],
    eta: 2.19, ci: (2.17, 2.22), p: 1.0 / 1001, mean: 0.251, slopeAbove: (0.0, -0.01, 0.01),
    slopeBelow: (-0.90, -0.95, -0.85), bic: (-1480.2, -1642.7, -1661.1), rho: -0.80)

  /// HellaSwag of TEACHING.md 6.4: above chance at high loss, p = 0.38, the logistic curve wins.
  static let smooth = threshold(
    verdict: "smooth", reasons: ["high_loss_side_off_chance"],
    eta: 2.71, ci: (2.20, 2.93), p: 381.0 / 1001, mean: 0.31, slopeAbove: (-0.3, -0.5, -0.1),
    slopeBelow: (-0.40, -0.45, -0.35), bic: (-1693.4, -1702.5, -1688.3), rho: -0.99, nAbove: 38, nBelow: 202)

  /// A grey-zone p-value and a BIC split: the data cannot tell.
  static let inconclusive = threshold(
    verdict: "inconclusive", reasons: ["p_value_in_grey_zone"],
    eta: 2.35, ci: (2.12, 2.61), p: 0.071, mean: 0.262, slopeAbove: (-0.02, -0.06, 0.02),
    slopeBelow: (-0.30, -0.52, -0.08), bic: (-980.4, -985.1, -986.3), rho: -0.71, nAbove: 24, nBelow: 36)

  static let all: [(name: String, json: JSONValue)] = [("emergent", emergent), ("smooth", smooth), ("inconclusive", inconclusive)]

  /// The options of the snapshots: a simulated family with 4 options and 1,000 items.
  static func options(_ language: ReportLanguage, quiz: Bool = true) -> ExplainOptions {
    var o = ExplainOptions()
    o.language = language
    o.quiz = quiz
    o.options = 4
    o.items = 1000
    o.referenceLoss = 2.0
    o.trueThreshold = 2.2
    o.seed = 2024
    return o
  }
}
