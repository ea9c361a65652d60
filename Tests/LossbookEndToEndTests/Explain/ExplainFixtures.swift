import LossbookCore
import LossbookEngine
import LossbookRender

@testable import LossbookBlocks

/// Hand-made `threshold` results that follow FORMAT.md section 5, one per verdict, with the
/// illustrative numbers of TEACHING.md section 6, each explained for checkpoints and for
/// separately trained models, and one result shaped like the real models of real-data.md.
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
      (
        "eta",
        object([
          ("estimate", n(eta)), ("se", n(0.005)), ("ci", pair(ci.0, ci.1)), ("ci_method", .string("bootstrap")),
          ("replicates", n(500)),
        ])
      ),
      (
        "segmented",
        object([
          ("psi", n(eta)), ("psi_se", n(0.005)), ("slope_left", n(slopeBelow.0)), ("slope_right", n(slopeAbove.0)),
          ("rss", n(0.12)),
        ])
      ),
      (
        "above",
        object([
          ("n", n(nAbove)), ("mean", n(mean)), ("slope", n(slopeAbove.0)),
          ("slope_ci", pair(slopeAbove.1, slopeAbove.2)),
        ])
      ),
      (
        "below", object([("n", n(nBelow)), ("slope", n(slopeBelow.0)), ("slope_ci", pair(slopeBelow.1, slopeBelow.2))])
      ),
      (
        "tests",
        object([
          ("supf", object([("statistic", n(955.2)), ("at", n(eta)), ("p", n(p)), ("replicates", n(1000))])),
          ("davies", object([("p", n(p)), ("k", n(10))])),
          ("pelt", object([("penalty", n(0.0123)), ("breakpoints", .array([n(120), n(240)]))])),
          ("cusum", object([("statistic", n(1.84)), ("p", n(0.002))])),
        ])
      ),
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

  /// The real models of Notebooks/real-data.md on MMLU: 34 separately trained models, only 4 of
  /// them below the threshold, so neither side is summarised (too few on the low-loss side).
  static let tooFew: JSONValue = {
    let base = threshold(
      verdict: "inconclusive", reasons: ["too_few_points_on_side"],
      eta: 2.79, ci: (2.50, 3.24), p: 1.0 / 1001, mean: 0.25, slopeAbove: (0, 0, 0), slopeBelow: (0, 0, 0),
      bic: (-364.1, -390.1, -409.2), rho: -0.68, nAbove: 30, nBelow: 4)
    return replacing(
      base,
      [
        ("above", object([("n", n(30))])), ("below", object([("n", n(4))])), ("min_side", n(5)),
      ])
  }()

  /// `json` with the members of `changes` replaced, or added at the end.
  static func replacing(_ json: JSONValue, _ changes: [(String, JSONValue)]) -> JSONValue {
    guard case .object(var members) = json else { return json }
    for (key, value) in changes {
      if let i = members.firstIndex(where: { $0.0 == key }) {
        members[i].1 = value
      } else {
        members.append((key, value))
      }
    }
    return .object(members)
  }

  /// A fixture: a threshold result and the options it is explained with.
  struct Case: Sendable {
    let name: String
    let json: JSONValue
    /// Checkpoints of runs, or separately trained models (the `points` field).
    let points: ExplainPoints
    /// Real data: no simulated threshold to disclose, no reference loss, and the 14,042
    /// questions of MMLU.
    var real = false
  }

  /// Every fixture: the three verdicts for checkpoints (TEACHING.md section 6), the same three
  /// for separately trained models, and the real models of Notebooks/real-data.md.
  static let all: [Case] = [
    Case(name: "emergent", json: emergent, points: .checkpoints),
    Case(name: "smooth", json: smooth, points: .checkpoints),
    Case(name: "inconclusive", json: inconclusive, points: .checkpoints),
    Case(name: "emergent-models", json: emergent, points: .models),
    Case(name: "smooth-models", json: smooth, points: .models),
    Case(name: "inconclusive-models", json: inconclusive, points: .models),
    Case(name: "too-few-models", json: tooFew, points: .models, real: true),
  ]

  static var names: [String] { all.map(\.name) }

  /// The fixtures whose points are separately trained models.
  static var modelNames: [String] { all.filter { $0.points == .models }.map(\.name) }

  static func named(_ name: String) -> Case { all.first { $0.name == name }! }

  /// The options of the snapshots: a simulated family with 4 options and 1,000 items.
  static func options(_ language: ReportLanguage, quiz: Bool = true, points: ExplainPoints = .checkpoints)
    -> ExplainOptions
  {
    var o = ExplainOptions()
    o.language = language
    o.quiz = quiz
    o.points = points
    o.options = 4
    o.items = 1000
    o.referenceLoss = 2.0
    o.trueThreshold = 2.2
    o.seed = 2024
    return o
  }

  /// The options of fixture `c`.
  static func options(_ c: Case, _ language: ReportLanguage, quiz: Bool = true) -> ExplainOptions {
    var o = options(language, quiz: quiz, points: c.points)
    if c.real {
      o.items = 14042
      o.referenceLoss = nil
      o.trueThreshold = nil
      o.seed = 11
    }
    return o
  }

  /// The explanation of the fixture called `name`.
  static func output(_ name: String, _ language: ReportLanguage, quiz: Bool = true) throws -> ExplainOutput {
    let c = named(name)
    return try ExplainOutput.make(threshold: c.json, fit: nil, options: options(c, language, quiz: quiz))
  }
}
