import LossbookCore
import LossbookRender
import LossbookWords

/// One sentence as plain text (for the lint, the counts and the results file) and as HTML.
struct ExplainLine: Sendable, Equatable {
  var key: String
  var plain: String
  var html: Markup
}

/// An explanation made into text: glossary terms are defined at their first use in the body
/// (the headline only names them) and 閾値 carries its reading at its first use (J7).
struct ExplainRendered: Sendable {
  var language: ReportLanguage
  var slots: [(slot: ExplainSlot, lines: [ExplainLine])]
  var quiz: (question: ExplainLine, answer: ExplainLine)?

  func lines(_ slot: ExplainSlot) -> [ExplainLine] { slots.first { $0.slot == slot }?.lines ?? [] }

  init(_ text: ExplainText) {
    language = text.language
    var state = TermState()
    // The quiz comes first on the page but its answer is folded: it gives 閾値 its reading
    // without using up the body's first use, and defines no term.
    var quizLines: (ExplainLine, ExplainLine)?
    if let q = text.quiz {
      var quizState = TermState(defined: Set(GlossaryTerm.allCases), rubyDone: false)
      quizLines = (
        Self.line(q.question, text.language, &quizState, define: false),
        Self.line(q.answer, text.language, &quizState, define: false)
      )
    }
    slots = []
    for (slot, sentences) in text.slots {
      let define = slot != .headline && slot != .details
      slots.append((slot, sentences.map { Self.line($0, text.language, &state, define: define) }))
    }
    quiz = quizLines.map { (question: $0.0, answer: $0.1) }
  }

  /// Which terms have been defined and whether 閾値 has had its reading.
  struct TermState {
    var defined: Set<GlossaryTerm> = []
    var rubyDone = false
  }

  static func line(_ s: ExplainSentence, _ language: ReportLanguage, _ state: inout TermState, define: Bool)
    -> ExplainLine
  {
    var plain = ""
    var html: Markup = ""
    let format = LossbookNumberFormat(language: language)
    for piece in s.pieces {
      switch piece {
      case .literal(let t), .text(let t):
        plain += t
        html += .text(t)
      case .number(let n):
        plain += n.text
        html += .text(n.text)
      case .range(let a, let b, let digits):
        let ends = format.formatRangeEnds(lower: a.value, upper: b.value, digits: digits)
        let t = Words(language)[.range(lower: ends.lower, upper: ends.upper)]
        plain += t
        html += .text(t)
      case .term(let term):
        let hasReading = term.reading(language) != nil
        let ruby = hasReading && !state.rubyDone
        if hasReading { state.rubyDone = true }
        let word = term.word(language)
        html += term.html(language, first: ruby)
        plain += word
        if define && !state.defined.contains(term) {
          state.defined.insert(term)
          let d = term.definition(language)
          let wrapped = Words(language)[.definition(d)]
          plain += wrapped
          html += "<span class=\"lb-def\">\(wrapped)</span>"
        }
      }
    }
    return ExplainLine(key: s.key, plain: plain, html: html)
  }
}
