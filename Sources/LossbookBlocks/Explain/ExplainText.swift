import LossbookCore
import LossbookWords

/// One piece of a generated sentence.
enum ExplainPiece: Sendable, Equatable {
  /// Text from the catalogue.
  case literal(String)
  /// A number from the results.
  case number(ExplainNumber)
  /// A range in prose (`2.17 to 2.22`, 「2.17から2.22」), written by `formatRangeProse`.
  case range(ExplainNumber, ExplainNumber, digits: Int)
  /// Text from the notebook (a task name) or a word chosen from the catalogue.
  case text(String)
  /// A glossary term; the first use in the explanation carries its definition (and, for
  /// 閾値, its reading).
  case term(GlossaryTerm)
}

/// A sentence (or a heading, or a list item) as pieces.
struct ExplainSentence: Sendable, Equatable {
  /// The catalogue key it was made from (for tests and the results file).
  var key: String
  var pieces: [ExplainPiece]

  /// Every number in the sentence, in order.
  var numbers: [ExplainNumber] {
    pieces.flatMap { p -> [ExplainNumber] in
      switch p {
      case .number(let n): [n]
      case .range(let a, let b, _): [a, b]
      default: []
      }
    }
  }
}

/// The nine slots of TEACHING.md section 6.1, in order.
enum ExplainSlot: String, CaseIterable, Sendable {
  case headline
  case inShort = "in_short"
  case lookedAt = "looked_at"
  case found
  case howSure = "how_sure"
  case notMean = "not_mean"
  case
    decision
  case oneSentence = "one_sentence"
  case details
}

/// A generated explanation: every slot's sentences, plus the optional quiz.
struct ExplainText: Sendable, Equatable {
  var language: ReportLanguage
  var verdict: String
  /// The sentences of each slot, in slot order; list slots hold one sentence per item.
  var slots: [(slot: ExplainSlot, sentences: [ExplainSentence])]
  /// The prediction question and its answer (E15), when asked for.
  var quiz: (question: ExplainSentence, answer: ExplainSentence)?

  static func == (a: ExplainText, b: ExplainText) -> Bool {
    a.language == b.language && a.verdict == b.verdict && a.slots.map(\.slot) == b.slots.map(\.slot)
      && a.slots.map(\.sentences) == b.slots.map(\.sentences) && a.quiz?.question == b.quiz?.question
      && a.quiz?.answer == b.quiz?.answer
  }

  /// The sentences of one slot.
  func sentences(_ slot: ExplainSlot) -> [ExplainSentence] { slots.first { $0.slot == slot }?.sentences ?? [] }

  /// Every sentence, in reading order (slots, then the quiz).
  var allSentences: [ExplainSentence] {
    slots.flatMap(\.sentences) + (quiz.map { [$0.question, $0.answer] } ?? [])
  }

  /// Every number, in reading order.
  var numbers: [ExplainNumber] { allSentences.flatMap(\.numbers) }
}
