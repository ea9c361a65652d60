import LossbookStats

/// The reason codes of a `threshold` result's `reasons` (STATS.md section 5), one per
/// ``VerdictReason`` case; each has exactly one sentence per language (E3).
///
/// The JSON may hold a code as a string (`"no_threshold_detected"`, any case or separator) or
/// an object with a `code` member.
enum ThresholdReasonCode: String, CaseIterable, Sendable {
  case noChanceLevel = "no_chance_level"
  case tooFewPointsOnSide = "too_few_points_on_side"
  case thresholdDetected = "threshold_detected"
  case noThresholdDetected = "no_threshold_detected"
  case pValueInGreyZone = "p_value_in_grey_zone"
  case linePreferred = "line_preferred"
  case bicSplit = "bic_split"
  case thresholdOnBoundary = "threshold_on_boundary"
  case highLossSideAtChance = "high_loss_side_at_chance"
  case highLossSideOffChance = "high_loss_side_off_chance"
  case highLossSideFlat = "high_loss_side_flat"
  case highLossSideSloped = "high_loss_side_sloped"
  case lowLossSideImproves = "low_loss_side_improves"
  case lowLossSideDoesNotImprove = "low_loss_side_does_not_improve"
  /// W1's rule (`verdict_rule: w1`): which of the three fits has the smallest BIC. It has no
  /// ``VerdictReason``: the rules of STATS.md weigh the BICs in other reasons.
  case bestByBIC = "best_by_bic"

  /// The code of a verdict reason; the switch is exhaustive, so a new reason fails the build
  /// until it has a code (and the catalogue test then asks for its sentences).
  init(_ reason: VerdictReason) {
    switch reason {
    case .noChanceLevel: self = .noChanceLevel
    case .tooFewPointsOnSide: self = .tooFewPointsOnSide
    case .thresholdDetected: self = .thresholdDetected
    case .noThresholdDetected: self = .noThresholdDetected
    case .pValueInGreyZone: self = .pValueInGreyZone
    case .linePreferred: self = .linePreferred
    case .bicSplit: self = .bicSplit
    case .thresholdOnBoundary: self = .thresholdOnBoundary
    case .highLossSideAtChance: self = .highLossSideAtChance
    case .highLossSideOffChance: self = .highLossSideOffChance
    case .highLossSideFlat: self = .highLossSideFlat
    case .highLossSideSloped: self = .highLossSideSloped
    case .lowLossSideImproves: self = .lowLossSideImproves
    case .lowLossSideDoesNotImprove: self = .lowLossSideDoesNotImprove
    }
  }

  /// Reads a code written in any case with `_`, `-` or none (`tooFewPointsOnSide`).
  init?(text: String) {
    let letters = String(text.lowercased().filter { $0.isLetter })
    guard let hit = Self.allCases.first(where: { $0.rawValue.replacingOccurrences(of: "_", with: "") == letters })
    else { return nil }
    self = hit
  }

  /// The catalogue key of its sentence.
  var key: String { "reason." + rawValue }

  /// Whether the reason is a condition that failed (named in "In short" when inconclusive).
  var isFailure: Bool {
    switch self {
    case .noChanceLevel, .tooFewPointsOnSide, .noThresholdDetected, .pValueInGreyZone, .bicSplit,
      .highLossSideOffChance, .highLossSideSloped, .lowLossSideDoesNotImprove, .thresholdOnBoundary:
      true
    default: false
    }
  }
}
