import LossbookEngine
import LossbookRender
import LossbookWords

/// The fixed paragraph on what a kind's methods assume (issue 13), folded under the first
/// output of the kind on the page, so that a statistician finds it where the numbers are and a
/// manager can pass it by.
enum AssumptionsHTML {
  static func details(_ key: AssumptionMessage, context: RenderContext) -> Markup {
    guard context.firstOfKind else { return .empty }
    let words = context.words
    return "<details class=\"lb-assumptions\"><summary>\(words[AssumptionMessage.heading])</summary>"
      + "<p>\(words[key])</p></details>\n"
  }
}
