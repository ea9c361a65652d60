import LossbookStats
import LossbookWords
import Testing

/// The catalogue's words for the statistics codes (LossbookStats has none of its own).
@Suite struct StatsWordsTests {
  /// The English text of a fitting error, as the command line shows it after "the m model: ".
  func english(_ error: FitError) -> String {
    String(Words.diagnostic(.fit(.modelFailed(model: "m", reason: error))).dropFirst("the m model: ".count))
  }

  @Test func rowListsAreShortAndOneBased() {
    #expect(english(.nonFinite(rows: [1, 4])) == "rows 2 and 5 have a missing or non-finite value (NaN or infinity)")
    #expect(english(.nonFinite(rows: [2])).hasPrefix("row 3 has"))
    #expect(english(.nonFinite(rows: Array(0..<7))).hasPrefix("rows 1, 2, 3, 4, 5 and 2 more have"))
    #expect(english(.nonPositiveWeights(rows: [0, 9, 11])).hasPrefix("rows 1, 10 and 12 have a weight"))
  }

  @Test func iterationLimitSaysWhichTestsFailed() {
    let text = english(
      .didNotConverge(iterations: 3, reason: .iterationLimit(xtol: 1e-8, gtol: 1e-8, maxIterations: 3)))
    #expect(text.contains("xtol") && text.contains("gtol") && text.contains("GSL_EMAXITER"))
  }

  @Test func gslErrorsKeepGSLsOwnText() {
    #expect(english(.gsl(GSLError(status: 11))) == "GSL error GSL_EMAXITER: exceeded max number of iterations")
  }

  @Test func statusesAndAdviceReadOnJapanesePages() {
    let note = FitMessage.leftOutNote(
      model: "logistic", status: .unidentified, reason: .rankDeficient(parameter: "mid"),
      advice: .boundOrStart(parameter: "mid"))
    #expect(Words(.en)[note].contains("the data do not determine mid at the solution"))
    #expect(Words(.en)[note].contains("bound it (bounds: {mid: [low, high]})"))
    #expect(!Words(.ja)[note].contains("the data"))
    #expect(Words(.ja)[note].contains("bounds: {mid: [low, high]}"))
  }
}
