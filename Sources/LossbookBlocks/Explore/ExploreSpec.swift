import LossbookEngine
import LossbookSyntax

/// An `explore` block: sliders that re-simulate one task of a family in the reader's browser. An
/// exact-match task is drawn with both of its scores (exact match and per-token accuracy).
struct ExploreSpec: Decodable, BlockSpec {
  /// The controls an explorer can offer.
  enum Control: String, CaseIterable, Sendable {
    case eta, slope, items, mid, width, tokens
  }

  /// The teaching presets (TEACHING X8): buttons that put the explorer in a state computed
  /// from the task's own values.
  enum Preset: String, CaseIterable, Sendable {
    case emergent, smooth, mirage
    case fewQuestions = "few-questions"
  }

  var of: Located<String>
  var task: Located<String>
  var controls: [Located<Choice<Control>>]?
  var presets: [Located<Choice<Preset>>]?
  var title: String?

  var blockReferences: [Located<String>] { [of] }

  func execute(_ context: ExecutionContext) throws(BlockFailure) -> any BlockResult {
    try ExploreBlock.run(self, context: context)
  }

  /// A questions slider asked for over a task whose items, written as a number in the family,
  /// exceed `ExploreLimits.questions` (the run checks the same for items from expressions).
  func limitErrors(naming specs: [String: any BlockSpec]) -> [SpecDecodingError] {
    guard let items = controls?.first(where: { $0.value.value == .items }),
      let family = specs[of.value] as? FamilySpec,
      let count = family.tasks?.first(where: { $0.name.value == task.value })?.fields[.items]?.literal,
      let error = ExploreLimits.questions.decodingError(count, at: items.range)
    else { return [] }
    return [error]
  }

  static let fields: [SpecField] = [
    SpecField("of"),
    SpecField("task"),
    SpecField(
      "controls", default: Defaults.controlsText,
      values: [
        "answerTokens": "\(ExploreLimits.answerTokens)", "limit": ExploreLimits.questions.words,
        "sliderPositions": "\(ExploreLimits.sliderPositions)",
      ]),
    SpecField(
      "presets",
      values: ["mirageTokens": "\(ExplorePresets.mirageTokens)", "fewQuestions": "\(ExplorePresets.fewQuestions)"]),
    SpecField("title"),
  ]
}

/// The fixed limits of an explorer. The page carries the words of every position of every
/// slider, so positions are what cost time and bytes (10^6 took 111 s and made a 209 MB page).
enum ExploreLimits {
  /// The most positions a slider has: the threshold, midpoint and slope sliders widen their
  /// step to stay within it.
  static let sliderPositions = 2_001
  /// The answer-length slider runs from 1 token to this many (or to the task's own length).
  static let answerTokens = 20
  /// The questions slider moves in tens from 10, so this many questions fill its positions.
  static let questions = SpecLimit(
    .taskItems, maximum: 20_000, help: .exploreQuestionsHelp(maximum: 20_000))
}
