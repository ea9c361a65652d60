import LossbookCore

/// What the score measures, which sets its words and how its chance level reads (E9).
enum ExplainMetric: String, CaseIterable, Sendable {
  case accuracy, prob, brier
  case exactMatch = "exact-match"
  case score

  /// Right-or-wrong scoring, whose thresholds may be artefacts of the metric (E10e).
  var isDiscrete: Bool { self == .accuracy || self == .exactMatch }
  /// A fraction written as a percentage.
  var isPercent: Bool { self != .brier }
  /// The catalogue key of its name.
  var key: String { "metric." + rawValue.replacingOccurrences(of: "-", with: "_") }
}

/// Who reads the explanation: the details slot is folded for managers, open for analysts.
enum ExplainAudience: String, CaseIterable, Sendable { case manager, analyst }

/// What each analysed point is: a checkpoint of a training run (snapshots of one run are not
/// independent), or a separately trained model. It sets the noun, its glossary term, the
/// independence caveat and the advice: with `models`, a catalogue key's `.models` variant,
/// when there is one, replaces the key.
enum ExplainPoints: String, CaseIterable, Sendable {
  case checkpoints, models

  /// The key to use for `key` in `words`.
  func key(_ key: String, in words: [String: String]) -> String {
    guard self == .models, words[key + Self.modelsSuffix] != nil else { return key }
    return key + Self.modelsSuffix
  }

  /// The suffix of the catalogue's variants for separately trained models.
  static let modelsSuffix = ".models"
}

/// The options of ``ExplainWriter/write(threshold:fit:options:)``, from the `explain` block's fields.
struct ExplainOptions: Sendable {
  var language: ReportLanguage = .en
  var audience: ExplainAudience = .manager
  /// Adds the prediction question of E15 (emergent verdicts only).
  var quiz = false
  /// The task's name; default: the threshold result's `y`.
  var task: String?
  var metric: ExplainMetric = .accuracy
  /// Whether the points are checkpoints of runs or separately trained models.
  var points: ExplainPoints = .checkpoints
  /// Answer options per question (the chance level as a natural frequency needs it).
  var options: Double?
  /// Questions per point (checkpoint or model).
  var items: Double?
  /// The loss at which the expected score is given (E8).
  var referenceLoss: Double?
  /// The threshold the simulation was given, for simulated data (E10d).
  var trueThreshold: Double?
  /// The loss the quiz asks about; default: the threshold plus 0.1, rounded to 2 decimals.
  var quizLoss: Double?
  /// The notebook's seed, for the details slot.
  var seed: Double?

  /// The numbers above as `spec.…` sources.
  var specNumbers: [String: Double] {
    var out: [String: Double] = [:]
    out["options"] = options
    out["items"] = items
    out["reference_loss"] = referenceLoss
    out["true_threshold"] = trueThreshold
    out["quiz_loss"] = quizLoss
    out["seed"] = seed
    return out
  }
}
