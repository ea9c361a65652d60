import LossbookEngine
import LossbookSyntax

/// An `explore` block: sliders that re-simulate one task of a family in the reader's browser.
struct ExploreSpec: Decodable, BlockSpec {
  /// The controls an explorer can offer.
  enum Control: String, CaseIterable, Sendable {
    case eta, slope, items, mid, width
  }

  var of: Located<String>
  var task: Located<String>
  var controls: [Located<Choice<Control>>]?
  var title: String?

  var blockReferences: [Located<String>] { [of] }

  func execute(_ context: ExecutionContext) throws(BlockFailure) -> any BlockResult {
    try ExploreBlock.run(self, context: context)
  }

  static let fields: [FieldDoc] = [
    FieldDoc("of", "block id", "a family block"),
    FieldDoc("task", "task name", "a hinge, logistic or linear task of that family"),
    FieldDoc(
      "controls", "up to 3 of eta, slope, items (hinge), mid, width (logistic), slope, items (linear)",
      default: "[eta, items] for a hinge, [mid, items] for a logistic, [slope, items] for a line",
      "the sliders; items is the number of questions per checkpoint (needs a task with items)"),
    FieldDoc("title", "text", default: "a title from the task", "the figure's title"),
  ]
}
