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

  static let fields: [FieldDoc] = [
    FieldDoc("of", "block id", "a family block"),
    FieldDoc(
      "task", "task name",
      "a hinge, logistic, linear or exact-match task of that family; an exact-match task's figure shows its exact-match score and the per-token accuracy of the same answers"
    ),
    FieldDoc(
      "controls",
      "up to 3 of eta, slope, items (hinge), mid, width (logistic), slope, items (linear), tokens, items (exact-match)",
      default: Defaults.controlsText,
      "the sliders; tokens is the answer length in tokens (1 to \(ExploreLimits.answerTokens), or the task's own length if longer); items is the number of questions per checkpoint (needs a task with items, \(ExploreLimits.questions.words); by default only then). Each slider has at most \(ExploreLimits.sliderPositions) positions: a threshold, midpoint or slope slider over a wider range moves in larger steps"
    ),
    FieldDoc(
      "presets", "any of emergent, smooth, mirage, few-questions",
      default: "every preset that applies to the task and controls",
      "teaching buttons, each computed from the task: emergent = the task's own hinge; smooth = an S-curve over the checkpoints' loss range to the same top score; mirage = exact match of \(ExplorePresets.mirageTokens) tokens whose per-token probability rises smoothly from the guessing level; few-questions = \(ExplorePresets.fewQuestions) questions per checkpoint (needs the items control); smooth and mirage do not apply to an exact-match task; [] for none"
    ),
    FieldDoc("title", "text", default: "a title from the task", "the figure's title"),
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
    "the task's items (the questions slider's top)", maximum: 20_000,
    help: "leave items out of controls (the figure keeps the task's own items), or give the task at most 20000 items")
}
